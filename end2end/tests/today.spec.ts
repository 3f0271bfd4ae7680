// The portal as data.egov.kz is today (portal-sim --profile today: no /api/portal extension),
// at a phone's width, in all three languages: the home page, the search (word forms, Kazakh in
// Latin letters, facets) and every dataset tab work from the harvested catalogue and the
// portal's own endpoints; the community's actions are links to the portal's own pages; no error
// panel, no sign-in that could not work. And the catalogue failing in every way a file can.
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, LANGS, t, num, plural, sim, h1, lit, openFilters, closeFilters, type Lang } from './helpers';
import { TODAY_SIM } from '../playwright.config';

const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
const PORTAL = 'https://data.egov.kz';
/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The catalogue the app reads (what the stand-in serves from the harvest). */
async function manifest(request: APIRequestContext) {
  const r = await request.get(`${TODAY_SIM}/catalogue/manifest.json`);
  expect(r.ok()).toBeTruthy();
  return r.json();
}

async function todayFault(request: APIRequestContext, f: Record<string, unknown>) {
  const r = await request.post(`${TODAY_SIM}/__sim/faults`, { data: f });
  expect(r.ok(), `inject ${JSON.stringify(f)}`).toBeTruthy();
}

async function clearTodayFaults(request: APIRequestContext) {
  expect((await request.delete(`${TODAY_SIM}/__sim/faults`)).ok()).toBeTruthy();
}

/** Nothing on the page says something failed, and nobody is offered a sign-in. */
async function noErrorNoSignIn(page: Page, lang: Lang) {
  await expect(page.locator('.error-panel')).toHaveCount(0);
  await expect(page.getByRole('link', { name: t(lang, 'sign_in'), exact: true })).toHaveCount(0);
}

test.beforeEach(async ({ request }) => clearTodayFaults(request));
test.afterEach(async ({ request }) => clearTodayFaults(request));

for (const lang of LANGS) {
  test.describe(`the portal as it is today (${lang})`, () => {
    test('home: the catalogue counters and categories, no community counters', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowExtensionProbe();
      const m = await manifest(request);
      await page.goto(`/${lang}/`);
      await expect(h1(page)).toHaveText(t(lang, 'home_title'));
      const counters = page.getByRole('region', { name: t(lang, 'stats_heading') });
      await expect(counters.getByRole('listitem').first()).toHaveText(`${num(lang, m.datasets)} ${plural(lang, 'stat_datasets', m.datasets)}`);
      await expect(counters.getByRole('listitem')).toHaveCount(4);
      // The apps, requests and applications are the extension's: not counted here.
      for (const key of ['stat_apps', 'stat_actualization_requests', 'stat_publication_requests']) {
        await expect(counters.getByText(plural(lang, key, 40), { exact: true })).toHaveCount(0);
      }
      const cats = page.getByRole('region', { name: t(lang, 'categories_heading') });
      await expect(cats.getByRole('link')).toHaveCount(m.categories);
      await expect(page.getByRole('region', { name: t(lang, 'newest_heading') }).getByRole('link')).toHaveCount(6);
      await noErrorNoSignIn(page, lang);
    });

    test('search: word forms, Kazakh in Latin letters, a facet, all in the URL', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowExtensionProbe();
      // The extended stand-in answers the same search with the same engine over its own seed:
      // the app's answer over the harvested catalogue must be the same.
      const expected = async (q: string) => (await sim(request, `/api/portal/datasets?${q}&lang=${lang}&size=20`)).totalCount;
      for (const text of ['школы', 'mektep']) {
        const n = await expected(`text=${encodeURIComponent(text)}`);
        expect(n).toBeGreaterThan(0);
        await page.goto(`/${lang}/datasets?text=${encodeURIComponent(text)}`);
        await expect(page.getByRole('main').getByText(plural(lang, 'datasets_count', n), { exact: true })).toBeVisible();
        await expect(page.getByRole('status')).toHaveText(plural(lang, 'datasets_count', n));
      }
      // Typing searches as the citizen types (the URL follows).
      const box = page.getByRole('searchbox', { name: t(lang, 'search_label') });
      await box.fill('дәріхана');
      await expect(page).toHaveURL(/text=%D0%B4%D3%99%D1%80%D1%96%D1%85%D0%B0%D0%BD%D0%B0/);
      const q = `text=${encodeURIComponent('дәріхана')}`;
      const pharmacies = await sim(request, `/api/portal/datasets?${q}&lang=${lang}&size=20`);
      await expect(page.getByRole('status')).toHaveText(plural(lang, 'datasets_count', pharmacies.totalCount));
      // A category narrows the results to its count; the URL carries it.
      const cat = pharmacies.facets.categories[0];
      await openFilters(page, lang);
      await page.getByRole('main').getByRole('checkbox', { name: lit(cat[{ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' }[lang]] || cat.nameRu) }).first().check();
      await expect(page).toHaveURL(new RegExp(`category=${cat.id}`));
      await closeFilters(page, lang);
      await expect(page.getByRole('status')).toHaveText(plural(lang, 'datasets_count', cat.count));
      await noErrorNoSignIn(page, lang);
    });

    test('a dataset: every tab from the portal, community actions as links to its page', async ({ page, consoleGuard }) => {
      consoleGuard.allowExtensionProbe();
      // No tile server is reachable here: blank tiles.
      await page.route(/tile\.openstreetmap\.org/, (r) => r.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
      await page.goto(`/${lang}/datasets/${CRIMES}`);
      await expect(page.getByRole('heading', { level: 2, name: t(lang, 'passport_heading') })).toBeVisible();
      // The catalogue's rows (the owner) arrive after the metadata's.
      await expect(page.getByRole('term').filter({ hasText: t(lang, 'owner') })).toBeVisible();
      await expect(page.getByRole('table', { name: t(lang, 'fields_heading') })).toBeVisible();
      const portalPage = `${PORTAL}/datasets/view?index=${CRIMES}`;
      await expect(page.getByRole('link', { name: t(lang, 'sub_on_portal') })).toHaveAttribute('href', portalPage);
      const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });

      await tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }).click();
      await expect(page.getByRole('main').getByRole('table').locator('tbody tr')).toHaveCount(20);
      await tabs.getByRole('link', { name: t(lang, 'tab_api'), exact: true }).click();
      await expect(page.getByRole('main').locator('pre, code').first()).toBeVisible();
      await tabs.getByRole('link', { name: t(lang, 'tab_map'), exact: true }).click();
      await expect(page.getByRole('main').locator('.map-summary')).toBeVisible();

      for (const [tab, key] of [['tab_comments', 'on_portal_comments'], ['tab_requests', 'on_portal_requests']]) {
        await tabs.getByRole('link', { name: t(lang, tab), exact: true }).click();
        await expect(page.getByRole('main').getByText(t(lang, key))).toBeVisible();
        await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'on_portal_link') })).toHaveAttribute('href', portalPage);
      }
      await noErrorNoSignIn(page, lang);
    });

    test('applications, apps and subscriptions say where they are on the portal', async ({ page, consoleGuard }) => {
      consoleGuard.allowExtensionProbe();
      for (const [path, heading, key] of [
        ['applications', 'nav_applications', 'on_portal_applications'],
        ['applications/new', 'nav_applications', 'on_portal_applications'],
        ['apps', 'nav_apps', 'on_portal_apps'],
        ['account/subscriptions', 'nav_subscriptions', 'on_portal_subscriptions'],
      ]) {
        await page.goto(`/${lang}/${path}`);
        await expect(h1(page)).toHaveText(t(lang, heading));
        await expect(page.getByRole('main').getByText(t(lang, key))).toBeVisible();
        await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'on_portal_link') })).toHaveAttribute('href', `${PORTAL}/`);
        await noErrorNoSignIn(page, lang);
      }
    });
  });
}

test.describe('the catalogue failing (kk)', () => {
  const lang: Lang = 'kk';
  const counters = (page: Page) => page.getByRole('region', { name: t(lang, 'stats_heading') });
  const retry = (page: Page) => counters(page).getByRole('button', { name: t(lang, 'retry'), exact: true });

  for (const [what, f, key] of [
    ['unreachable', { path: '/catalogue/', status: 503 }, 'error_server'],
    ['truncated', { path: '/catalogue/catalogue-', body: 'malformed' }, 'error_decode'],
  ] as const) {
    test(`${what}: a message in the page's language, and "Try again" works`, async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await todayFault(request, f);
      await page.goto(`/${lang}/`);
      await expect(counters(page).getByRole('alert')).toContainText(t(lang, key, { status: 503 }));
      await clearTodayFaults(request);
      await retry(page).click();
      await expect(counters(page).getByRole('listitem').first()).toBeVisible();
    });
  }

  test('offline: said so, and "Try again" works', async ({ page, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const match = (u: URL) => u.pathname.startsWith('/catalogue/');
    await page.route(match, (r) => r.abort('internetdisconnected'));
    await page.goto(`/${lang}/`);
    await expect(counters(page).getByRole('alert')).toContainText(t(lang, 'error_offline'));
    await page.unroute(match);
    await retry(page).click();
    await expect(counters(page).getByRole('listitem').first()).toBeVisible();
  });

  test('of a newer format: the page asks for a reload', async ({ page, consoleGuard }) => {
    consoleGuard.allowExtensionProbe();
    await page.route('**/catalogue/manifest.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify({ format: 99, file: 'catalogue-x.json' }) }),
    );
    await page.goto(`/${lang}/datasets`);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(t(lang, 'error_outdated'));
  });

  test('hostile strings in it are shown as text, never run', async ({ page, consoleGuard }) => {
    consoleGuard.allowExtensionProbe();
    await page.goto(`/${lang}/datasets?text=${encodeURIComponent('Интернет-ресурсы')}`);
    await expect(page.getByRole('main').getByText(lit('<script>window.__pwned=1</script>')).first()).toBeVisible();
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });
});
