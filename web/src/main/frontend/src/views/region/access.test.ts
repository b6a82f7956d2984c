import { describe, expect, it } from 'vitest';
import { mayOpen } from './access';

describe('the region pages by role', () => {
  it('keeps the region administrator’s own pages to them', () => {
    for (const page of ['region-school-new', 'region-exchanges'] as const) {
      expect(mayOpen(page, ['region-admin'])).toBe(true);
      expect(mayOpen(page, ['journal-admin', 'class-teacher', 'teacher'])).toBe(false);
    }
  });

  it('opens a school, its set-up and classes to a journal administrator too', () => {
    for (const page of ['region-schools', 'region-school', 'region-school-setup', 'region-class'] as const) {
      expect(mayOpen(page, ['journal-admin'])).toBe(true);
      expect(mayOpen(page, ['region-admin'])).toBe(true);
      expect(mayOpen(page, ['class-teacher', 'teacher'])).toBe(false);
    }
  });

  it('opens a student’s card to the class teacher as well, and nothing to parents', () => {
    expect(mayOpen('region-student', ['teacher', 'class-teacher'])).toBe(true);
    expect(mayOpen('region-student', ['teacher'])).toBe(false);
    expect(mayOpen('region-student', ['parent', 'student'])).toBe(false);
    expect(mayOpen('region-schools', [])).toBe(false);
  });
});
