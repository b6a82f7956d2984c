import { useState } from 'react';
import { Flash } from '../../../components/FormParts';
import type { StepProps } from '../SchoolSetup';
import { StaffForm } from './StaffForm';
import { StaffImport } from './StaffImport';
import { StaffList } from './StaffList';

/** Step 3, «Сотрудники»: the list, one by one, or a whole file at once. */
export function StaffStep({ school, onChange, regionAdmin }: StepProps) {
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const changed = () => {
    setVersion((n) => n + 1);
    onChange();
  };
  return (
    <>
      <StaffList schoolId={school.id} version={version} />
      <div className="subsection">
        <Flash message={message} />
        <StaffForm
          schoolId={school.id}
          appointsAdministrators={regionAdmin ?? true}
          onAdded={(member) => {
            setMessage(`Сотрудник добавлен: ${member.displayName}.`);
            changed();
          }}
        />
      </div>
      <StaffImport schoolId={school.id} onImported={changed} />
    </>
  );
}
