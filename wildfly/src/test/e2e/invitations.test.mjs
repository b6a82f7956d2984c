// Journey: invite codes. The school, its year, class 5А (with its class teacher's card), a student and the student's
// mother come from the API as the region administrator; the teacher's ESIA account (Иванова) is bound to the class
// teacher's card with SQL (psql, ZHURNAL_DB_URL) as a confirmed staff binding would be. The class teacher, in her own
// browser, downloads the class's letters as a PDF and issues a new code for the mother; a never-seen parent
// (Орлова, trusted, bound to nobody) signs in in a third browser, enters the code and sees only that child's diary.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { db, post, sql } from './support/api.mjs';
import { nameTag, validInn, validSnils } from './support/data.mjs';
import { action, appUrl, journey, newContext, screenshot, seeText, signInAs } from './support/journey.mjs';
import { REGION_ADMIN } from './support/region.mjs';

const CLASS_TEACHER = 'Иванова Мария Петровна';
const PARENT = 'Орлова Наталья Игоревна';
/** Иванова's Keycloak subject is fixed in the realm file (Орлова's account is made at her first sign-in). */
const TEACHER_SUBJECT = 'e51a0000-0000-4000-8000-000001000003';
const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

async function seed(page, stamp) {
  const school = await post(page, '/api/v1/schools', {
    fullName: `Школа приглашений e2e ${stamp}`, shortName: `ШП e2e ${stamp}`, inn: validInn(),
  });
  const year = await post(page, `/api/v1/schools/${school.id}/years`, {
    startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
    periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
  });
  const teacher = await post(page, `/api/v1/schools/${school.id}/staff`, {
    surname: 'Иванова', givenName: 'Мария', patronymic: 'Петровна', birthDate: '1986-11-23', snils: validSnils(),
    positions: ['TEACHER'],
  });
  const fiveA = await post(page, `/api/v1/schools/${school.id}/classes`, {
    yearId: year.id, grade: 5, letter: 'А', classTeacherPersonId: teacher.personId,
  });
  const surname = `Орлов-${nameTag(stamp)}`;
  const student = await post(page, `/api/v1/schools/${school.id}/students`, {
    surname, givenName: 'Пётр', patronymic: 'Андреевич', birthDate: '2015-02-01', sex: 'MALE', snils: null,
    classId: fiveA.id, arrivedOn: '2026-09-01', orderRef: '№ 7',
  });
  const mother = await post(page, `/api/v1/students/${student.personId}/representatives`, {
    surname: 'Орлова', givenName: 'Наталья', patronymic: 'Игоревна', birthDate: '1988-01-30', snils: null,
    kind: 'MOTHER', validFrom: '2026-09-01', phone: null, email: null,
  });
  return {
    classId: Number(fiveA.id), teacherCard: Number(teacher.personId), studentId: Number(student.personId),
    studentName: `${surname} Пётр Андреевич`, motherCard: Number(mother.personId),
  };
}

/**
 * Binds the teacher's account to the card for this journey; returns the undo (the teacher's earlier card back, the
 * parent's binding to the mother's card gone), so both accounts stay as other tests expect them.
 */
function bindAccounts(teacherCard, motherCard) {
  const issuer = sql("SELECT issuer FROM account_binding WHERE subject LIKE 'e51a0000-0000-4000-8000-%' LIMIT 1");
  assert.ok(issuer, 'a demo account is bound already (BrowserJourneysIT binds the diary parent), so the issuer is known');
  const earlier = sql(`SELECT person_id FROM account_binding WHERE subject = '${TEACHER_SUBJECT}' AND state = 'CONFIRMED'`);
  if (earlier) {
    sql(`UPDATE account_binding SET person_id = ${teacherCard} WHERE subject = '${TEACHER_SUBJECT}' AND state = 'CONFIRMED'`);
  } else {
    sql('INSERT INTO account_binding (issuer, subject, person_id, state, suggested_at, decided_at, decided_by_issuer, '
      + `decided_by_subject) VALUES ('${issuer}', '${TEACHER_SUBJECT}', ${teacherCard}, 'CONFIRMED', now(), now(), 'e2e', 'e2e')`);
  }
  return () => {
    sql(earlier
      ? `UPDATE account_binding SET person_id = ${Number(earlier)} WHERE subject = '${TEACHER_SUBJECT}' AND state = 'CONFIRMED'`
      : `DELETE FROM account_binding WHERE subject = '${TEACHER_SUBJECT}'`);
    sql(`DELETE FROM account_binding WHERE person_id = ${motherCard}`);
  };
}

/** In the class teacher's browser: the letters as a PDF, then a new code for the mother, read off the page. */
async function issueCode(page, classId) {
  await signInAs(page, CLASS_TEACHER);
  await page.goto(appUrl(`/class-teacher/classes/${classId}/invitations`));
  await page.getByRole('heading', { level: 1, name: 'Коды приглашения', exact: true }).waitFor();
  const mother = page.locator('li.invitee').filter({ hasText: PARENT });
  await mother.getByText('Код не выдавался', { exact: true }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    action(page, 'Письма с кодами для всего класса (PDF)').click(),
  ]);
  assert.equal(await download.failure(), null);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const pdf = await readFile(await download.path());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the letters are a PDF');
  await mother.getByRole('button', { name: 'Выдать новый код', exact: true }).waitFor();
  await screenshot(page, 'invitations-class');

  await mother.getByRole('button', { name: 'Выдать новый код', exact: true }).click();
  await page.getByRole('heading', { name: 'Приглашение в электронный дневник', exact: true }).waitFor();
  await page.getByText(`Кому: ${PARENT}, законному представителю обучающегося`).waitFor();
  const code = (await page.locator('.invitation-letter__code').textContent()).trim();
  assert.match(code, CODE);
  await screenshot(page, 'invitations-letter');
  return code;
}

if (!db) {
  test('invitations journey (needs ZHURNAL_DB_URL)', { skip: 'ZHURNAL_DB_URL is not set' }, () => {});
} else {
  journey('a class teacher issues a code and a new parent redeems it and sees only that child', async ({ page, context }) => {
    await signInAs(page, REGION_ADMIN);
    const { classId, teacherCard, studentId, studentName, motherCard } = await seed(page, Date.now());
    const undo = bindAccounts(teacherCard, motherCard);
    const browser = context.browser();
    const teacherContext = await newContext(browser);
    const parentContext = await newContext(browser);
    try {
      const code = await issueCode(await teacherContext.newPage(), classId);

      const parent = await parentContext.newPage();
      await signInAs(parent, PARENT);
      const me = await (await parent.context().request.get(appUrl('/api/v1/me'))).json();
      assert.equal(me.binding, 'NONE', 'the parent’s account is bound to nobody yet');
      await parent.getByRole('heading', { name: 'Код приглашения', exact: true }).waitFor();
      await parent.getByRole('textbox', { name: 'Код' }).fill(code.toLowerCase());
      await action(parent, 'Подтвердить').click();
      await parent.getByRole('heading', { name: 'Код принят', exact: true }).waitFor();
      await seeText(parent, `Вы вошли как законный представитель: ${studentName}.`);
      await action(parent, 'Продолжить').click();

      await parent.goto(appUrl('/diary'));
      await parent.getByRole('heading', { level: 1, name: 'Дневник', exact: true }).waitFor();
      await parent.locator('.page__eyebrow').filter({ hasText: studentName }).waitFor();
      assert.equal(await parent.getByRole('group', { name: 'Чей дневник показать' }).count(), 0, 'one child, no choice');
      const children = await (await parent.context().request.get(appUrl('/api/v1/diary/children'))).json();
      assert.deepEqual(children.map((c) => c.personId), [studentId], 'the parent sees only this child');
      await screenshot(parent, 'invitations-parent-diary');
    } finally {
      undo();
    }
  });
}
