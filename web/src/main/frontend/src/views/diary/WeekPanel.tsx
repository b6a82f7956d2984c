import { useFetch } from '../../api/ApiContext';
import { loadWeek, type AbsenceReport, type Child, type DiaryLesson } from '../../api/diary';
import { useResource } from '../../api/useResource';
import { LoadError, InlineLoading } from '../Status';
import { dayTitle, mondayOf, REASONS, reportCovers, reportStatus, shiftWeek, todayIso, weekTitle } from './diaryModel';
import { AttendanceBadge, MarkBadge } from './MarkBadge';

interface WeekPanelProps {
  child: Child;
  /** A day of the week to show; this week when null. */
  date: string | null;
  onDate: (date: string) => void;
}

/** The week Monday–Saturday: arrows «‹ ›», «Сегодня», and per day the lessons in bell order. */
export function WeekPanel({ child, date, onDate }: WeekPanelProps) {
  const fetchImpl = useFetch();
  const today = todayIso();
  const monday = mondayOf(date ?? today);
  const week = useResource((signal) => loadWeek(fetchImpl, child.personId, monday, signal), `${child.personId}/${monday}`);
  return (
    <section aria-labelledby="week-title">
      <div className="diary-weekbar">
        <button type="button" className="button button--secondary diary-weekbar__arrow" onClick={() => onDate(shiftWeek(monday, -1))}
          aria-label="Предыдущая неделя">
          ‹
        </button>
        <h2 id="week-title" className="diary-weekbar__title" aria-live="polite">
          {weekTitle(monday)}
        </h2>
        <button type="button" className="button button--secondary diary-weekbar__arrow" onClick={() => onDate(shiftWeek(monday, 1))}
          aria-label="Следующая неделя">
          ›
        </button>
        <button type="button" className="button button--secondary diary-weekbar__today" onClick={() => onDate(today)}
          disabled={monday === mondayOf(today)}>
          Сегодня
        </button>
      </div>
      {week.failure && <LoadError message={week.failure.message} onRetry={week.reload} />}
      {!week.data && !week.failure && <InlineLoading />}
      {week.data && week.data.monday === monday && (
        <ol className="diary-days">
          {week.data.days.map((day) => (
            <li key={day.date} className={day.date === today ? 'diary-day diary-day--today' : 'diary-day'}>
              <h3 className="diary-day__title">
                {dayTitle(day.date)}
                {day.date === today && <span className="diary-day__today"> — сегодня</span>}
              </h3>
              {week.data?.absenceReports
                .filter((report) => reportCovers(report, day.date))
                .map((report) => <ReportNote key={report.id} report={report} />)}
              {day.lessons.length === 0 ? (
                <p className="diary-day__empty">Уроков нет</p>
              ) : (
                <ol className="diary-lessons">
                  {day.lessons.map((lesson) => (
                    <LessonItem key={lesson.lessonId} lesson={lesson} />
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ReportNote({ report }: { report: AbsenceReport }) {
  return (
    <p className="diary-report">
      Сообщено об отсутствии: {REASONS[report.reason].toLowerCase()}. {reportStatus(report)}.
    </p>
  );
}

function LessonItem({ lesson }: { lesson: DiaryLesson }) {
  return (
    <li className={lesson.cancelled ? 'diary-lesson diary-lesson--cancelled' : 'diary-lesson'}>
      <div className="diary-lesson__head">
        <span className="diary-lesson__time">
          <span className="diary-lesson__slot">{lesson.slot}.</span> {lesson.startsAt}–{lesson.endsAt}
        </span>
        <span className="diary-lesson__subject">
          {lesson.subject}
          {lesson.group && <span className="diary-lesson__group"> ({lesson.group})</span>}
        </span>
        <span className="diary-lesson__badges">
          {lesson.marks.map((mark, index) => (
            <MarkBadge key={index} mark={mark} />
          ))}
          {lesson.attendance && <AttendanceBadge code={lesson.attendance} />}
        </span>
      </div>
      <p className="diary-lesson__meta">
        {[lesson.room ? `каб. ${lesson.room}` : null, lesson.substitute ? null : lesson.teacher].filter(Boolean).join(' · ')}
        {lesson.substitute && <strong className="diary-lesson__substitute">Замена: {lesson.substitute}</strong>}
      </p>
      {lesson.cancelled && (
        <p className="diary-lesson__cancelled">Урок отменён{lesson.changeNote ? `: ${lesson.changeNote}` : ''}</p>
      )}
      {lesson.topic && <p className="diary-lesson__line"><span className="diary-lesson__label">Тема:</span> {lesson.topic}</p>}
      {(lesson.homework || lesson.homeworkNone) && (
        <p className="diary-lesson__line">
          <span className="diary-lesson__label">Домашнее задание:</span>{' '}
          {lesson.homework ?? <span className="diary-lesson__none">без задания</span>}
        </p>
      )}
    </li>
  );
}
