import { useFetch } from '../../../api/ApiContext';
import { ROLE_LABELS, peopleListUrl, searchPeople, type PersonListItem } from '../../../api/schoolPeople';
import { PagedList } from './PagedList';

/** «Поиск человека»: staff, students and parents of the school in one list, each with their roles. */
export function PeopleSearch({ schoolId, version }: { schoolId: number; version: number }) {
  const fetchImpl = useFetch();
  return (
    <PagedList<PersonListItem>
      id="school-people"
      title="Поиск человека"
      searchPlaceholder="Фамилия, имя или отчество"
      load={(query, signal) => searchPeople(fetchImpl, schoolId, query, signal)}
      url={(query) => peopleListUrl(schoolId, 'people', query)}
      version={version}
      columns={['ФИО', 'Кто в школе']}
      itemKey={(p) => p.personId}
      row={(p) => (
        <>
          <th scope="row">{p.displayName}</th>
          <td>
            {p.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ')}
            {p.className && `, ${p.className}`}
          </td>
        </>
      )}
      emptyText="В школе пока никого нет: добавьте сотрудников и зачислите учеников."
    />
  );
}
