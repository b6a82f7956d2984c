import { describe, expect, it } from 'vitest';
import { canOpen, homeSectionFor, sectionsFor, shownSection } from './sections';

describe('sectionsFor', () => {
  it('shows «Регион» and «Обмен данными» to the region administrator only, «Журнал», the timetable and plans to school staff', () => {
    expect(sectionsFor(['region-admin']).map((s) => s.label)).toEqual(['Регион', 'Обмен данными', 'Журнал', 'Подтверждения', 'Расписание', 'КТП', 'Отчёты']);
    expect(sectionsFor(['teacher', 'journal-admin', 'offline_access']).map((s) => s.label)).toEqual(['Школа', 'Журнал', 'Подтверждения', 'Расписание', 'КТП', 'Отчёты']);
    expect(sectionsFor(['parent']).map((s) => s.label)).toEqual(['Дневник']);
    expect(sectionsFor([])).toEqual([]);
  });

  it('shows a journal administrator «Школа» for the region pages of their school, the region administrator «Регион» only', () => {
    expect(sectionsFor(['journal-admin']).map((s) => [s.label, s.href])).toEqual([['Школа', '/region/schools'], ['Журнал', '/journal'],
      ['Подтверждения', '/class-teacher/pending'], ['Расписание', '/timetable'], ['КТП', '/plans'], ['Отчёты', '/journal/reports']]);
    expect(sectionsFor(['region-admin', 'journal-admin']).map((s) => s.label)).not.toContain('Школа');
    expect(shownSection('region', ['journal-admin'])).toBe('school');
    expect(shownSection('region', ['region-admin', 'journal-admin'])).toBe('region');
    expect(shownSection('journal', ['journal-admin'])).toBe('journal');
  });

  it('opens «Отчёты» to the school’s administration and the region administrator, not to teachers', () => {
    expect(canOpen('reports', ['director'])).toBe(true);
    expect(canOpen('reports', ['deputy-director'])).toBe(true);
    expect(canOpen('reports', ['region-admin'])).toBe(true);
    expect(canOpen('reports', ['teacher', 'class-teacher'])).toBe(false);
  });

  it('opens the region section by role', () => {
    expect(canOpen('region', ['region-admin', 'teacher'])).toBe(true);
    expect(canOpen('region', ['teacher'])).toBe(false);
  });
});

describe('the diary and the class', () => {
  it('shows «Дневник» to parents and students and makes it their start page', () => {
    expect(sectionsFor(['parent']).map((s) => s.label)).toEqual(['Дневник']);
    expect(sectionsFor(['student']).map((s) => s.label)).toEqual(['Дневник']);
    expect(homeSectionFor(['parent'])).toBe('diary');
    expect(homeSectionFor(['student'])).toBe('diary');
    expect(homeSectionFor(['region-admin', 'teacher'])).toBeNull();
  });

  it('shows «Класс» to class teachers', () => {
    expect(sectionsFor(['teacher', 'class-teacher']).map((s) => s.label)).toEqual(['Журнал', 'Класс', 'Подтверждения', 'Расписание', 'КТП']);
    expect(canOpen('class-teacher', ['teacher'])).toBe(false);
  });
});
