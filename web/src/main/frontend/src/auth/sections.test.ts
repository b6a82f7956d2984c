import { describe, expect, it } from 'vitest';
import { canOpen, sectionsFor } from './sections';

describe('sectionsFor', () => {
  it('shows «Регион» to the region administrator only, the timetable and plans to school staff', () => {
    expect(sectionsFor(['region-admin']).map((s) => s.label)).toEqual(['Регион', 'Расписание', 'КТП']);
    expect(sectionsFor(['teacher', 'journal-admin', 'offline_access']).map((s) => s.label)).toEqual(['Расписание', 'КТП']);
    expect(sectionsFor(['parent'])).toEqual([]);
    expect(sectionsFor([])).toEqual([]);
  });

  it('opens the region section by role', () => {
    expect(canOpen('region', ['region-admin', 'teacher'])).toBe(true);
    expect(canOpen('region', ['teacher'])).toBe(false);
  });
});
