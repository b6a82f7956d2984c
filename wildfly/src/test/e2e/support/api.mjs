// Data set-up of the journeys that need more than the screens they drive: JSON requests with the signed-in
// browser's cookies, and SQL through psql for rows only other features write (ZHURNAL_DB_URL, set by BrowserJourneysIT).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appUrl } from './journey.mjs';

/** The database URL for psql, or undefined when the journeys run without one (those that need it are skipped). */
export const db = process.env.ZHURNAL_DB_URL;

/** Runs one SQL statement and returns its output, unaligned and trimmed (e.g. the id of `RETURNING id`). */
export function sql(statement) {
  return execFileSync('psql', [db, '-tAq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8' }).trim();
}

/** POSTs JSON as the page's signed-in user (with the anti-forgery header) and returns the answer's JSON. */
export async function post(page, path, body) {
  const response = await page.context().request.post(appUrl(path), {
    headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' },
    data: body,
  });
  assert.ok(response.ok(), `${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}
