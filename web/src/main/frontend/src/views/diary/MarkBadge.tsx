import type { AttendanceCode, DiaryMark } from '../../api/diary';
import { ATTENDANCE, markDescription, markText, markTone } from './diaryModel';

/** A mark: its value in a colour by value (never colour alone), the kind of work as a caption. */
export function MarkBadge({ mark, caption = true }: { mark: DiaryMark; caption?: boolean }) {
  const description = markDescription(mark);
  return (
    <span className="diary-mark">
      <span className={`mark mark--${markTone(mark.value)}`} title={description} aria-label={description} role="img">
        {markText(mark)}
      </span>
      {caption && (
        <span className="diary-mark__kind" aria-hidden="true">
          {mark.kindShort}
        </span>
      )}
    </span>
  );
}

/** Н/Б/У in grey with the letter, the meaning as a tooltip and for screen readers. */
export function AttendanceBadge({ code }: { code: AttendanceCode }) {
  const { letter, title } = ATTENDANCE[code];
  return (
    <span className="attendance" title={title} aria-label={`Посещаемость: ${letter} — ${title}`} role="img">
      {letter}
    </span>
  );
}
