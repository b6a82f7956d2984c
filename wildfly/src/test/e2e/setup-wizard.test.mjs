// Journey: the region administrator sets a new school up with «Настройка школы»: the academic year 2026/2027
// in quarters with the public holidays, the bell schedule «Основное», a teacher, class 5А with that
// teacher and a student (with a parent and a consent on the student's card), a building with a room, a school
// subject in the curriculum, the teacher's assignment to teach it in 5А, and the final checklist.
import assert from 'node:assert/strict';
import { nameTag, validSnils } from './support/data.mjs';
import { action, journey, screenshot, seeText, signInAs } from './support/journey.mjs';
import { addSchool, field, openSchools, REGION_ADMIN } from './support/region.mjs';
import { goToStep, heading, openSetup, seeStatus } from './support/setup.mjs';

const QUARTERS = [
  ['2026-09-01', '2026-10-24'],
  ['2026-11-05', '2026-12-28'],
  ['2027-01-12', '2027-03-20'],
  ['2027-03-30', '2027-05-31'],
];
/** 4 ноября, 1–8 января, 23 февраля, 8 марта, 1 и 9 мая inside 01.09.2026–31.05.2027. */
const HOLIDAYS_IN_YEAR = 13;

async function atPhoneWidth(page, name, visible) {
  await page.setViewportSize({ width: 360, height: 740 });
  await visible.waitFor();
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function createYear(page) {
  await page.getByLabel('Начало учебного года').fill('2026-09-01');
  await page.getByLabel('Окончание учебного года').fill('2027-05-31');
  await page.getByRole('radio', { name: 'Четверти', exact: true }).check();
  for (const [index, [starts, ends]] of QUARTERS.entries()) {
    const row = page.getByRole('group', { name: `${index + 1} четверть`, exact: true });
    await row.getByLabel('Начало', { exact: true }).fill(starts);
    await row.getByLabel('Окончание', { exact: true }).fill(ends);
  }
  assert.equal(await page.getByRole('group', { name: /^\d четверть$/ }).count(), 4, 'four quarters');
  await page.getByRole('radio', { name: 'Пятидневка', exact: true }).check();
  await action(page, 'Добавить государственные праздники').click();
  await seeStatus(page, `Добавлено государственных праздников: ${HOLIDAYS_IN_YEAR}`);
  const first = page.getByRole('group', { name: 'Нерабочий день 1', exact: true });
  assert.equal(await first.getByLabel('Дата', { exact: true }).inputValue(), '2026-11-04');
  assert.equal(await first.getByLabel('Причина', { exact: true }).inputValue(), 'День народного единства');
  await action(page, 'Создать учебный год').click();
  await seeStatus(page, 'Учебный год 2026/2027 создан');
  await page.getByRole('heading', { name: 'Учебный год 2026/2027', exact: true }).waitFor();
}

async function createBells(page) {
  assert.equal(await field(page, 'Название').inputValue(), 'Основное');
  for (let i = 0; i < 5; i += 1) await action(page, 'Добавить урок').click();
  const sixth = page.getByRole('group', { name: '6 урок', exact: true });
  assert.equal(await sixth.getByLabel('Начало', { exact: true }).inputValue(), '13:05');
  assert.equal(await sixth.getByLabel('Окончание', { exact: true }).inputValue(), '13:50');
  await action(page, 'Сохранить расписание звонков').click();
  await seeStatus(page, 'Расписание звонков «Основное» сохранено');
  await page.getByRole('table', { name: 'Расписание звонков «Основное»' }).waitFor();
}

async function addTeacher(page, stamp) {
  const name = `Учителева-${nameTag(stamp)} Анна Сергеевна`;
  await field(page, 'Фамилия').fill(`Учителева-${nameTag(stamp)}`);
  await field(page, 'Имя').fill('Анна');
  await field(page, 'Отчество').fill('Сергеевна');
  await page.getByLabel('Дата рождения').fill('1985-03-05');
  await field(page, 'СНИЛС').pressSequentially(validSnils().replace(/\D/g, ''));
  assert.equal(await page.getByRole('checkbox', { name: 'Учитель', exact: true }).isChecked(), true);
  await action(page, 'Добавить сотрудника').click();
  await seeStatus(page, `Сотрудник добавлен: ${name}`);
  await page.getByRole('table', { name: 'Сотрудники школы' }).getByRole('rowheader', { name }).waitFor();
  return name;
}

async function createClass(page, teacher) {
  await page.getByRole('combobox', { name: 'Параллель', exact: true }).selectOption('5');
  await field(page, 'Буква').fill('а');
  await page.getByRole('combobox', { name: 'Классный руководитель', exact: true }).selectOption({ label: teacher });
  await action(page, 'Создать класс').click();
  await seeStatus(page, 'Класс 5А создан');
  const row = page.getByRole('table', { name: 'Классы' }).getByRole('row').filter({ hasText: '5А' });
  await row.filter({ hasText: teacher }).waitFor();
}

async function enrolStudent(page, stamp) {
  const name = `Ученикова-${nameTag(stamp)} Мария Ивановна`;
  await field(page, 'Фамилия').fill(`Ученикова-${nameTag(stamp)}`);
  await field(page, 'Имя').fill('Мария');
  await field(page, 'Отчество').fill('Ивановна');
  await page.getByLabel('Дата рождения').fill('2015-03-14');
  await page.getByRole('radio', { name: 'Женский', exact: true }).check();
  await page.getByLabel('Дата прибытия').fill('2026-09-01');
  await field(page, 'Номер приказа').fill('12-у от 01.09.2026');
  await action(page, 'Зачислить').click();
  await seeStatus(page, `Ученик зачислен в 5А: ${name}`);
  await page.getByLabel('На дату', { exact: true }).fill('2026-09-15');
  await page.getByRole('rowheader', { name, exact: true }).waitFor();
  await seeText(page, 'Учеников на 15 сентября 2026: 1');
  return name;
}

async function addParent(page, student, stamp) {
  await page.getByRole('link', { name: student, exact: true }).click();
  await page.waitForURL(/\/region\/students\/\d+\?class=\d+$/);
  await heading(page, student);
  await field(page, 'Фамилия').fill(`Ученикова-${nameTag(stamp)}`);
  await field(page, 'Имя').fill('Елена');
  await page.getByRole('combobox', { name: 'Кем приходится', exact: true }).selectOption('MOTHER');
  await field(page, 'Телефон').fill('8 (913) 123-45-67');
  await action(page, 'Добавить представителя').click();
  await seeStatus(page, `Законный представитель добавлен: Ученикова-${nameTag(stamp)} Елена`);
  await page.getByRole('table', { name: 'Законные представители' }).getByText('+79131234567').waitFor();
  await page.getByRole('combobox', { name: 'Цель', exact: true }).selectOption('ELECTRONIC_JOURNAL');
  await action(page, 'Записать согласие').click();
  await seeStatus(page, 'Согласие записано');
  await page.getByRole('table', { name: 'Согласия на обработку персональных данных' }).getByText('Действует').waitFor();
  await screenshot(page, 'student-card');
  await action(page, 'Класс 5А').click();
  await heading(page, 'Класс 5А');
}

async function addRoom(page) {
  await field(page, 'Название').fill('Основное здание');
  await action(page, 'Добавить здание').click();
  await seeStatus(page, 'Здание «Основное здание» добавлено');
  await field(page, 'Номер или название').fill('201');
  await field(page, 'Назначение').fill('Кабинет информатики');
  await action(page, 'Добавить кабинет').click();
  await seeStatus(page, 'Кабинет 201 добавлен');
  await page.getByRole('table', { name: 'Кабинеты школы' }).getByRole('rowheader', { name: '201', exact: true }).waitFor();
}

async function assignTeacher(page, teacher, subject) {
  await page.getByRole('combobox', { name: 'Учитель', exact: true }).selectOption({ label: teacher });
  await page.getByRole('combobox', { name: 'Предмет', exact: true }).selectOption({ label: subject });
  await page.getByRole('combobox', { name: 'Класс или поток', exact: true }).selectOption({ label: '5А' });
  await action(page, 'Назначить').click();
  await seeStatus(page, `Назначено: ${teacher} — ${subject}, 5А.`);
  await page.getByRole('table', { name: 'Нагрузка учителей' }).getByRole('rowheader', { name: '5А', exact: true }).waitFor();
}

async function planSubject(page, stamp) {
  const subject = `Робототехника ${stamp}`;
  await field(page, 'Название').fill(subject);
  await field(page, 'Краткое название').fill('Робот.');
  await action(page, 'Добавить предмет').click();
  await seeStatus(page, `Предмет «${subject}» добавлен`);
  const cell = page.getByRole('textbox', { name: `${subject}, 5 класс: часов в год`, exact: true });
  await cell.fill('34');
  await action(page, 'Сохранить учебный план').click();
  await seeStatus(page, 'Учебный план на 2026/2027 сохранён');
  await page.getByText('1 ч/нед', { exact: true }).first().waitFor();
  return subject;
}

journey('the region administrator sets a school up step by step', async ({ page }) => {
  const stamp = Date.now();
  await signInAs(page, REGION_ADMIN);
  await openSchools(page);
  await addSchool(page, stamp);
  await openSetup(page);
  await screenshot(page, 'setup-school');

  await goToStep(page, 'Учебный год и звонки', 'calendar');
  await createYear(page);
  await createBells(page);
  await screenshot(page, 'setup-calendar-desktop');
  await atPhoneWidth(page, 'setup-calendar-360', page.getByRole('heading', { level: 1, name: 'Учебный год и звонки' }));

  await action(page, 'Далее: Сотрудники').click();
  await heading(page, 'Сотрудники');
  const teacher = await addTeacher(page, stamp);
  await screenshot(page, 'setup-staff');

  await action(page, 'Далее: Классы').click();
  await heading(page, 'Классы');
  await createClass(page, teacher);
  await screenshot(page, 'setup-classes');

  await page.getByRole('link', { name: '5А', exact: true }).click();
  await page.waitForURL(/\/region\/classes\/\d+\?school=\d+$/);
  await heading(page, 'Класс 5А');
  await seeText(page, teacher);
  const student = await enrolStudent(page, stamp);
  await screenshot(page, 'setup-class-desktop');
  await atPhoneWidth(page, 'setup-class-360', page.getByRole('heading', { level: 1, name: 'Класс 5А' }));
  await addParent(page, student, stamp);

  await action(page, 'Классы школы').click();
  await heading(page, 'Классы');
  const row = page.getByRole('table', { name: 'Классы' }).getByRole('row').filter({ hasText: '5А' });
  assert.match(await row.innerText(), /\b1\s*$/, 'the class counts its student');

  await goToStep(page, 'Кабинеты', 'rooms');
  await addRoom(page);
  await screenshot(page, 'setup-rooms');

  await goToStep(page, 'Предметы', 'subjects');
  const subject = await planSubject(page, stamp);
  await screenshot(page, 'setup-subjects');

  await goToStep(page, 'Нагрузка', 'assignments');
  await assignTeacher(page, teacher, subject);
  await screenshot(page, 'setup-assignments');

  await goToStep(page, 'Готово', 'done');
  await seeStatus(page, 'Школа настроена');
  const checklist = page.locator('.checklist');
  for (const item of ['Учебный год', 'Расписание звонков', 'Сотрудники', 'Классы', 'Кабинеты', 'Учебный план', 'Нагрузка']) {
    await checklist.getByText(`${item}: готово`, { exact: true }).waitFor();
  }
  await screenshot(page, 'setup-done-desktop');
  await atPhoneWidth(page, 'setup-done-360', page.getByRole('heading', { level: 1, name: 'Готово' }));
});
