import { useFetch } from '../../../api/ApiContext';
import { KIND_LABELS, listRepresentatives, peopleListUrl, type RepresentativeListItem } from '../../../api/schoolPeople';
import { PagedList } from './PagedList';

/** «Родители и законные представители» of today's students; found by their own or a child's name. */
export function SchoolRepresentativesList({ schoolId, version }: { schoolId: number; version: number }) {
  const fetchImpl = useFetch();
  return (
    <PagedList<RepresentativeListItem>
      id="school-representatives"
      title="Родители и законные представители"
      searchPlaceholder="ФИО родителя или ребёнка"
      load={(query, signal) => listRepresentatives(fetchImpl, schoolId, query, signal)}
      url={(query) => peopleListUrl(schoolId, 'representatives', query)}
      version={version}
      columns={['ФИО', 'Дети']}
      itemKey={(r) => r.personId}
      row={(r) => (
        <>
          <th scope="row">{r.displayName}</th>
          <td>
            {r.children.map((child) => (
              <div key={child.personId}>
                {child.displayName}, {child.className} ({KIND_LABELS[child.kind] ?? child.kind})
              </div>
            ))}
          </td>
        </>
      )}
      emptyText="Родителей пока нет. Их добавляют в карточке ученика или загружают вместе со списком учеников."
    />
  );
}
