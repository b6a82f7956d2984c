import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { decideFinalMark, type GridRow, type JournalGridData } from '../../api/journal';

interface FinalCellProps {
  row: GridRow;
  data: JournalGridData;
  groupId: number | null;
  onDecided: () => void;
}

/**
 * The period's final mark in the grid: the decision when there is one (✓ when confirmed), else the proposal
 * in italics; «Утвердить» confirms the proposal as it is (departing from it takes a reason: API only for now).
 */
export function FinalCell({ row, data, groupId, onDecided }: FinalCellProps) {
  const fetchImpl = useFetch();
  const [error, setError] = useState<string | null>(null);
  const decided = row.finalMark;
  if (decided) {
    const text = decided.notAttested ? 'н/а' : String(decided.value);
    return <span title={decided.state === 'CONFIRMED' ? 'Утверждена' : 'Черновик'}>{text}{decided.state === 'CONFIRMED' ? ' ✓' : ''}</span>;
  }
  const confirm = async () => {
    const result = await decideFinalMark(fetchImpl, {
      classId: data.classId, subjectId: data.subjectId, groupId, studentId: row.studentId,
      periodNumber: data.period.number, value: row.notAttested ? null : row.proposedMark ?? null,
      notAttested: row.notAttested, reason: null, confirm: true,
    });
    if (result.ok) onDecided(); else setError(result.message);
  };
  return (
    <span>
      <em title="Предложено системой">{row.notAttested ? 'н/а' : row.proposedMark}</em>{' '}
      <button type="button" className="button button--small button--secondary" onClick={() => void confirm()}
        aria-label={`Утвердить итоговую отметку: ${row.name}`}>Утвердить</button>
      {error && <span role="alert" className="form-alert">{error}</span>}
    </span>
  );
}
