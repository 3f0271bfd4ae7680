// The seed's hostile strings (docs/portal-api.md §4.5: script and img tags, `javascript:`,
// `JaVaScRiPt:` and `data:` URLs in dataset names, descriptions, keywords and rows, a comment, an
// application and a showcase app) are shown as text on every page and tab where they appear, in
// all three languages: no payload ever runs (each would set `window.__pwned`), no markup from the
// data becomes an element, and no `javascript:`, `data:` or `vbscript:` URL is ever a link. Text
// a citizen sends (a comment, a request for update) is held to the same.
import type { Page } from '@playwright/test';
import { test, expect, LANGS, type Lang, t, sim, h1, lit } from './helpers';
import { signIn } from './session';

/** Script tags in names, img tags in descriptions, dangerous URLs in rows. */
const LINKS = 'memlekettik_organdardyn_intern1';
/** Right-to-left overrides in names, img tags in descriptions and rows. */
const BIDI = 'opendata-api-uri99001';
/** The application with a script tag in its title and `javascript:` in its description. */
const APPLICATION = 7007;
/** The showcase app whose web link is `javascript:`. */
const APP = 537;

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_URL = 'javascript:window.__pwned=1';
const RLO_NAME = '\u202Eexe.gpj\u202C';

/** A citizen of the hostile journeys (the fault sweep uses 31…33 for other things). */
const CITIZEN = 31;

/**
 * Nothing ran, nothing from the data became markup, no dangerous URL is a link, on the whole
 * page: as selectors, and as the browser itself parses every link (case, leading spaces, tabs).
 */
async function harmless(page: Page, where: string) {
  expect(await page.evaluate(() => (window as any).__pwned), `${where}: a payload ran`).toBeUndefined();
  const schemes = ['javascript:', 'data:', 'vbscript:'];
  const selector = schemes.map((s) => `a[href^="${s}" i], area[href^="${s}" i]`).join(', ');
  expect(await page.locator(selector).count(), `${where}: a dangerous URL is a link`).toBe(0);
  const parsed = await page.evaluate(
    (schemes) =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href], area[href]')]
        .filter((a) => schemes.includes(a.protocol))
        .map((a) => a.outerHTML),
    schemes,
  );
  expect(parsed, `${where}: links the browser reads as dangerous`).toEqual([]);
  const markup = 'main script, main [onerror], main img[src="x"], main iframe, main object, main embed, main b';
  expect(await page.locator(markup).count(), `${where}: markup from the data`).toBe(0);
}

for (const lang of LANGS) {
  test(`the seed's hostile text stays text on every page and tab (${lang})`, async ({ page, request }) => {
    const main = page.getByRole('main');

    // The catalogue finds them (and highlights the match inside the script tag's text).
    await page.goto(`/${lang}/datasets?text=pwned`);
    await expect(main.getByRole('link', { name: lit(SCRIPT) })).toBeVisible();
    await expect(main.getByRole('link', { name: lit(RLO_NAME) })).toBeVisible();
    await harmless(page, 'catalogue');

    // The dataset: name, description, keywords; the apps that use it.
    await page.goto(`/${lang}/datasets/${LINKS}`);
    await expect(h1(page)).toContainText(SCRIPT);
    await expect(main.getByText(lit(IMG))).toBeVisible();
    await expect(main.getByRole('table', { name: t(lang, 'fields_heading') })).toBeVisible();
    const app = await sim(request, `/api/portal/apps/${APP}`);
    await expect(main.getByRole('link', { name: lit(app[{ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' }[lang]]) })).toBeVisible();
    await harmless(page, 'passport');

    // Its rows: every dangerous URL is a cell's text.
    await page.goto(`/${lang}/datasets/${LINKS}/data`);
    const table = main.getByRole('table');
    for (const text of [JS_URL, 'JaVaScRiPt:window.__pwned=1', `data:text/html,${SCRIPT}`, `Портал ${SCRIPT}`, `info@gov.kz">${SCRIPT}`]) {
      await expect(table.getByRole('cell', { name: text, exact: true }).first()).toBeVisible();
    }
    await expect(table.getByRole('cell', { name: `Ресурс ${IMG}`, exact: true }).first()).toBeVisible();
    await harmless(page, 'data tab');

    await page.goto(`/${lang}/datasets/${LINKS}/api`);
    await expect(main.getByRole('textbox', { name: t(lang, 'api_key_label') })).toBeVisible();
    await expect(h1(page)).toContainText(SCRIPT);
    await harmless(page, 'API tab');

    // No coordinates: the map tab says so (its link is not offered, the URL still works).
    await page.goto(`/${lang}/datasets/${LINKS}/map`);
    await expect(main.getByText(t(lang, 'map_no_coordinates'))).toBeVisible();
    await harmless(page, 'map tab');

    // The seeded hostile comment.
    await page.goto(`/${lang}/datasets/${LINKS}/comments`);
    await expect(main.getByText(lit(`Посмотрите тут: ${JS_URL} ${IMG} ${SCRIPT}`))).toBeVisible();
    await harmless(page, 'comments tab');

    await page.goto(`/${lang}/datasets/${LINKS}/requests`);
    await expect(main.getByRole('heading', { level: 2, name: t(lang, 'tab_requests') })).toBeVisible();
    await harmless(page, 'requests tab');

    // Bidi overrides and img tags.
    await page.goto(`/${lang}/datasets/${BIDI}`);
    await expect(h1(page)).toContainText(RLO_NAME);
    await expect(main.getByText(lit(IMG))).toBeVisible();
    await harmless(page, 'bidi passport');
    await page.goto(`/${lang}/datasets/${BIDI}/data`);
    await expect(main.getByRole('table').getByRole('cell', { name: IMG, exact: true }).first()).toBeVisible();
    await harmless(page, 'bidi data tab');

    // Applications: a search that finds it, and the application.
    await page.goto(`/${lang}/applications?text=pwned`);
    await expect(main.getByRole('link', { name: lit(SCRIPT) })).toBeVisible();
    await harmless(page, 'applications search');
    const a = await sim(request, `/api/portal/applications/${APPLICATION}`);
    await page.goto(`/${lang}/applications/${APPLICATION}`);
    await expect(h1(page)).toContainText(SCRIPT);
    await expect(main.getByText(lit(a.description))).toBeVisible();
    // The answer in the UI language, else the fallback (kk has the script tag, ru the img tag).
    await expect(main.getByText(lit(a.answer.answerKk)).or(main.getByText(lit(a.answer.answerRu)))).toBeVisible();
    await harmless(page, 'application');

    // The showcase, and the app whose web link is `javascript:`: text, never a link.
    await page.goto(`/${lang}/apps`);
    await expect(main.getByRole('link', { name: lit(app[{ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' }[lang]]) })).toBeVisible();
    await harmless(page, 'apps');
    await page.goto(`/${lang}/apps/${APP}`);
    await expect(main.getByText(JS_URL)).toBeVisible();
    await expect(main.getByRole('link', { name: lit(JS_URL) })).toHaveCount(0);
    await expect(main.getByText('<b>Sandbox</b> Team')).toBeVisible();
    await expect(main.getByRole('link', { name: lit(SCRIPT) })).toBeVisible();
    await harmless(page, 'app');
  });

  test(`what a citizen sends stays text too (${lang})`, async ({ page, request }) => {
    const main = page.getByRole('main');
    await signIn(page, CITIZEN);
    const stamp = `${lang}${Date.now()}`;
    const payload = `${IMG}${SCRIPT}<a href="javascript:window.__pwned=3">x</a> ${JS_URL} ${stamp}`;

    await page.goto(`/${lang}/datasets/${LINKS}/comments`);
    await main.getByRole('textbox', { name: t(lang, 'comment_label') }).fill(payload);
    await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
    await expect(main.getByRole('listitem').filter({ hasText: payload })).toHaveCount(1);
    await harmless(page, 'own comment');

    await page.goto(`/${lang}/datasets/${LINKS}/requests`);
    await main.getByRole('radio', { name: t(lang, 'reason_data_error') }).check();
    await main.getByRole('textbox', { name: t(lang, 'request_text_label') }).fill(payload);
    await main.getByRole('button', { name: t(lang, 'request_send') }).click();
    await expect(main.getByRole('listitem').filter({ hasText: payload })).toHaveCount(1);
    await harmless(page, 'own request');

    // Similar applications while writing one: the hostile application's title as text.
    await page.goto(`/${lang}/applications/new`);
    await main.getByRole('textbox', { name: t(lang, 'app_title_label') }).fill('pwned');
    const similar = main.getByRole('region', { name: t(lang, 'similar_applications') });
    await expect(similar.getByRole('link', { name: lit(SCRIPT) })).toBeVisible();
    await harmless(page, 'similar applications');

    // A subscription to the hostile dataset: its name on the account page.
    const s = await page.request.get('/api/portal/session');
    const csrf = (await s.json()).csrfToken;
    const r = await page.request.post('/api/portal/subscriptions', {
      headers: { 'X-CSRF-Token': csrf },
      data: { kind: 'dataset', target: LINKS, channels: { sms: false, email: true, push: false } },
    });
    expect(r.ok(), `subscribe -> ${r.status()}`).toBeTruthy();
    await page.goto(`/${lang}/account/subscriptions`);
    await expect(main.getByRole('link', { name: lit(SCRIPT) })).toBeVisible();
    await harmless(page, 'account');
  });
}

test('a hostile value in a map popup stays text', async ({ page, consoleGuard }) => {
  // The seed's hostile datasets have no coordinates: put the payload into a row on its way.
  consoleGuard.allowFailedRequests();
  await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
  const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
  await page.route(
    (u) => u.pathname.startsWith(`/api/detailed/${CRIMES}/`),
    async (route) => {
      const r = await route.fetch();
      const body = await r.json();
      for (const row of body.data) row.city_code = `${IMG}${SCRIPT}`;
      await route.fulfill({ response: r, json: body });
    },
  );
  await page.goto(`/en/datasets/${CRIMES}/map?from.objectid=1&to.objectid=1`);
  const marker = page.locator('.map path.leaflet-interactive');
  await expect(marker).toHaveCount(1);
  await marker.click();
  const popup = page.locator('.leaflet-popup-content');
  await expect(popup).toContainText(`${IMG}${SCRIPT}`);
  await expect(popup.locator('img, script')).toHaveCount(0);
  await harmless(page, 'map popup');
});
