import { describe, expect, it } from 'vitest';
import { canOpen, sectionsFor } from './sections';

describe('sectionsFor', () => {
  it('shows «Регион» to the region administrator only and «Журнал» to the school staff', () => {
    expect(sectionsFor(['region-admin']).map((s) => s.label)).toEqual(['Регион', 'Журнал']);
    expect(sectionsFor(['teacher', 'journal-admin', 'offline_access']).map((s) => s.label)).toEqual(['Журнал']);
    expect(sectionsFor(['parent', 'student'])).toEqual([]);
    expect(sectionsFor([])).toEqual([]);
  });

  it('opens the region section by role', () => {
    expect(canOpen('region', ['region-admin', 'teacher'])).toBe(true);
    expect(canOpen('region', ['teacher'])).toBe(false);
  });
});
