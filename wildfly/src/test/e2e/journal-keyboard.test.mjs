// Journey: marking a lesson with the keyboard in the journal grid. The school, its year, class 5А and two
// students come from the API; the subject and today's lesson are written with SQL (psql, ZHURNAL_DB_URL) as
// the timetable would write them. Signed in as the region administrator, who may keep any school's journal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { db, post, sql } from './support/api.mjs';
import { validInn } from './support/data.mjs';
import { appUrl, journey, screenshot, signInAs } from './support/journey.mjs';
import { REGION_ADMIN } from './support/region.mjs';

async function seed(page, stamp) {
  const school = await post(page, '/api/v1/schools', {
    fullName: `Школа журнала e2e ${stamp}`, shortName: `ШЖ e2e ${stamp}`, inn: validInn(),
  });
  const year = await post(page, `/api/v1/schools/${school.id}/years`, {
    startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
    periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
  });
  const fiveA = await post(page, `/api/v1/schools/${school.id}/classes`, { yearId: year.id, grade: 5, letter: 'А' });
  for (const surname of ['Алексеев', 'Борисов']) {
    await post(page, `/api/v1/schools/${school.id}/students`, {
      surname, givenName: 'Иван', patronymic: 'Петрович', birthDate: '2015-03-14', sex: 'MALE', snils: null,
      classId: fiveA.id, arrivedOn: '2026-09-01', orderRef: '№ 1',
    });
  }
  const subject = sql(`INSERT INTO subject (region_id, school_id, name, short_name) SELECT region_id, id, 'Математика', `
    + `'Мат.' FROM school WHERE id = ${Number(school.id)} RETURNING id`);
  const teacher = sql("INSERT INTO person (surname, given_name, patronymic) VALUES ('Журналова', 'Анна', 'Ивановна') RETURNING id");
  const lesson = sql('INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, subject_id, lesson_date, '
    + "slot_number, starts_at, ends_at, teacher_person_id) SELECT 2026, s.id, " + `${Number(year.id)}, ${Number(fiveA.id)}, `
    + `${Number(subject)}, CAST(now() AT TIME ZONE r.time_zone AS date), 1, TIME '08:30', TIME '09:15', ${Number(teacher)} `
    + `FROM school s JOIN region r ON r.id = s.region_id WHERE s.id = ${Number(school.id)} RETURNING id`);
  return { classId: fiveA.id, subjectId: Number(subject), lessonId: Number(lesson) };
}

if (!db) {
  test('journal keyboard journey (needs ZHURNAL_DB_URL)', { skip: 'ZHURNAL_DB_URL is not set' }, () => {});
} else {
  journey('a lesson is marked with the keyboard and saved in the background', async ({ page }) => {
    await signInAs(page, REGION_ADMIN);
    const { classId, subjectId, lessonId } = await seed(page, Date.now());

    await page.goto(appUrl(`/journal/grid?classId=${classId}&subjectId=${subjectId}`));
    const grid = page.getByRole('table', { name: 'Журнал: ученики и уроки' });
    await grid.waitFor();
    const first = grid.locator('td[data-cursor="true"]');
    await first.click();
    await page.keyboard.press('5');
    await page.keyboard.press('ArrowDown');
    // «н» on a Russian layout is the Latin «y» key; Playwright presses keys of the US layout.
    await page.keyboard.press('y');
    await page.getByRole('status').filter({ hasText: 'Сохранено' }).waitFor();
    assert.equal(await grid.locator('td.journal-grid__cell').first().textContent(), '5');
    await screenshot(page, 'journal-grid-marked');

    const saved = await page.context().request.get(appUrl(`/api/v1/lessons/${lessonId}`));
    const body = await saved.json();
    assert.deepEqual(body.students.map((s) => [s.marks.map((m) => m.value).join(), s.attendance ?? null]),
      [['5', null], ['', 'ABSENT']]);

    await page.reload();
    await grid.waitFor();
    assert.equal(await grid.locator('td.journal-grid__cell').nth(1).textContent(), 'Н', 'kept after a reload');
  });
}
