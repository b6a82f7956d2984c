// Journey: the region administrator imports a school's staff from a CSV file: a file with a wrong СНИЛС is
// refused as a whole with the row's error shown, the corrected file is imported and counted. Each upload starts
// an import job on the server (202); the page follows it to its end.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameTag, validSnils, wrongSnils } from './support/data.mjs';
import { action, appUrl, journey, screenshot, signInAs } from './support/journey.mjs';
import { addSchool, openSchools, REGION_ADMIN } from './support/region.mjs';
import { goToStep, openSetup } from './support/setup.mjs';

const HEADERS = ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'СНИЛС', 'Должности'];

/** A staff list as Russian Excel saves CSV: UTF-8 with BOM, «;» between cells, CRLF. */
function csv(rows) {
  return `\uFEFF${[HEADERS, ...rows].map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/** The answer to the next upload of a staff list. */
function importStarted(page) {
  return page.waitForResponse((response) => response.request().method() === 'POST'
    && new URL(response.url()).pathname.endsWith('/staff/import'));
}

journey('the region administrator imports the staff from a CSV file', async ({ page }) => {
  const stamp = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'zhurnal-staff-'));
  try {
    const good = [`Петрова-${nameTag(stamp)}`, 'Ольга', 'Игоревна', '05.03.1985', validSnils(), 'Учитель'];
    const second = [`Сидоров-${nameTag(stamp)}`, 'Павел', 'Андреевич', '17.11.1979', validSnils(), 'Учитель, Заместитель директора'];
    const broken = [...second];
    broken[4] = wrongSnils(second[4]);
    const badFile = join(dir, 'сотрудники-с-ошибкой.csv');
    const fixedFile = join(dir, 'сотрудники.csv');
    await writeFile(badFile, csv([good, broken]));
    await writeFile(fixedFile, csv([good, second]));

    await signInAs(page, REGION_ADMIN);
    await openSchools(page);
    await addSchool(page, stamp);
    await openSetup(page);
    await goToStep(page, 'Сотрудники', 'staff');
    const template = page.getByRole('link', { name: 'Шаблон CSV', exact: true });
    const href = await template.getAttribute('href');
    assert.match(href, /\/staff\/import-template\?format=csv$/);
    const download = await page.context().request.get(appUrl(href), { failOnStatusCode: false });
    assert.equal(download.status(), 200, 'the CSV template downloads');
    assert.match((await download.body()).toString('utf8'), /Фамилия/, 'the template has the Russian headers');

    const input = page.getByLabel('Файл со списком сотрудников', { exact: true });
    await input.setInputFiles(badFile);
    let started = importStarted(page);
    await action(page, 'Загрузить файл').click();
    assert.equal((await started).status(), 202, 'the upload starts an import job');
    const refused = page.getByRole('heading', { name: /ничего не импортировано/i });
    await refused.waitFor();
    const errors = page.getByRole('table', { name: 'Ошибки в строках файла' });
    const row = errors.getByRole('row').filter({ hasText: 'Строка 3' });
    await row.waitFor();
    assert.match(await row.innerText(), /СНИЛС/, 'the error names the column');
    assert.equal(await errors.getByRole('row').filter({ hasText: 'Строка 2' }).count(), 0, 'the good row is not blamed');
    await screenshot(page, 'staff-import-rejected');
    await page.getByRole('table', { name: 'Сотрудники школы' }).waitFor({ state: 'detached', timeout: 1000 }).catch(() => {});
    assert.equal(await page.getByRole('table', { name: 'Сотрудники школы' }).count(), 0, 'nothing was imported');

    await input.setInputFiles(fixedFile);
    started = importStarted(page);
    await action(page, 'Загрузить файл').click();
    assert.equal((await started).status(), 202, 'the upload starts an import job');
    await page.getByRole('heading', { name: 'Файл «сотрудники.csv» загружен' }).waitFor();
    const counts = page.locator('.counts');
    assert.match(await counts.innerText(), /Создано\s*2/);
    assert.match(await counts.innerText(), /Обновлено\s*0/);
    const staff = page.getByRole('table', { name: 'Сотрудники школы' });
    await staff.getByRole('rowheader', { name: `Петрова-${nameTag(stamp)} Ольга Игоревна`, exact: true }).waitFor();
    await staff.getByRole('rowheader', { name: `Сидоров-${nameTag(stamp)} Павел Андреевич`, exact: true }).waitFor();
    await screenshot(page, 'staff-import-done');

    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'staff-import-360');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
