// Journey: the region administrator adds a school, finds it in «Школы региона», is stopped by a wrong
// ИНН, and appoints and removes the school's journal administrator.
import assert from 'node:assert/strict';
import { action, journey, screenshot, seeText, signInAs } from './support/journey.mjs';

const REGION_ADMIN = 'Соколова Ирина Павловна';
const CYRILLIC = /[А-Яа-яЁё]/;

/** A random number of `length` digits as a string. */
function randomDigits(length) {
  return Array.from({ length }, () => Math.floor(Math.random() * 10)).join('');
}

/** A legal entity's ИНН (10 digits) of the Krasnoyarsk region with a correct check digit. */
export function validInn() {
  const body = `24${randomDigits(7)}`;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return `${body}${(sum % 11) % 10}`;
}

/** An ОГРН (13 digits) with a correct check digit. */
export function validOgrn() {
  const body = `10224${randomDigits(7)}`;
  return `${body}${(BigInt(body) % 11n) % 10n}`;
}

/** A СНИЛС `123-456-789 01` with a correct checksum (numbers above 001-001-998 are checked). */
export function validSnils() {
  const digits = `${1 + Math.floor(Math.random() * 8)}${randomDigits(8)}`;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const mod = sum % 101;
  const check = String(mod === 100 ? 0 : mod).padStart(2, '0');
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${check}`;
}

const field = (page, name) => page.getByRole('textbox', { name, exact: true });

async function openSchools(page) {
  await action(page, 'Регион').click();
  await page.getByRole('heading', { level: 1, name: 'Школы региона', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/region/schools');
}

async function fillSchool(page, { fullName, shortName, inn, ogrn }) {
  await action(page, 'Добавить школу').first().click();
  await page.getByRole('heading', { level: 1, name: 'Новая школа', exact: true }).waitFor();
  await field(page, 'Полное название').fill(fullName);
  await field(page, 'Краткое название').fill(shortName);
  await field(page, 'ИНН').fill(inn);
  await field(page, 'ОГРН').fill(ogrn);
  await field(page, 'Адрес').fill('660000, г. Красноярск, ул. Карла Маркса, д. 1');
}

/** Adds a school through the form (with a new municipality) and returns its short name. */
async function addSchool(page, stamp) {
  const shortName = `Школа e2e ${stamp}`;
  await fillSchool(page, {
    fullName: `Муниципальное общеобразовательное учреждение «Школа e2e ${stamp}»`,
    shortName,
    inn: validInn(),
    ogrn: validOgrn(),
  });
  const municipality = `Муниципалитет e2e ${stamp}`;
  await action(page, '+ Добавить муниципалитет').click();
  await field(page, 'Название нового муниципалитета').fill(municipality);
  await action(page, 'Добавить').click();
  await page.getByRole('combobox', { name: 'Муниципалитет', exact: true }).locator('option:checked', { hasText: municipality }).waitFor({ state: 'attached' });

  await action(page, 'Сохранить школу').click();
  await page.waitForURL(/\/region\/schools\/\d+$/);
  await page.getByRole('heading', { level: 1, name: shortName, exact: true }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Школа добавлена' }).waitFor();
  await seeText(page, municipality);
  return shortName;
}

journey('the region administrator adds a school, finds it, and is stopped by a wrong ИНН', async ({ page }) => {
  const stamp = Date.now();
  await signInAs(page, REGION_ADMIN);
  await openSchools(page);
  await screenshot(page, 'region-schools-desktop');

  const shortName = await addSchool(page, stamp);

  await action(page, 'Школы региона').click();
  await page.getByRole('heading', { level: 1, name: 'Школы региона', exact: true }).waitFor();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(shortName);
  await page.getByRole('link', { name: shortName, exact: true }).waitFor();
  await seeText(page, 'Показаны 1–1 из 1');
  assert.equal(new URL(page.url()).searchParams.get('q'), shortName, 'the search is kept in the address');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('link', { name: shortName, exact: true }).waitFor();
  await screenshot(page, 'region-schools-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  await fillSchool(page, {
    fullName: `Муниципальное общеобразовательное учреждение «Школа с ошибкой ${stamp}»`,
    shortName: `Школа с ошибкой ${stamp}`,
    inn: '1234567890',
    ogrn: validOgrn(),
  });
  await action(page, 'Сохранить школу').click();
  const inn = field(page, 'ИНН');
  await page.waitForFunction(() => document.getElementById('school-inn')?.getAttribute('aria-invalid') === 'true');
  const error = page.locator('#school-inn-error');
  await error.waitFor();
  assert.match(await error.innerText(), CYRILLIC, 'the ИНН error is in Russian');
  assert.match(await inn.getAttribute('aria-describedby'), /school-inn-error/);
  assert.equal(await inn.evaluate((element) => element === document.activeElement), true, 'ИНН has the focus');
  assert.equal(new URL(page.url()).pathname, '/region/schools/new', 'nothing was saved');
  await screenshot(page, 'region-school-form-error');
});

journey('the region administrator appoints and removes a journal administrator', async ({ page }) => {
  await signInAs(page, REGION_ADMIN);
  await openSchools(page);
  await addSchool(page, `${Date.now()}-a`);

  await field(page, 'Фамилия').fill('Орлова');
  await field(page, 'Имя').fill('Елена');
  await field(page, 'Отчество').fill('Викторовна');
  await page.getByLabel('Дата рождения').fill('1984-05-17');
  await field(page, 'СНИЛС').pressSequentially(validSnils().replace(/\D/g, ''));
  await action(page, 'Назначить').click();
  const admins = page.getByRole('region', { name: 'Администраторы журнала', exact: true });
  await admins.getByRole('listitem').filter({ hasText: 'Орлова' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Администратор журнала назначен' }).waitFor();
  await screenshot(page, 'region-school-administrator');

  await admins.getByRole('button', { name: /^Снять с должности/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Снять с должности?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Снять с должности', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await admins.getByText('Администратор журнала не назначен', { exact: false }).waitFor();
});
