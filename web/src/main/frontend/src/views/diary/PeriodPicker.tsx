import type { Child } from '../../api/diary';
import { ddmm } from './diaryModel';

/** The reporting period to show: the current one by default. */
export function PeriodPicker({ child, value, onValue }: { child: Child; value: number | null; onValue: (id: number) => void }) {
  if (child.periods.length === 0) return null;
  return (
    <div className="field diary-period">
      <label className="field__label" htmlFor="diary-period">
        Период
      </label>
      <select id="diary-period" className="input select" value={value ?? ''} onChange={(e) => onValue(Number(e.target.value))}>
        {child.periods.map((period) => (
          <option key={period.id} value={period.id}>
            {periodName(child, period.number)} ({ddmm(period.startsOn)}–{ddmm(period.endsOn)})
          </option>
        ))}
      </select>
    </div>
  );
}

/** «1 четверть», «2 полугодие»… by how many periods the year has. */
export function periodName(child: Child, number: number): string {
  const kind = child.periods.length === 4 ? 'четверть' : child.periods.length === 3 ? 'триместр' : 'полугодие';
  return `${number} ${kind}`;
}

export function initialPeriod(child: Child): number | null {
  return child.currentPeriodId ?? child.periods[0]?.id ?? null;
}
