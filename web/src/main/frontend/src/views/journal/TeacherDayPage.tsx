import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { getMyDay } from '../../api/journal';
import { useResource } from '../../api/useResource';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { FailurePage, Loading } from '../Status';
import { hhmm, ruDate, type MySchool } from './JournalSection';

/** The teacher's day: their lessons (and substitutions) of a date, and the classes they teach for the grid. */
export function TeacherDayPage({ search, schools }: { search: string; schools: MySchool[] }) {
  const fetchImpl = useFetch();
  const date = new URLSearchParams(search).get('date');
  const day = useResource((signal) => getMyDay(fetchImpl, date, signal), date ?? 'today');
  const [picked, setPicked] = useState(date ?? '');
  const { data, failure } = day;
  if (failure && data === null) return <FailurePage failure={failure} section="Журнал" role="учителя" onRetry={day.reload} />;
  if (data === null) return <Loading />;
  const adminSchool = schools.find((s) => s.positions.includes('JOURNAL_ADMIN'));

  return (
    <Page title="Мои уроки" eyebrow={`Журнал · ${ruDate(data.date)}`} wide
      actions={adminSchool && (
        <>
          <AppLink className="button button--secondary" href={PATHS.journalRequests(adminSchool.schoolId)}>
            Запросы на исправление
          </AppLink>
          <AppLink className="button button--secondary" href={PATHS.journalSettings(adminSchool.schoolId)}>
            Настройки журнала
          </AppLink>
        </>
      )}>
      <form className="field journal-day__date" onSubmit={(e) => { e.preventDefault(); navigate(`${PATHS.journal}?date=${picked}`); }}>
        <label className="field__label" htmlFor="day-date">Дата</label>
        <input id="day-date" type="date" className="input input--short" value={picked || data.date}
          onChange={(e) => setPicked(e.target.value)} />
        <button type="submit" className="button button--secondary button--small">Показать</button>
      </form>
      <section className="subsection" aria-labelledby="lessons-title">
        <h2 id="lessons-title" className="section-title">Уроки</h2>
        {data.lessons.length === 0 ? <p className="note">В этот день у вас нет уроков.</p> : (
          <ol className="journal-day__lessons">
            {data.lessons.map((l) => (
              <li key={l.id} className={l.state === 'CANCELLED' ? 'journal-day__lesson journal-day__lesson--cancelled' : 'journal-day__lesson'}>
                <span className="journal-day__slot">{l.slotNumber}. {hhmm(l.startsAt)}–{hhmm(l.endsAt)}</span>
                <AppLink href={PATHS.journalLesson(l.id)}>
                  {l.className}{l.groupName ? ` (${l.groupName})` : ''} · {l.subjectName}
                </AppLink>
                {l.substitution && <span className="badge">Замена</span>}
                {l.state === 'CANCELLED' && <span className="badge">Отменён</span>}
                <span className="journal-day__topic">{l.topic ?? 'Тема не записана'}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="subsection" aria-labelledby="teaching-title">
        <h2 id="teaching-title" className="section-title">Журналы классов</h2>
        {data.teaching.length === 0 ? <p className="note">Нет назначенных классов и предметов.</p> : (
          <ul className="journal-day__teaching">
            {data.teaching.map((t) => (
              <li key={`${t.classId}-${t.groupId ?? 0}-${t.subjectId}`}>
                <AppLink href={PATHS.journalGrid({ classId: t.classId, subjectId: t.subjectId, groupId: t.groupId ?? null })}>
                  {t.className}{t.groupName ? ` (${t.groupName})` : ''} · {t.subjectName}
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
