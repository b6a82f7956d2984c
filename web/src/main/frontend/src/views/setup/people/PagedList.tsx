import { useEffect, useState, type ReactNode } from 'react';
import type { ApiResult } from '../../../api/http';
import { foundText, type ListQuery, type Page } from '../../../api/schoolPeople';
import { useResource } from '../../../api/useResource';
import { Pager } from '../../../components/Pager';
import { SearchBox } from '../../../components/SearchBox';
import { InlineLoading } from '../../Status';
import { LoadFailure } from '../LoadFailure';

export const PEOPLE_PAGE_SIZE = 20;

interface PagedListProps<T> {
  id: string;
  title: string;
  searchPlaceholder: string;
  /** Loads one page; `url` names the request (a new url loads again). */
  load: (query: ListQuery, signal: AbortSignal) => Promise<ApiResult<Page<T>>>;
  url: (query: ListQuery) => string;
  /** Filters beside the search box (e.g. a class); changing `classId` goes back to the first page. */
  filters?: ReactNode;
  classId?: number | null;
  /** Changes when the list changed (e.g. after an import). */
  version?: number;
  columns: string[];
  row: (item: T) => ReactNode;
  itemKey: (item: T) => number;
  emptyText: string;
}

/**
 * A list searched and paged on the server: a search box (searched after a pause in typing), «Найдено: N»,
 * a table of one page, and «Назад» / «Далее». The server orders by name, so pages are stable.
 */
export function PagedList<T>(props: PagedListProps<T>) {
  const { id, title, searchPlaceholder, load, url, filters, classId = null, version = 0, columns, row, itemKey, emptyText } = props;
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [classId]);
  const query: ListQuery = { q, page, size: PEOPLE_PAGE_SIZE, classId };
  const list = useResource((signal) => load(query, signal), `${url(query)}#${version}`);
  const { data, failure } = list;
  const searching = q.trim() !== '' || classId !== null;

  return (
    <section className="subsection" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">{title}</h2>
      <div className="toolbar">
        <SearchBox id={`${id}-q`} label="Поиск" placeholder={searchPlaceholder} value={q}
          onSearch={(text) => { setQ(text); setPage(0); }} />
        {filters}
      </div>
      {failure && <LoadFailure failure={failure} onRetry={list.reload} />}
      {data === null ? (
        !failure && <InlineLoading />
      ) : data.total === 0 ? (
        <p className="empty empty--inline" role="status">
          {searching ? 'Никого не нашли. Проверьте написание фамилии или очистите поиск.' : emptyText}
        </p>
      ) : (
        <div className={list.loading ? 'results results--stale' : 'results'} aria-busy={list.loading || undefined}>
          <p className="results__count" role="status">{foundText(data.total)}</p>
          <div className="table-wrap table-wrap--always">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr>
              </thead>
              <tbody>
                {data.items.map((item) => <tr key={itemKey(item)}>{row(item)}</tr>)}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} size={data.size} total={data.total} onPage={setPage} />
        </div>
      )}
    </section>
  );
}
