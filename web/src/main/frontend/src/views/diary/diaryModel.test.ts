import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayShort,
  dayTitle,
  formatAverage,
  isIsoDate,
  markDescription,
  markText,
  markTone,
  mondayOf,
  reportCovers,
  reportStatus,
  shiftWeek,
  todayIso,
  weekDays,
  weekTitle,
  ATTENDANCE,
} from './diaryModel';

describe('week navigation', () => {
  it('finds the Monday of any day, Sunday included in the week it ends', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-19')).toBe('2026-11-16');
    expect(mondayOf('2026-11-21')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('moves by whole weeks across months and years', () => {
    expect(shiftWeek('2026-11-19', 1)).toBe('2026-11-23');
    expect(shiftWeek('2026-11-19', -1)).toBe('2026-11-09');
    expect(shiftWeek('2026-12-30', 1)).toBe('2027-01-04');
    expect(shiftWeek('2027-01-01', -1)).toBe('2026-12-21');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('lists Monday to Saturday and names the week', () => {
    expect(weekDays('2026-11-18')).toEqual([
      '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21',
    ]);
    expect(weekTitle('2026-11-16')).toBe('16–21 ноября');
    expect(weekTitle('2026-12-28')).toBe('28 декабря – 2 января');
    expect(dayTitle('2026-11-16')).toBe('Понедельник, 16 ноября');
    expect(dayShort('2026-11-21')).toBe('Сб 21.11');
  });

  it('reads dates only in the ISO form and knows today', () => {
    expect(isIsoDate('2026-11-16')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('16.11.2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(todayIso(new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
  });
});

describe('marks and attendance', () => {
  it('colours 5 and 4 green, 3 amber, 2 red', () => {
    expect(markTone(5)).toBe('excellent');
    expect(markTone(4)).toBe('good');
    expect(markTone(3)).toBe('fair');
    expect(markTone(2)).toBe('poor');
    expect(markTone(1)).toBe('poor');
  });

  it('always writes the value, double marks with a slash, and describes kind and weight', () => {
    expect(markText({ value: 5, value2: null })).toBe('5');
    expect(markText({ value: 5, value2: 4 })).toBe('5/4');
    expect(
      markDescription({ date: '2026-11-18', value: 5, value2: 4, kind: 'Диктант', kindShort: 'Дикт.', weight: 2, comment: null }),
    ).toBe('Отметка 5/4, Диктант, вес 2');
    expect(formatAverage(4.25)).toBe('4,25');
    expect(formatAverage(4)).toBe('4,00');
    expect(formatAverage(null)).toBe('—');
  });

  it('names attendance codes with a letter and a tooltip', () => {
    expect(ATTENDANCE.ABSENT).toEqual({ letter: 'Н', title: 'Отсутствовал' });
    expect(ATTENDANCE.ILL).toEqual({ letter: 'Б', title: 'Болел' });
    expect(ATTENDANCE.EXCUSED).toEqual({ letter: 'У', title: 'Уважительная причина' });
  });

  it('says where an absence report stands', () => {
    expect(reportStatus({ decision: null, decidedCode: null })).toBe('Ждёт решения классного руководителя');
    expect(reportStatus({ decision: 'ACCEPTED', decidedCode: 'ILL' })).toBe('Принято классным руководителем: Б');
    expect(reportStatus({ decision: 'REJECTED', decidedCode: null })).toBe('Отклонено классным руководителем');
    expect(reportCovers({ from: '2026-11-17', to: '2026-11-18' }, '2026-11-18')).toBe(true);
    expect(reportCovers({ from: '2026-11-17', to: '2026-11-18' }, '2026-11-19')).toBe(false);
  });
});
