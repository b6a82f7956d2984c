// Journey: «Расписание». The school, its year and classes 5А and 5Б come from the API; the bell schedule, two
// teachers, a subject and the teacher's assignments in both classes are written with SQL (psql, ZHURNAL_DB_URL)
// as the school set-up would write them. Signed in as the region administrator, who keeps any school's timetable:
// adds a lesson to 5А's Monday, is refused the same teacher at the same time in 5Б (the clash is named), then on
// «Замены» gives that Monday's lesson of 5А to another teacher and sees it in the day's substitutions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { db, post, sql } from './support/api.mjs';
import { validInn } from './support/data.mjs';
import { appUrl, journey, screenshot, signInAs } from './support/journey.mjs';
import { REGION_ADMIN } from './support/region.mjs';

/** A Monday one to two weeks ahead (lessons are made from today on), outside the winter holidays. */
function aMondayAhead() {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 7 + ((8 - day.getUTCDay()) % 7));
  let iso = day.toISOString().slice(0, 10);
  if (iso > '2026-12-28' && iso < '2027-01-12') {
    day.setUTCDate(day.getUTCDate() + 14);
    iso = day.toISOString().slice(0, 10);
  }
  return iso;
}

async function seed(page, stamp) {
  const school = await post(page, '/api/v1/schools', {
    fullName: `Школа расписания e2e ${stamp}`, shortName: `ШР e2e ${stamp}`, inn: validInn(),
  });
  const year = await post(page, `/api/v1/schools/${school.id}/years`, {
    startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
    periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
  });
  const fiveA = await post(page, `/api/v1/schools/${school.id}/classes`, { yearId: year.id, grade: 5, letter: 'А' });
  const fiveB = await post(page, `/api/v1/schools/${school.id}/classes`, { yearId: year.id, grade: 5, letter: 'Б' });
  const id = Number(school.id);
  const bells = sql(`INSERT INTO bell_schedule (school_id, name) VALUES (${id}, 'Основное') RETURNING id`);
  sql(`INSERT INTO bell_slot (bell_schedule_id, number, starts_at, ends_at) VALUES (${bells}, 1, '08:30', '09:15'), `
    + `(${bells}, 2, '09:25', '10:10')`);
  const teacher = (surname) => {
    const person = sql(`INSERT INTO person (surname, given_name, patronymic) VALUES ('${surname}', 'Мария', 'Петровна') `
      + 'RETURNING id');
    sql(`INSERT INTO staff_position (school_id, person_id, position, valid_from) VALUES (${id}, ${person}, 'TEACHER', `
      + "DATE '2026-09-01')");
    return person;
  };
  const main = teacher('Расписанова');
  teacher('Заменова');
  const subject = sql(`INSERT INTO subject (region_id, school_id, name, short_name) SELECT region_id, id, 'Математика', `
    + `'Мат.' FROM school WHERE id = ${id} RETURNING id`);
  for (const classId of [fiveA.id, fiveB.id]) {
    sql('INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, school_class_id, '
      + `valid_from) VALUES (${id}, ${Number(year.id)}, ${subject}, ${main}, ${Number(classId)}, DATE '2026-09-01')`);
  }
  return { schoolId: id, fiveA: Number(fiveA.id), fiveB: Number(fiveB.id) };
}

async function addMondayFirstLesson(page) {
  await page.getByRole('button', { name: 'Добавить урок: понедельник, 1-й урок' }).click();
  const form = page.getByRole('group', { name: 'Новый урок: понедельник, 1-й урок' });
  await form.getByLabel('Предмет и учитель').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Добавить', exact: true }).click();
  return form;
}

if (!db) {
  test('timetable journey (needs ZHURNAL_DB_URL)', { skip: 'ZHURNAL_DB_URL is not set' }, () => {});
} else {
  journey('a timetable entry is added, a clash is refused, and a lesson gets a substitute', async ({ page }) => {
    await signInAs(page, REGION_ADMIN);
    const { schoolId, fiveA, fiveB } = await seed(page, Date.now());
    const monday = aMondayAhead();

    await page.goto(appUrl(`/timetable?school=${schoolId}&class=${fiveA}&date=${monday}`));
    await page.getByRole('table', { name: 'Расписание на неделю' }).waitFor();
    await addMondayFirstLesson(page);
    await page.getByRole('status').filter({ hasText: 'Урок добавлен (понедельник, 1-й урок)' }).waitFor();
    await page.locator('.timetable__entry').filter({ hasText: 'Расписанова' }).first().waitFor();

    await page.goto(appUrl(`/timetable?school=${schoolId}&class=${fiveB}&date=${monday}`));
    await page.getByRole('table', { name: 'Расписание на неделю' }).waitFor();
    const refused = await addMondayFirstLesson(page);
    const clash = refused.getByRole('alert');
    await clash.waitFor();
    assert.match(await clash.textContent(), /Учитель Расписанова [^ ]+ [^ ]+ в это время уже ведёт урок: «Математика», 5А/);
    await screenshot(page, 'timetable-clash');

    await page.goto(appUrl(`/timetable/substitutions?school=${schoolId}&date=${monday}`));
    const classDay = page.getByRole('region', { name: 'Изменить урок' });
    await classDay.getByLabel('Класс').selectOption(String(fiveA));
    await classDay.getByRole('button', { name: 'Заменить учителя' }).click();
    const change = classDay.getByRole('group', { name: /^Заменить учителя: 1\./ });
    const substitute = change.getByLabel('Учитель');
    const value = await substitute.locator('option', { hasText: 'Заменова' }).getAttribute('value');
    await substitute.selectOption(value);
    await change.getByLabel('Причина').fill('Учитель на курсах');
    await change.getByRole('button', { name: 'Сохранить' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Замена: Заменова' });
    await row.waitFor();
    assert.match(await row.textContent(), /5А.*Математика.*Учитель на курсах/);
    await screenshot(page, 'timetable-substitution');
  });
}
