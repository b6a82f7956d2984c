import { useEffect, useRef } from 'react';
import type { School, SchoolPage } from '../../api/region';
import { AppLink } from '../../components/AppLink';
import { Pager } from '../../components/Pager';
import { PATHS } from '../../routing';
import { shownText } from './listParams';

interface ResultsProps {
  result: SchoolPage;
  /** A search or filter is applied (changes what the empty state says). */
  filtered: boolean;
  /** A newer page is being loaded. */
  stale: boolean;
  onPage: (page: number) => void;
  onReset: () => void;
}

/** One page of schools: a table on wide screens, cards on phones, or an empty state. */
export function SchoolsResults({ result, filtered, stale, onPage, onReset }: ResultsProps) {
  const { items, page, size, total } = result;
  const count = useRef<HTMLParagraphElement>(null);
  const shownPage = useRef(page);

  // Another page arrived: start reading (and scroll) from its first row, not from the pager.
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    count.current?.focus();
  }, [page]);

  if (total === 0) {
    return filtered ? (
      <div className="empty">
        <p className="empty__text" role="status">
          Ничего не найдено. Измените запрос или выберите другой муниципалитет.
        </p>
        <button type="button" className="button button--secondary" onClick={onReset}>
          Сбросить поиск
        </button>
      </div>
    ) : (
      <div className="empty">
        <p className="empty__text" role="status">
          Школ пока нет. Добавьте первую школу.
        </p>
        <AppLink className="button button--primary" href={PATHS.regionSchoolNew}>
          Добавить школу
        </AppLink>
      </div>
    );
  }
  if (items.length === 0) {
    return (
      <div className="empty">
        <p className="empty__text" role="status">
          На этой странице школ нет: список стал короче.
        </p>
        <button type="button" className="button button--secondary" onClick={() => onPage(0)}>
          К первой странице
        </button>
      </div>
    );
  }
  return (
    <div className={stale ? 'results results--stale' : 'results'} aria-busy={stale || undefined}>
      <p className="results__count" role="status" tabIndex={-1} ref={count}>
        {shownText(page, size, items.length, total)}
      </p>
      <SchoolsTable schools={items} />
      <SchoolCards schools={items} />
      <Pager page={page} size={size} total={total} onPage={onPage} />
    </div>
  );
}

function Administrators({ school }: { school: School }) {
  if (school.administrators.length === 0) return <span className="muted">не назначен</span>;
  return (
    <>
      {school.administrators.map((admin) => (
        <span key={admin.personId} className="stacked">
          {admin.displayName}
        </span>
      ))}
    </>
  );
}

function Municipality({ school }: { school: School }) {
  return school.municipality ? <>{school.municipality.name}</> : <span className="muted">не указан</span>;
}

function SchoolsTable({ schools }: { schools: School[] }) {
  return (
    <div className="table-wrap">
      <table className="table schools-table">
        <caption className="visually-hidden">Школы региона</caption>
        <thead>
          <tr>
            <th scope="col">Краткое название</th>
            <th scope="col">ИНН</th>
            <th scope="col">Муниципалитет</th>
            <th scope="col">Администратор журнала</th>
          </tr>
        </thead>
        <tbody>
          {schools.map((school) => (
            <tr key={school.id}>
              <th scope="row">
                <AppLink href={PATHS.regionSchool(school.id)}>{school.shortName}</AppLink>
              </th>
              <td className="nowrap">{school.inn}</td>
              <td>
                <Municipality school={school} />
              </td>
              <td>
                <Administrators school={school} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SchoolCards({ schools }: { schools: School[] }) {
  return (
    <ul className="cards school-cards">
      {schools.map((school) => (
        <li key={school.id} className="card">
          <h2 className="card__title">
            <AppLink href={PATHS.regionSchool(school.id)}>{school.shortName}</AppLink>
          </h2>
          <dl className="card__facts">
            <dt>ИНН</dt>
            <dd>{school.inn}</dd>
            <dt>Муниципалитет</dt>
            <dd>
              <Municipality school={school} />
            </dd>
            <dt>Администратор журнала</dt>
            <dd>
              <Administrators school={school} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
