import { useFetch } from '../../api/ApiContext';
import { createSchool } from '../../api/region';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { BackToSchools, FLASH_KEY, REGION } from './common';
import { EMPTY_SCHOOL, SchoolForm } from './SchoolForm';

/** «Новая школа». */
export function NewSchool() {
  const fetchImpl = useFetch();
  return (
    <Page title="Новая школа" eyebrow={REGION} back={<BackToSchools />}>
      <SchoolForm initial={EMPTY_SCHOOL} submitLabel="Сохранить школу"
        send={(school) => createSchool(fetchImpl, school)}
        onSaved={(school) => navigate(PATHS.regionSchool(school.id), { state: { [FLASH_KEY]: 'Школа добавлена' } })}
        cancel={<AppLink className="button button--secondary" href={PATHS.regionSchools}>Отмена</AppLink>} />
    </Page>
  );
}
