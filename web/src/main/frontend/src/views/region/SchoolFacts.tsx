import type { ReactNode } from 'react';
import type { School } from '../../api/region';

/** The school's data as a list of terms (the school page, the set-up's first step). */
export function SchoolFacts({ school, withAdministrators = false }: { school: School; withAdministrators?: boolean }) {
  const admins = school.administrators.map((a) => a.displayName).join(', ');
  const facts: Array<[string, ReactNode]> = [
    ['Полное название', school.fullName],
    ['Краткое название', school.shortName],
    ['ИНН', school.inn],
    ['ОГРН', school.ogrn || null],
    ['Адрес', school.address || null],
    ['Муниципалитет', school.municipality?.name ?? null],
  ];
  if (withAdministrators) {
    facts.push(['Администратор журнала', admins || <span className="muted">не назначен</span>]);
  }
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className="facts__row">
          <dt>{term}</dt>
          <dd>{value ?? <span className="muted">не указан</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
