import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, roleLabels } from './roles';

describe('roleLabels', () => {
  it('names every known role in Russian', () => {
    expect(roleLabels(['deputy-director'])).toEqual(['Заместитель директора по УВР']);
    expect(Object.keys(ROLE_LABELS)).toHaveLength(9);
  });

  it('keeps a fixed order, hides unknown roles and drops duplicates', () => {
    expect(roleLabels(['class-teacher', 'offline_access', 'teacher', 'teacher'])).toEqual([
      'Учитель',
      'Классный руководитель',
    ]);
  });

  it('returns nothing for no roles', () => {
    expect(roleLabels([])).toEqual([]);
    expect(roleLabels(['uma_authorization'])).toEqual([]);
  });
});
