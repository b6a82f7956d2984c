import { useState } from 'react';
import { useFetch } from '../../api/ApiContext';
import { decideAbsenceReport, loadClassAbsences, type AbsenceReport } from '../../api/diary';
import type { Me } from '../../api/me';
import { useResource } from '../../api/useResource';
import { canOpen } from '../../auth/sections';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { navigate } from '../../navigation';
import { PATHS } from '../../routing';
import { AttendanceBadge } from '../diary/MarkBadge';
import { addDays, dayTitle, isIsoDate, REASONS, reportStatus, todayIso } from '../diary/diaryModel';
import { FailurePage, InlineLoading, NoAccess } from '../Status';

/**
 * «Класс → Отсутствующие сегодня»: the day's absences of the class teacher's class(es) across lessons, with the
 * parents' reports and a decision on each (Б, У or reject). The decision is recorded; marking the lessons
 * follows through the journal.
 */
export function AbsencesToday({ search, me }: { search: string; me: Me }) {
  const fetchImpl = useFetch();
  const param = new URLSearchParams(search).get('date');
  const date = isIsoDate(param) ? param : todayIso();
  const day = useResource((signal) => loadClassAbsences(fetchImpl, date, signal), date);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const go = (next: string) => navigate(`${PATHS.classTeacherAbsences}?date=${next}`, { replace: true, scroll: false });

  if (!canOpen('class-teacher', me.roles)) return <NoAccess section="Класс" role="классного руководителя" />;
  if (day.failure && !day.data) {
    return <FailurePage failure={day.failure} section="Класс" role="классного руководителя" onRetry={day.reload} />;
  }

  async function decide(report: AbsenceReport, decision: 'ACCEPTED' | 'REJECTED', code: 'ILL' | 'EXCUSED' | null) {
    const result = await decideAbsenceReport(fetchImpl, report.id, decision, code);
    setDecisionError(result.ok ? null : result.message);
    day.reload();
  }

  return (
    <Page title={date === todayIso() ? 'Отсутствующие сегодня' : 'Отсутствующие'} eyebrow="Класс" wide>
      <div className="diary-weekbar">
        <button type="button" className="button button--secondary diary-weekbar__arrow" aria-label="Предыдущий день"
          onClick={() => go(addDays(date, -1))}>‹</button>
        <h2 className="diary-weekbar__title" aria-live="polite">{dayTitle(date)}</h2>
        <button type="button" className="button button--secondary diary-weekbar__arrow" aria-label="Следующий день"
          onClick={() => go(addDays(date, 1))}>›</button>
        <button type="button" className="button button--secondary diary-weekbar__today" onClick={() => go(todayIso())}
          disabled={date === todayIso()}>Сегодня</button>
      </div>
      {decisionError && <p className="form-alert" role="alert">{decisionError}</p>}
      {!day.data && <InlineLoading />}
      {day.data && day.data.classes.length === 0 && (
        <p className="note">На этот день за вами не закреплён класс. Классного руководителя назначает администратор журнала.</p>
      )}
      {day.data?.classes.map((schoolClass) => (
        <section key={schoolClass.classId} className="diary-day" aria-label={`Класс ${schoolClass.className}`}>
          <h3 className="diary-day__title">{schoolClass.className}</h3>
          <p>
            <AppLink href={PATHS.classTeacherInvitations(schoolClass.classId)}>Коды приглашения для родителей и обучающихся</AppLink>
          </p>
          {schoolClass.students.length === 0 ? (
            <p className="diary-day__empty">Отсутствующих нет</p>
          ) : (
            <ul className="diary-lessons">
              {schoolClass.students.map((student) => (
                <li key={student.personId} className="diary-lesson">
                  <AppLink className="diary-lesson__subject" href={`${PATHS.diary}?child=${student.personId}&date=${date}`}>
                    {student.displayName}
                  </AppLink>
                  {student.lessons.length > 0 && (
                    <ul className="absent-lessons">
                      {student.lessons.map((lesson) => (
                        <li key={lesson.lessonId}>
                          {lesson.slot}. {lesson.subject} <AttendanceBadge code={lesson.code} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {student.reports.map((report) => (
                    <div key={report.id} className="diary-report">
                      <p>
                        Сообщение родителя: {REASONS[report.reason].toLowerCase()}, {dayTitle(report.from)}
                        {report.to !== report.from && ` – ${dayTitle(report.to)}`}
                        {report.comment && <> — «{report.comment}»</>}. {reportStatus(report)}.
                      </p>
                      {report.decision === null && (
                        <div className="absent-actions">
                          <button type="button" className="button button--primary" onClick={() => decide(report, 'ACCEPTED', 'ILL')}>
                            Принять: Б
                          </button>
                          <button type="button" className="button button--primary" onClick={() => decide(report, 'ACCEPTED', 'EXCUSED')}>
                            Принять: У
                          </button>
                          <button type="button" className="button button--secondary" onClick={() => decide(report, 'REJECTED', null)}>
                            Отклонить
                          </button>
                        </div>
                      )}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Page>
  );
}
