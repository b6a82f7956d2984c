// Steps of the region administrator shared by the journeys: open «Школы региона», add a school.
import assert from 'node:assert/strict';
import { action, seeText } from './journey.mjs';
import { validInn, validOgrn } from './data.mjs';

export const REGION_ADMIN = 'Соколова Ирина Павловна';

/** A text box with exactly this accessible name. */
export const field = (page, name) => page.getByRole('textbox', { name, exact: true });

export async function openSchools(page) {
  await action(page, 'Регион').click();
  await page.getByRole('heading', { level: 1, name: 'Школы региона', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/region/schools');
}

export async function fillSchool(page, { fullName, shortName, inn, ogrn }) {
  await action(page, 'Добавить школу').first().click();
  await page.getByRole('heading', { level: 1, name: 'Новая школа', exact: true }).waitFor();
  await field(page, 'Полное название').fill(fullName);
  await field(page, 'Краткое название').fill(shortName);
  await field(page, 'ИНН').fill(inn);
  await field(page, 'ОГРН').fill(ogrn);
  await field(page, 'Адрес').fill('660000, г. Красноярск, ул. Карла Маркса, д. 1');
}

/** Adds a school through the form (with a new municipality) and returns its short name; ends on the school's page. */
export async function addSchool(page, stamp) {
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
