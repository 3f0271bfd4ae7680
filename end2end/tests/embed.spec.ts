// The app embedded by the eGov team: its built files under /opendata/ of a host page, mounted
// into the host's element, under a strict Content-Security-Policy, talking to the API on another
// origin with credentials. Any CSP violation is a console error, which fails the test.
import { test, expect, LANGS, t, h1, lit, sim } from './helpers';
import { EMBED } from '../playwright.config';

for (const lang of LANGS) {
  test(`embedded under /opendata/ with a strict CSP: search, open a dataset, sign in, comment (${lang})`, async ({ page, request }) => {
    const found = await sim(request, '/api/portal/datasets?text=school&size=1');
    const ds = found.datasets[0];
    const name: string = ds[{ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' }[lang]] || ds.nameRu;
    const response = await page.goto(`${EMBED}/opendata/${lang}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // The host's own page around the app's mount element.
    await expect(page.locator('.host-banner')).toBeVisible();
    const app = page.locator('#opendata-root');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'home_title'));

    // Search and open a dataset: every link stays under the base path.
    const box = app.getByRole('searchbox', { name: t(lang, 'search_label') });
    await box.fill('school');
    await box.press('Enter');
    await expect(page).toHaveURL(`${EMBED}/opendata/${lang}/datasets?text=school`);
    await app.getByRole('main').getByRole('link', { name: lit(name) }).first().click();
    await expect(page).toHaveURL(`${EMBED}/opendata/${lang}/datasets/${ds.apiUri}`);
    await expect(h1(page)).toBeFocused();

    // Sign in on the portal's (stand-in's) page on the API origin, and come back.
    await app.getByRole('link', { name: t(lang, 'tab_comments') }).click();
    await app.getByRole('main').getByRole('link', { name: t(lang, 'sign_in'), exact: true }).click();
    await page.getByRole('button').first().click();
    await expect(page).toHaveURL(`${EMBED}/opendata/${lang}/datasets/${ds.apiUri}/comments`);
    await expect(app.getByRole('button', { name: t(lang, 'sign_out') })).toBeVisible();
    // A change across origins: cookie and CSRF token travel with it.
    const text = `Embedded ${lang} ${Date.now()}`;
    await app.getByRole('textbox', { name: t(lang, 'comment_label') }).fill(text);
    await app.getByRole('button', { name: t(lang, 'comment_send') }).click();
    await expect(app.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);

    // Switching language keeps the base path and the rest.
    await app.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link').nth((LANGS.indexOf(lang) + 1) % 3).click();
    await expect(page).toHaveURL(new RegExp(`^${EMBED}/opendata/(kk|ru|en)/datasets/${ds.apiUri}/comments$`));
  });
}

test('styles stay on their side: the host\'s element rules never reach the app, the app\'s never reach the host; the host sets a theme colour', async ({ page }) => {
  await page.goto(`${EMBED}/opendata/en/`);
  const app = page.locator('#opendata-root');
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(t('en', 'home_title'));
  const look = await page.evaluate(() => {
    const cs = (e: Element | null) => getComputedStyle(e!);
    const h = cs(document.querySelector('#opendata-root h1'));
    const b = cs(document.querySelector('#opendata-root main button, #opendata-root header button'));
    const p = cs(document.querySelector('#opendata-root main p'));
    const hostButton = cs(document.querySelector('.host-button'));
    return {
      app: { h1Color: h.color, h1Case: h.textTransform, buttonSpacing: b.letterSpacing, pIndent: p.textIndent, header: cs(document.querySelector('#opendata-root header')).backgroundColor },
      host: { font: cs(document.body).fontFamily, color: cs(document.body).color, margin: cs(document.body).margin, button: [hostButton.borderRadius, hostButton.letterSpacing], boxSizing: cs(document.querySelector('.host-banner')).boxSizing },
    };
  });
  expect(look.app).toEqual({ h1Color: 'rgb(27, 31, 35)', h1Case: 'none', buttonSpacing: 'normal', pIndent: '0px', header: 'rgb(122, 31, 92)' });
  expect(look.host).toEqual({ font: 'Georgia, serif', color: 'rgb(51, 51, 51)', margin: '0px', button: ['20px', '3px'], boxSizing: 'content-box' });
});
