import { describe, expect, it } from 'vitest';
import { canOpen, sectionsFor } from './sections';

describe('sectionsFor', () => {
  it('shows «Регион» to the region administrator only', () => {
    expect(sectionsFor(['region-admin']).map((s) => s.label)).toEqual(['Регион', 'Обмен данными']);
    expect(sectionsFor(['teacher', 'journal-admin', 'offline_access'])).toEqual([]);
    expect(sectionsFor([])).toEqual([]);
  });

  it('opens the region section by role', () => {
    expect(canOpen('region', ['region-admin', 'teacher'])).toBe(true);
    expect(canOpen('region', ['teacher'])).toBe(false);
  });
});
