// Shared set-up of the browser journeys: environment, Debian's chromium, a fresh context per test.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';

if (!process.env.ZHURNAL_URL) {
  throw new Error('Set ZHURNAL_URL to the base URL of the running application, e.g. http://localhost:28080/');
}

/** The application's base URL. */
export const baseUrl = new URL(process.env.ZHURNAL_URL);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const outDir = resolve(process.env.E2E_OUT || 'out');

/** The bound for every single step (navigation, click, wait). */
export const STEP_TIMEOUT_MS = 30_000;
const JOURNEY_TIMEOUT_MS = 5 * 60_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SIGN_IN = 'Войти через Госуслуги';
export const SIMULATOR_TITLE = 'Госуслуги — симулятор ЕСИА';

/** An absolute URL of the application. */
export function appUrl(path = '/') {
  return new URL(path, baseUrl).href;
}

/** A link or a button with exactly this accessible name. */
export function action(page, name) {
  return page
    .getByRole('link', { name, exact: true })
    .or(page.getByRole('button', { name, exact: true }));
}

/** Waits until a text is visible somewhere on the page (auto-waiting, bounded). */
export async function seeText(page, text) {
  await page.getByText(text, { exact: true }).first().waitFor({ state: 'visible' });
}

/** Saves a full-page screenshot as `<E2E_OUT>/<name>.png`. */
export async function screenshot(page, name) {
  await mkdir(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
}

/**
 * Opens the application, goes to the ESIA simulator through «Войти через Госуслуги» and picks
 * the person whose button is named exactly `fullName`.
 */
export async function signInAs(page, fullName) {
  await page.goto(appUrl('/'));
  await action(page, SIGN_IN).click();
  const person = page.getByRole('button', { name: fullName, exact: true });
  await person.waitFor({ state: 'visible' });
  if ((await page.title()) !== SIMULATOR_TITLE) {
    throw new Error(`Expected the ESIA simulator, got «${await page.title()}» at ${page.url()}`);
  }
  await person.click();
  await page.waitForURL((url) => url.origin === baseUrl.origin);
}

/** The HTTP status of GET /api/v1/me with the cookies of the page's context. */
export async function meStatus(page) {
  const response = await page.context().request.get(appUrl('/api/v1/me'), {
    headers: { Accept: 'application/json' },
    failOnStatusCode: false,
  });
  return response.status();
}

/** A fresh browser context (no cookies: nobody signed in) with the journeys' locale, zone, size and bounds. */
export async function newContext(browser) {
  const context = await browser.newContext({
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/**
 * Declares a test that runs `body({ page, context })` in a fresh browser context; on failure it
 * saves `failure-<name>.png` and reports uncaught page errors.
 */
export function journey(name, body) {
  test(name, { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: STEP_TIMEOUT_MS * 2,
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    try {
      await body({ page, context });
    } catch (error) {
      const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
      await screenshot(page, `failure-${slug}`).catch(() => {});
      // Journeys with more than one person open more contexts in the same browser: their pages too.
      const others = browser.contexts().flatMap((c) => c.pages()).filter((p) => p !== page);
      for (const [i, other] of others.entries()) {
        await screenshot(other, `failure-${slug}-${i + 2}`).catch(() => {});
      }
      if (pageErrors.length > 0) {
        error.message += `\nUncaught page errors:\n${pageErrors.join('\n')}`;
      }
      throw error;
    } finally {
      await context.close().catch(() => {});
      await browser.close();
    }
  });
}
