// Journey: the end of the year in «Школа»: a new school with a closed-ready year 2026/2027 (made through the API),
// closing the year after a confirmation, the rollover preview (next year, 10А → 11А, a graduate of 11А) and its
// commit (with the teaching structure it copies: none in this school), then «Движение обучающихся»: a class list today and the promoted student's movement history.
import assert from 'node:assert/strict';
import { validInn } from './support/data.mjs';
import { action, appUrl, journey, screenshot, seeText, signInAs } from './support/journey.mjs';
import { REGION_ADMIN } from './support/region.mjs';

/** A JSON request from the page, as the SPA sends it (cookie session, CSRF header); the parsed answer. */
async function api(page, method, path, body) {
  const answer = await page.evaluate(async ({ method, path, body }) => {
    const response = await fetch(`/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }, { method, path, body });
  assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${answer.text}`);
  return answer.text ? JSON.parse(answer.text) : null;
}

async function schoolWithAYear(page, stamp) {
  const school = await api(page, 'POST', '/schools', { fullName: `Школа конца года ${stamp}`, shortName: `Школа КГ ${stamp}`, inn: validInn() });
  const year = await api(page, 'POST', `/schools/${school.id}/years`, {
    startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
    periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
  });
  const classes = {};
  for (const [grade, letter] of [[10, 'А'], [10, 'Б'], [11, 'А']]) {
    classes[`${grade}${letter}`] = await api(page, 'POST', `/schools/${school.id}/classes`, { yearId: year.id, grade, letter });
  }
  const enrol = (surname, schoolClass) => api(page, 'POST', `/schools/${school.id}/students`, {
    surname, givenName: 'Артём', patronymic: 'Игоревич', birthDate: '2010-03-14', sex: 'MALE', classId: schoolClass.id,
    arrivedOn: '2026-09-01', orderRef: '№ 1-у',
  });
  await enrol('Десятов', classes['10А']);
  await enrol('Переводов', classes['10А']);
  await enrol('Выпускников', classes['11А']);
  return { school, year, classes };
}

journey('the journal administrator closes the year, rolls it over and follows a student’s movements', async ({ page }) => {
  const stamp = Date.now();
  await signInAs(page, REGION_ADMIN);
  const { school, year } = await schoolWithAYear(page, stamp);

  await page.goto(appUrl(`/journal/year-end?school=${school.id}&year=${year.id}`));
  await page.getByRole('heading', { level: 1, name: 'Конец учебного года' }).waitFor();
  await seeText(page, 'Все годовые отметки подтверждены: год можно закрыть.');
  await action(page, 'Закрыть учебный год').click();
  const closing = page.getByRole('dialog');
  await closing.getByText(/Это действие необратимо/).waitFor();
  await closing.getByRole('button', { name: 'Закрыть год', exact: true }).click();
  await page.getByText(/Учебный год закрыт \d\d\.\d\d\.\d{4}/).waitFor();

  await page.getByRole('textbox', { name: 'Приказ директора о переводе' }).fill('№ 52-о от 31.05.2027');
  await action(page, 'Показать, что будет создано').click();
  await page.getByRole('heading', { name: 'Учебный год 2027/2028' }).waitFor();
  const eleventh = page.getByRole('row').filter({ hasText: '10А' }).filter({ hasText: '11А' });
  assert.match(await eleventh.innerText(), /2/, 'two students go from 10А to 11А');
  await seeText(page, 'Выпускников Артём Игоревич, 11А');
  await page.getByRole('heading', { name: 'Нагрузка, потоки и расписание' }).waitFor();
  await page.getByText(/Будет скопировано: назначений учителей — 0, потоков — 0, записей\s+расписания — 0/).waitFor();
  await screenshot(page, 'year-end-preview');
  await action(page, 'Выполнить перевод').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Выполнить перевод', exact: true }).click();
  await page.getByText(/Перевод выполнен .*создано классов — 2, переведено обучающихся — 3, выпускников — 1/).waitFor();

  await action(page, 'Движение обучающихся').click();
  await page.getByRole('heading', { level: 1, name: 'Движение обучающихся' }).waitFor();
  await page.getByRole('combobox', { name: 'Класс' }).selectOption({ label: '10Б' });
  await page.getByRole('heading', { name: 'Список 10Б на сегодня' }).waitFor();
  await page.getByRole('combobox', { name: 'Класс' }).selectOption({ label: '10А' });
  await action(page, 'Десятов Артём Игоревич').click();
  const history = page.getByRole('table', { name: 'История движения' });
  await history.getByRole('row').filter({ hasText: 'Перевод из класса' }).filter({ hasText: '№ 52-о от 31.05.2027' }).waitFor();
  await history.getByRole('row').filter({ hasText: 'Прибытие в класс' }).filter({ hasText: '11А (2027/2028)' }).waitFor();
  await screenshot(page, 'movements-history');
  await page.getByRole('heading', { name: 'Зачислить ученика в 10А' }).waitFor();
});
