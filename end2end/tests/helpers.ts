// Shared by the specs: the locale files (so assertions hold in all three languages), number and
// plural formatting as the app does it, portal-sim control, and a console-error guard.
import { test as base, expect, Page, APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { SIM, APP } from '../playwright.config';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const dict: Record<Lang, Record<string, string>> = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(fs.readFileSync(path.join(__dirname, '../../locales', `${l}.json`), 'utf8'))]),
) as any;

/** The translation of `key` in `lang` with `{{ var }}` filled in. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const s = dict[lang][key];
  if (s === undefined) throw new Error(`no key ${key} in ${lang}.json`);
  return s.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v) => String(vars[v]));
}

/** Thousands grouped as the app does: narrow no-break space in kk/ru, comma in en. */
export function num(lang: Lang, n: number): string {
  const digits = String(n);
  const sep = lang === 'en' ? ',' : '\u202F';
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A count with its plural form (CLDR rules via Intl, the same rules the app compiles in). */
export function plural(lang: Lang, key: string, n: number): string {
  const form = new Intl.PluralRules(lang).select(n);
  const k = dict[lang][`${key}_${form}`] !== undefined ? `${key}_${form}` : `${key}_other`;
  return t(lang, k, { n: num(lang, n), count: n });
}

/** Regex-escapes a literal. */
export function lit(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export async function sim<T = any>(request: APIRequestContext, path: string): Promise<T> {
  const r = await request.get(`${SIM}${path}`);
  expect(r.ok(), `${path} -> ${r.status()}`).toBeTruthy();
  return r.json();
}

export interface Fault {
  path: string;
  status?: number;
  delayMs?: number;
  body?: 'malformed' | 'empty' | null;
  times?: number | null;
  method?: string;
}

export async function fault(request: APIRequestContext, f: Fault) {
  const r = await request.post(`${SIM}/__sim/faults`, { data: f });
  expect(r.ok(), `inject fault ${JSON.stringify(f)} -> ${r.status()}`).toBeTruthy();
}

export async function clearFaults(request: APIRequestContext) {
  const r = await request.delete(`${SIM}/__sim/faults`);
  expect(r.ok()).toBeTruthy();
}

/**
 * WCAG 2.2 A/AA violations on the page as `rule: targets` lines (empty = none). Legacy mode runs
 * axe in the page itself; the default opens a blank page per run to merge frame results, which
 * halves the sweep's speed, and the app has no frames to merge.
 */
export async function axe(page: Page): Promise<string[]> {
  expect(await page.locator('iframe, frame').count(), 'axe runs without frames (legacy mode)').toBe(0);
  const r = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target).join(' ')}`);
}

/** The page's `<h1>`. */
export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

type Fixtures = { consoleGuard: { allowFailedRequests: () => void; allowExtensionProbe: () => void } };
type WorkerFixtures = { warmUp: void };

/**
 * Every test starts with no faults and fails on any uncaught error or console error. Tests that
 * inject faults call `consoleGuard.allowFailedRequests()`: the browser itself logs a failed HTTP
 * request as a console error, which is expected there.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  // Once per worker, before its first test: the app loaded once (browser start, the first wasm
  // compile), which on a busy machine can take longer than an assertion's timeout.
  warmUp: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ baseURL: APP });
      await page.goto('/en/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 120_000 });
      await page.close();
      await use();
    },
    { scope: 'worker', auto: true, timeout: 180_000 },
  ],
  consoleGuard: [
    async ({ page, request }, use) => {
      await clearFaults(request);
      const errors: string[] = [];
      let allowFailed = false;
      let allowProbe = false;
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        // The browser's line for a failed request, and the split loader's for a page's code
        // that could not be fetched (scripts/split-wasm.mjs).
        if (allowFailed && /Failed to load resource|^TypeError: Failed to fetch/.test(m.text())) return;
        // The app's one probe for the extension (its session), which a portal without it
        // answers 404 (src/session.rs).
        if (allowProbe && /Failed to load resource/.test(m.text()) && /\/api\/portal\/session$/.test(m.location().url)) return;
        errors.push(`console: ${m.text()}`);
      });
      await use({ allowFailedRequests: () => (allowFailed = true), allowExtensionProbe: () => (allowProbe = true) });
      await clearFaults(request);
      expect(errors, 'no uncaught or console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Whether the test runs in the `phone` project (360 × 740, touch; see playwright.config.ts). */
export const onPhone = () => test.info().project.name === 'phone';

/** Below 48rem (768 px) a list page's filters are a drawer opened by a button (style/main.css). */
export const filtersInDrawer = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768;

/** The button that opens the filter drawer: "Filters", or "Filters (2)" with filters chosen. */
export const filtersToggle = (page: Page, lang: Lang) =>
  page.getByRole('main').getByRole('button', { name: new RegExp(`^${lit(t(lang, 'filters_heading')).source}( \\(\\d+\\))?$`) });

/**
 * Makes a list page's filters (catalogue, applications, apps) reachable as a phone user does: on
 * a narrow screen opens the drawer (unless it is open); on a wide one they are always shown and
 * this does nothing.
 */
export async function openFilters(page: Page, lang: Lang) {
  if (!filtersInDrawer(page)) return;
  const toggle = filtersToggle(page, lang);
  if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The drawer's "Show N results" button (any N, any plural form). */
export function showResultsButton(page: Page, lang: Lang) {
  const forms = Object.keys(dict[lang])
    .filter((k) => k.startsWith('show_results_'))
    .map((k) => lit(t(lang, k, { n: '\0' })).source.replace('\0', '[\\d\\s,]+'));
  return page.getByRole('main').getByRole('button', { name: new RegExp(`^(${forms.join('|')})$`) });
}

/** Closes the filter drawer with its "Show N results" button, on a narrow screen (else nothing). */
export async function closeFilters(page: Page, lang: Lang) {
  if (!filtersInDrawer(page)) return;
  await showResultsButton(page, lang).click();
  await expect(filtersToggle(page, lang)).toHaveAttribute('aria-expanded', 'false');
}
