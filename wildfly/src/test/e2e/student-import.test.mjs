// Journey: a school's students with their parents come from a CSV file: the check shows the bad row with its
// column and stores nothing, then only the rows without errors are imported and the class counts them.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameTag, validSnils, wrongSnils } from './support/data.mjs';
import { action, appUrl, journey, screenshot, signInAs } from './support/journey.mjs';
import { addSchool, openSchools, REGION_ADMIN } from './support/region.mjs';
import { goToStep, openSetup } from './support/setup.mjs';

const HEADERS = ['Класс', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'СНИЛС',
  'Представитель 1: кем приходится', 'Представитель 1: фамилия', 'Представитель 1: имя', 'Представитель 1: СНИЛС'];

function csv(rows) {
  return `\uFEFF${[HEADERS, ...rows].map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/** A JSON request of the signed-in browser (the year and the class are set up elsewhere). */
async function post(page, path, data) {
  const response = await page.context().request.post(appUrl(path), {
    data, headers: { 'X-Requested-With': 'XMLHttpRequest' }, failOnStatusCode: false,
  });
  assert.equal(response.status(), 201, `${path}: ${await response.text()}`);
  return (await response.json()).id;
}

journey('a school imports its students with their parents, leaving out a bad row', async ({ page }) => {
  const stamp = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'zhurnal-students-'));
  try {
    const anna = ['5А', `Петрова-${nameTag(stamp)}`, 'Анна', 'Сергеевна', '12.04.2015', 'Ж', validSnils(),
      'мать', `Петрова-${nameTag(stamp)}`, 'Ольга', validSnils()];
    const bad = ['5А', `Орлов-${nameTag(stamp)}`, 'Пётр', '', '01.02.2015', 'М', wrongSnils(validSnils()), '', '', '', ''];
    const file = join(dir, 'ученики.csv');
    await writeFile(file, csv([anna, bad]));

    await signInAs(page, REGION_ADMIN);
    await openSchools(page);
    await addSchool(page, stamp);
    const school = Number(new URL(page.url()).pathname.split('/').pop());
    const year = await post(page, `/api/v1/schools/${school}/years`, {
      startsOn: '2026-09-01', endsOn: '2027-05-31', periodSystem: 'HALF_YEARS', workingWeek: 'FIVE_DAYS',
      periods: [{ startsOn: '2026-09-01', endsOn: '2026-12-28' }, { startsOn: '2027-01-12', endsOn: '2027-05-31' }],
    });
    await post(page, `/api/v1/schools/${school}/classes`, { yearId: year, grade: 5, letter: 'А' });
    await openSetup(page);
    await goToStep(page, 'Классы', 'classes');

    await page.getByLabel('Файл со списком обучающихся', { exact: true }).setInputFiles(file);
    await action(page, 'Проверить файл').click();
    await page.getByRole('heading', { name: 'Файл «ученики.csv» проверен: строк с ошибками — 1 из 2' }).waitFor();
    const errors = page.getByRole('table', { name: 'Ошибки в строках файла' });
    const row = errors.getByRole('row').filter({ hasText: 'Строка 3' });
    await row.waitFor();
    assert.match(await row.innerText(), /СНИЛС/, 'the error names the column');
    assert.equal(await errors.getByRole('row').filter({ hasText: 'Строка 2' }).count(), 0, 'the good row is not blamed');
    const classes = page.getByRole('table', { name: 'Классы' });
    assert.match(await classes.getByRole('row').filter({ hasText: '5А' }).innerText(), /\b0\s*$/, 'nothing stored yet');
    await screenshot(page, 'student-import-checked');

    const started = page.waitForResponse((response) => response.request().method() === 'POST'
      && new URL(response.url()).pathname.endsWith('/students/import'));
    await action(page, 'Загрузить только строки без ошибок (1)').click();
    assert.equal((await started).status(), 202, 'the upload starts an import job, which the page follows');
    await page.getByRole('heading', { name: 'Файл «ученики.csv» загружен' }).waitFor();
    const counts = page.locator('.counts');
    assert.match(await counts.innerText(), /Зачислено в классы\s*1/);
    assert.match(await counts.innerText(), /Новых представителей\s*1/);
    await classes.getByRole('row').filter({ hasText: /5А.*\b1\s*$/s }).waitFor();
    await screenshot(page, 'student-import-done');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
