// Journey: the region administrator adds a school, finds it in «Школы региона», is stopped by a wrong
// ИНН, and appoints and removes the school's journal administrator.
import assert from 'node:assert/strict';
import { validOgrn, validSnils } from './support/data.mjs';
import { action, journey, screenshot, seeText, signInAs } from './support/journey.mjs';
import { addSchool, field, fillSchool, openSchools, REGION_ADMIN } from './support/region.mjs';

const CYRILLIC = /[А-Яа-яЁё]/;

journey('the region administrator adds a school, finds it, and is stopped by a wrong ИНН', async ({ page }) => {
  const stamp = Date.now();
  await signInAs(page, REGION_ADMIN);
  await openSchools(page);
  await screenshot(page, 'region-schools-desktop');

  const shortName = await addSchool(page, stamp);

  await action(page, 'Школы региона').click();
  await page.getByRole('heading', { level: 1, name: 'Школы региона', exact: true }).waitFor();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(shortName);
  // The search runs after a pause in typing; with few schools the list may already match before it.
  await page.waitForURL((url) => url.searchParams.get('q') === shortName);
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
