// Steps inside «Настройка школы» shared by the set-up journeys.
import assert from 'node:assert/strict';
import { action } from './journey.mjs';

export const STEPPER = 'Шаги настройки школы';

/** The h1 of the page, waited for. */
export async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** From the school's page: «Настройка школы», landing on step 1 with the stepper. */
export async function openSetup(page) {
  await action(page, 'Настройка школы').click();
  await page.waitForURL(/\/region\/schools\/\d+\/setup\/school$/);
  await heading(page, 'Данные школы');
  const current = page.getByRole('navigation', { name: STEPPER }).locator('[aria-current="step"]');
  assert.match(await current.innerText(), /Данные школы/);
}

/** Opens a step through the stepper (its link's name starts with the step's name). */
export async function goToStep(page, name, slug) {
  const nav = page.getByRole('navigation', { name: STEPPER });
  await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(new RegExp(`/setup/${slug}$`));
  await heading(page, name);
  assert.equal(await nav.locator('[aria-current="step"]').count(), 1);
}

/** A flash («Учебный год 2026/2027 создан.») or any status message containing the text. */
export async function seeStatus(page, text) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}
