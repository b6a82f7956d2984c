// Journey: a person whose Gosuslugi account is not confirmed is refused and told what to do.
import assert from 'node:assert/strict';
import { journey, meStatus, screenshot, signInAs } from './support/journey.mjs';

const UNCONFIRMED = 'Лебедев Олег Дмитриевич';

journey('an unconfirmed Gosuslugi account is refused with an explanation', async ({ page }) => {
  await signInAs(page, UNCONFIRMED);

  await page
    .getByRole('heading', { name: 'Учётная запись не подтверждена', exact: true })
    .waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).searchParams.get('signin'), 'unconfirmed');
  assert.equal(await meStatus(page), 401, 'nobody is signed in after a refused sign-in');
  await screenshot(page, 'unconfirmed');
});
