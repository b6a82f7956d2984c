import { describe, expect, it } from 'vitest';
import { addMinutes, dayOffRow, longDate, nextSlot, periodsFor, publicHolidays, withHolidays } from './calendarLogic';

describe('public holidays', () => {
  it('lists the Russian public holidays inside 2026-09-01 … 2027-05-31, in date order', () => {
    const days = publicHolidays('2026-09-01', '2027-05-31');
    expect(days.map((d) => d.day)).toEqual([
      '2026-11-04',
      '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
      '2027-02-23', '2027-03-08', '2027-05-01', '2027-05-09',
    ]);
    expect(days[0]?.reason).toBe('День народного единства');
    expect(days.find((d) => d.day === '2027-01-07')?.reason).toBe('Рождество Христово');
  });

  it('keeps only the days within the year (bounds included) and none for impossible dates', () => {
    expect(publicHolidays('2026-11-04', '2027-01-01').map((d) => d.day)).toEqual(['2026-11-04', '2027-01-01']);
    expect(publicHolidays('2027-01-09', '2027-02-22')).toEqual([]);
    expect(publicHolidays('2027-05-31', '2026-09-01')).toEqual([]);
    expect(publicHolidays('', '2027-05-31')).toEqual([]);
  });

  it('adds them to the rows without repeating a day, dropping empty rows, in date order', () => {
    const own = dayOffRow('2027-01-07', 'Наш праздник');
    const rows = withHolidays([dayOffRow(), own, dayOffRow('2026-12-30', 'Перенос выходного')], '2026-09-01', '2027-05-31');
    expect(rows).toHaveLength(14);
    expect(rows[0]?.day).toBe('2026-11-04');
    expect(rows[1]).toMatchObject({ day: '2026-12-30', reason: 'Перенос выходного' });
    expect(rows.filter((r) => r.day === '2027-01-07')).toEqual([own]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(14);
  });
});

describe('periods', () => {
  const year = { startsOn: '2026-09-01', endsOn: '2027-05-31' };

  it('has as many rows as the system, with the year start and end at the edges', () => {
    const quarters = periodsFor([], 4, year);
    expect(quarters).toHaveLength(4);
    expect(quarters[0]).toEqual({ startsOn: '2026-09-01', endsOn: '' });
    expect(quarters[3]).toEqual({ startsOn: '', endsOn: '2027-05-31' });
  });

  it('keeps typed dates and moves the year end to the new last row', () => {
    const typed = [{ startsOn: '2026-09-01', endsOn: '2026-10-24' }, { startsOn: '2026-11-05', endsOn: '2026-12-28' },
      { startsOn: '2027-01-12', endsOn: '2027-03-20' }, { startsOn: '2027-03-30', endsOn: '2027-05-31' }];
    const halves = periodsFor(typed, 2, year);
    expect(halves).toEqual([{ startsOn: '2026-09-01', endsOn: '2026-10-24' }, { startsOn: '2026-11-05', endsOn: '2027-05-31' }]);
    const trimesters = periodsFor(periodsFor(typed, 4, year), 3, year);
    expect(trimesters[2]).toEqual({ startsOn: '2027-01-12', endsOn: '2027-05-31' });
  });
});

describe('bells and dates', () => {
  it('offers the next lesson 10 minutes after the last, 45 minutes long', () => {
    expect(nextSlot([])).toEqual({ number: 1, startsAt: '08:30', endsAt: '09:15' });
    expect(nextSlot([{ number: 1, startsAt: '08:30', endsAt: '09:15' }])).toEqual({ number: 2, startsAt: '09:25', endsAt: '10:10' });
    expect(addMinutes('23:50', 45)).toBe('23:59');
  });

  it('writes dates the Russian way', () => {
    expect(longDate('2026-11-04')).toBe('4 ноября 2026');
  });
});
