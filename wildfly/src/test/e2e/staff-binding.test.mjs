// Journey: «Подтверждения». A school, its year, a teacher's staff card with Сидорова's СНИЛС (her state-portal
// account has never signed in), the journal administrator's card, class 5А led by the teacher, a student whose СНИЛС
// is on Гусев's state-portal children list (a parent bound to nobody) come from the API as the region administrator;
// the subject and today's lesson of the teacher with SQL (psql, ZHURNAL_DB_URL); Кузнецов's account is bound to the
// administrator's card with SQL. Сидорова signs in and is told her account awaits the administrator; Гусев signs in
// and is suggested as the child's parent; Кузнецов opens «Подтверждения», confirms the teacher (the SNILS match) and
// the father; Сидорова signs in again and works as a teacher (her lesson in «Журнал»), Гусев reads the child's diary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { db, post, sql } from './support/api.mjs';
import { validInn, validSnils } from './support/data.mjs';
import { appUrl, journey, newContext, screenshot, signInAs } from './support/journey.mjs';
import { REGION_ADMIN } from './support/region.mjs';

const TEACHER = 'Сидорова Татьяна Олеговна';
const ADMIN = 'Кузнецов Андрей Сергеевич';
const FATHER = 'Гусев Павел Андреевич';
const CHILD = 'Гусева Мария Павловна';
/** The СНИЛС the ESIA simulator gives Сидорова and Гусев's child (integration/simulators esia/persons.json). */
const TEACHER_SNILS = '811-000-040 95';
const CHILD_SNILS = '811-000-042 97';
/** Кузнецов's Keycloak subject is fixed in the realm file. */
const ADMIN_SUBJECT = 'e51a0000-0000-4000-8000-000001000002';

async function seed(page, stamp) {
  const shortName = `ШК e2e ${stamp}`;
  const school = await post(page, '/api/v1/schools', {
    fullName: `Школа подтверждений e2e ${stamp}`, shortName, inn: validInn(),
  });
  const year = await post(page, `/api/v1/schools/${school.id}/years`, {
    startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
    periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
  });
  const teacher = await post(page, `/api/v1/schools/${school.id}/staff`, {
    surname: 'Сидорова', givenName: 'Татьяна', patronymic: 'Олеговна', birthDate: '1989-06-15', snils: TEACHER_SNILS,
    positions: ['TEACHER'],
  });
  const admin = await post(page, `/api/v1/schools/${school.id}/staff`, {
    surname: 'Кузнецов', givenName: 'Андрей', patronymic: 'Сергеевич', birthDate: '1982-09-02', snils: validSnils(),
    positions: ['JOURNAL_ADMIN'],
  });
  const fiveA = await post(page, `/api/v1/schools/${school.id}/classes`, {
    yearId: year.id, grade: 5, letter: 'А', classTeacherPersonId: teacher.personId,
  });
  const child = await post(page, `/api/v1/schools/${school.id}/students`, {
    surname: 'Гусева', givenName: 'Мария', patronymic: 'Павловна', birthDate: '2015-05-05', sex: 'FEMALE',
    snils: CHILD_SNILS, classId: fiveA.id, arrivedOn: '2026-09-01', orderRef: '№ 9',
  });
  const subject = sql(`INSERT INTO subject (region_id, school_id, name, short_name) SELECT region_id, id, 'Природоведение', `
    + `'Прир.' FROM school WHERE id = ${Number(school.id)} RETURNING id`);
  sql('INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, subject_id, lesson_date, '
    + 'slot_number, starts_at, ends_at, teacher_person_id) SELECT 2026, s.id, ' + `${Number(year.id)}, ${Number(fiveA.id)}, `
    + `${Number(subject)}, CAST(now() AT TIME ZONE r.time_zone AS date), 2, TIME '09:25', TIME '10:10', `
    + `${Number(teacher.personId)} FROM school s JOIN region r ON r.id = s.region_id WHERE s.id = ${Number(school.id)}`);
  return {
    shortName, teacherCard: Number(teacher.personId), adminCard: Number(admin.personId), childCard: Number(child.personId),
  };
}

/**
 * Binds Кузнецов's account to the administrator's card as a confirmed staff binding would; returns the undo, which
 * also forgets what the journey made of Сидорова's and Гусев's accounts and frees the fixed СНИЛС of the cards, so
 * that the journey runs again on the same database.
 */
function bindAdmin({ teacherCard, adminCard, childCard }) {
  const issuer = sql(`SELECT issuer FROM account_binding WHERE person_id = ${teacherCard} LIMIT 1`);
  assert.ok(issuer, 'Сидорова’s sign-in suggested a binding to the teacher’s card');
  const earlier = sql(`SELECT person_id FROM account_binding WHERE subject = '${ADMIN_SUBJECT}' AND state = 'CONFIRMED'`);
  if (earlier) {
    sql(`UPDATE account_binding SET person_id = ${adminCard} WHERE subject = '${ADMIN_SUBJECT}' AND state = 'CONFIRMED'`);
  } else {
    sql('INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, decided_by_issuer, '
      + `decided_by_subject) VALUES ('${issuer}', '${ADMIN_SUBJECT}', ${adminCard}, 'CONFIRMED', now(), now(), 'e2e', 'e2e')`);
  }
  return () => {
    sql(earlier
      ? `UPDATE account_binding SET person_id = ${Number(earlier)} WHERE subject = '${ADMIN_SUBJECT}' AND state = 'CONFIRMED'`
      : `DELETE FROM account_binding WHERE subject = '${ADMIN_SUBJECT}'`);
    const father = sql(`SELECT guardian_person_id FROM guardian_link WHERE child_person_id = ${childCard} `
      + 'AND guardian_person_id IS NOT NULL LIMIT 1');
    const teacherAccount = `SELECT subject FROM account_binding WHERE person_id = ${teacherCard}`;
    sql(`DELETE FROM account_binding WHERE subject IN (${teacherAccount})`);
    sql(`DELETE FROM account_binding WHERE subject IN (SELECT subject FROM guardian_link WHERE child_person_id = ${childCard})`);
    const cards = [teacherCard, childCard, ...(father ? [Number(father)] : [])].join(', ');
    sql(`UPDATE person SET snils_cipher = NULL, snils_hash = NULL WHERE id IN (${cards})`);
  };
}

/** A fresh browser (no session) signed in as `name`. */
async function signedIn(browser, name) {
  const page = await (await newContext(browser)).newPage();
  await signInAs(page, name);
  return page;
}

/** A section's link in the header. */
function section(page, name) {
  return page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name, exact: true });
}

async function me(page) {
  return (await page.context().request.get(appUrl('/api/v1/me'))).json();
}

/** In the administrator's browser: «Подтверждения», the teacher confirmed, then the father as «отец». */
async function confirmBoth(page, shortName) {
  await section(page, 'Подтверждения').click();
  await page.getByRole('heading', { level: 1, name: 'Ожидают подтверждения', exact: true }).waitFor();
  const staff = page.locator('li.card').filter({ hasText: TEACHER });
  await staff.filter({ hasText: `${shortName}: учитель` }).waitFor();
  const parent = page.locator('li.card').filter({ hasText: `${FATHER} — родитель ребёнка ${CHILD}, 5А` });
  await parent.waitFor();
  await screenshot(page, 'pending-confirmations');

  await staff.getByRole('button', { name: `Подтвердить: ${TEACHER}`, exact: true }).click();
  await page.getByRole('status').filter({ hasText: `${TEACHER}: привязка подтверждена` }).waitFor();
  await page.getByText('Нет сотрудников, ожидающих подтверждения.').waitFor();

  await parent.getByLabel('Кем приходится ребёнку').selectOption('FATHER');
  await parent.getByRole('button', { name: `Подтвердить: ${FATHER}`, exact: true }).click();
  await page.getByRole('status').filter({ hasText: `${FATHER}: связь с ребёнком подтверждена` }).waitFor();
  await page.locator('li.card').filter({ hasText: FATHER }).waitFor({ state: 'detached' });
}

if (!db) {
  test('staff binding journey (needs ZHURNAL_DB_URL)', { skip: 'ZHURNAL_DB_URL is not set' }, () => {});
} else {
  journey('the journal administrator confirms a teacher matched by СНИЛС and a parent from the state portal', async ({ page, context }) => {
    await signInAs(page, REGION_ADMIN);
    const seeded = await seed(page, Date.now());
    const browser = context.browser();

    const teacher = await signedIn(browser, TEACHER);
    await teacher.getByRole('status').filter({ hasText: 'Учётная запись ожидает привязки к карточке сотрудника' }).waitFor();
    assert.equal((await me(teacher)).binding, 'PENDING');
    await screenshot(teacher, 'staff-binding-pending');
    const father = await signedIn(browser, FATHER);
    assert.equal((await me(father)).binding, 'NONE', 'the parent is only suggested, not bound');

    const undo = bindAdmin(seeded);
    try {
      await confirmBoth(await signedIn(browser, ADMIN), seeded.shortName);

      const teacherAgain = await signedIn(browser, TEACHER);
      await teacherAgain.getByRole('heading', { level: 1, name: TEACHER, exact: true }).waitFor();
      const roles = await teacherAgain.locator('.roles__item').allTextContents();
      assert.deepEqual(roles, ['Учитель', 'Классный руководитель'], 'the roles of the card’s position and class');
      await section(teacherAgain, 'Журнал').click();
      await teacherAgain.getByRole('heading', { level: 1, name: 'Мои уроки', exact: true }).waitFor();
      await teacherAgain.locator('li.journal-day__lesson').filter({ hasText: '5А · Природоведение' }).waitFor();
      await screenshot(teacherAgain, 'staff-binding-teacher-journal');

      const fatherAgain = await signedIn(browser, FATHER);
      await fatherAgain.goto(appUrl('/diary'));
      await fatherAgain.getByRole('heading', { level: 1, name: 'Дневник', exact: true }).waitFor();
      await fatherAgain.locator('.page__eyebrow').filter({ hasText: CHILD }).waitFor();
      const children = await (await fatherAgain.context().request.get(appUrl('/api/v1/diary/children'))).json();
      assert.deepEqual(children.map((c) => c.personId), [seeded.childCard], 'the father sees only his child');
    } finally {
      undo();
    }
  });
}
