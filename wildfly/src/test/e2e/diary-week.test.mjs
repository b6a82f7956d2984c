// Journey: a parent signs in on a phone, lands on the diary and reads the week of their daughter.
import assert from 'node:assert/strict';
import { action, appUrl, journey, screenshot, seeText, signInAs } from './support/journey.mjs';

const PARENT = 'Петров Сергей Николаевич';
/** Петрова Анна (9А) of the fixture BrowserJourneysIT prepares: lessons on 16–17.11.2026. */
const CHILD = process.env.E2E_DIARY_CHILD;

journey('a parent reads the week in the diary', async ({ page }) => {
  assert.ok(CHILD, 'E2E_DIARY_CHILD names the child whose week is read (set by BrowserJourneysIT)');
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, PARENT);
  await page.getByRole('heading', { name: 'Дневник', exact: true }).waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).pathname, '/', 'the diary is the parent’s start page');

  await page.goto(appUrl(`/diary?child=${CHILD}&date=2026-11-18`));
  await page.getByRole('heading', { name: '16–21 ноября', exact: true }).waitFor({ state: 'visible' });
  await seeText(page, 'Понедельник, 16 ноября');
  const mark = page.getByRole('img', { name: 'Отметка 5/4, Диктант, вес 2', exact: true });
  await mark.waitFor({ state: 'visible' });
  assert.equal(await mark.textContent(), '5/4');
  assert.match(await mark.getAttribute('class'), /mark--excellent/);
  await page.getByRole('img', { name: 'Посещаемость: Б — Болел', exact: true }).waitFor({ state: 'visible' });
  await page.getByText('Упр. 112').first().waitFor({ state: 'visible' });
  await seeText(page, 'без задания');
  await screenshot(page, 'diary-week-phone');

  await action(page, 'Следующая неделя').click();
  await page.getByRole('heading', { name: '23–28 ноября', exact: true }).waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).searchParams.get('date'), '2026-11-23');
  await action(page, 'Предыдущая неделя').click();
  await page.getByRole('heading', { name: '16–21 ноября', exact: true }).waitFor({ state: 'visible' });

  await action(page, 'Оценки').click();
  await seeText(page, 'Русский язык');
  await page.getByText('Средний балл:').first().waitFor({ state: 'visible' });
  await screenshot(page, 'diary-marks-phone');
});
