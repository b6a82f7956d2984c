import { useState } from 'react';
import { useFetch } from '../../../api/ApiContext';
import { foundText } from '../../../api/schoolPeople';
import { listStaff, positionsText, staffUrl } from '../../../api/staff';
import { useResource } from '../../../api/useResource';
import { Pager } from '../../../components/Pager';
import { SearchBox } from '../../../components/SearchBox';
import { InlineLoading } from '../../Status';
import { LoadFailure } from '../LoadFailure';

export const STAFF_PAGE_SIZE = 20;

/** «Сотрудники школы»: server-side search and pages; `version` changes when the staff changed. */
export function StaffList({ schoolId, version }: { schoolId: number; version: number }) {
  const fetchImpl = useFetch();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const query = { q, page, size: STAFF_PAGE_SIZE };
  const staff = useResource((signal) => listStaff(fetchImpl, schoolId, query, signal), `${staffUrl(schoolId, query)}#${version}`);
  const { data, failure } = staff;

  return (
    <section className="subsection subsection--first" aria-labelledby="staff-list-title">
      <h2 id="staff-list-title" className="section-title">Сотрудники школы</h2>
      {(q !== '' || (data?.total ?? 0) > 0) && (
        <div className="toolbar">
          <SearchBox id="staff-q" label="Поиск" placeholder="Фамилия, имя или отчество" value={q}
            onSearch={(text) => { setQ(text); setPage(0); }} />
        </div>
      )}
      {failure && <LoadFailure failure={failure} onRetry={staff.reload} />}
      {data === null ? (
        !failure && <InlineLoading />
      ) : data.total === 0 ? (
        <p className="empty empty--inline" role="status">
          {q.trim()
            ? 'Никого не нашли. Проверьте написание фамилии или очистите поиск.'
            : 'Сотрудников пока нет. Добавьте их по одному в форме ниже или загрузите списком из файла.'}
        </p>
      ) : (
        <div className={staff.loading ? 'results results--stale' : 'results'} aria-busy={staff.loading || undefined}>
          <p className="results__count" role="status">
            {foundText(data.total)}
          </p>
          <div className="table-wrap table-wrap--always">
            <table className="table">
              <caption className="visually-hidden">Сотрудники школы</caption>
              <thead>
                <tr>
                  <th scope="col">ФИО</th>
                  <th scope="col">Должности</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((member) => (
                  <tr key={member.personId}>
                    <th scope="row">{member.displayName}</th>
                    <td>{positionsText(member.positions) || <span className="muted">не указаны</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} size={data.size} total={data.total} onPage={setPage} />
        </div>
      )}
    </section>
  );
}
