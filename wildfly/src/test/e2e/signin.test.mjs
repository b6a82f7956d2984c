// Journey: a confirmed teacher signs in through the ESIA simulator, sees herself, signs out.
import assert from 'node:assert/strict';
import { action, journey, meStatus, screenshot, seeText, SIGN_IN, signInAs } from './support/journey.mjs';

const TEACHER = 'Иванова Мария Петровна';

journey('a teacher signs in through Gosuslugi and signs out', async ({ page }) => {
  await signInAs(page, TEACHER);

  await seeText(page, TEACHER);
  await seeText(page, 'Учитель');
  await seeText(page, 'Классный руководитель');
  assert.equal(await meStatus(page), 200, '/api/v1/me answers for the signed-in teacher');
  await screenshot(page, 'signin-signed-in-desktop');

  await page.setViewportSize({ width: 360, height: 740 });
  await seeText(page, TEACHER);
  await screenshot(page, 'signin-signed-in-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  await action(page, 'Выйти').click();
  await action(page, SIGN_IN).waitFor({ state: 'visible' });
  assert.equal(await meStatus(page), 401, 'the session is gone after «Выйти»');
  await screenshot(page, 'signin-signed-out');
});
