// The "version for the visually impaired": the header panel, its settings on the root element,
// persistence and application before the first paint, reflow at 320 px, contrast (axe), images
// off, and the device preferences (dark, more contrast, reduced motion) when nothing is saved.
import { test, expect, LANGS, Lang, t, axe, h1 } from './helpers';
import type { Page } from '@playwright/test';

const KEY = 'opendata.lowvision';
const DS = 'advokattar_tizimi14';
const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
// A 1×1 PNG for map tiles (no tile server is reachable in tests).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const toggle = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'lv_toggle') });
const panel = (page: Page, lang: Lang) => page.getByRole('region', { name: t(lang, 'lv_panel_title') });
const radio = (page: Page, lang: Lang, group: string, option: string) =>
  panel(page, lang).getByRole('group', { name: t(lang, group) }).getByRole('radio', { name: option, exact: true });

async function openPanel(page: Page, lang: Lang) {
  await toggle(page, lang).click();
  await expect(toggle(page, lang)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page, lang)).toBeVisible();
}

/** 200 %, large spacing, white on black, through the panel. */
async function chooseBigWhiteOnBlack(page: Page, lang: Lang) {
  await radio(page, lang, 'lv_size', t(lang, 'lv_size_200')).check();
  await radio(page, lang, 'lv_spacing', t(lang, 'lv_spacing_large')).check();
  await radio(page, lang, 'lv_scheme', t(lang, 'lv_scheme_wob')).check();
}

const styles = (page: Page) =>
  page.evaluate(() => {
    const html = document.documentElement;
    const h = document.querySelector('h1');
    const b = getComputedStyle(document.body);
    return {
      data: { ...html.dataset },
      rootFont: getComputedStyle(html).fontSize,
      bg: b.backgroundColor,
      fg: b.color,
      h1Font: h ? parseFloat(getComputedStyle(h).fontSize) : 0,
      h1Spacing: h ? parseFloat(getComputedStyle(h).letterSpacing) || 0 : 0,
    };
  });

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => {
    const d = document.documentElement;
    // The elements sticking out, for the failure message.
    const out = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)}px)`);
    return { scroll: d.scrollWidth, client: d.clientWidth, out };
  });

for (const lang of LANGS) {
  test.describe(`low-vision version (${lang})`, () => {
    test('the panel applies settings at once, keeps them, applies them before the app, resets', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(h1(page)).toHaveText(t(lang, 'home_title'));
      const before = await styles(page);
      expect(before.rootFont).toBe('16px');
      await expect(toggle(page, lang)).toHaveAttribute('aria-expanded', 'false');
      await expect(panel(page, lang)).toBeHidden();

      await openPanel(page, lang);
      // Every setting is a labelled radio group, the standard option chosen.
      for (const g of ['lv_font', 'lv_size', 'lv_spacing', 'lv_scheme', 'lv_images']) {
        await expect(panel(page, lang).getByRole('group', { name: t(lang, g) })).toBeVisible();
      }
      await expect(radio(page, lang, 'lv_size', t(lang, 'lv_standard'))).toBeChecked();
      await expect(radio(page, lang, 'lv_font', 'Times New Roman')).not.toBeChecked();

      await chooseBigWhiteOnBlack(page, lang);
      await radio(page, lang, 'lv_font', 'Arial').check();
      const after = await styles(page);
      expect(after.data).toMatchObject({ lvSize: '200', lvSpacing: 'large', lvScheme: 'wob', lvFont: 'arial' });
      expect(after.rootFont).toBe('32px');
      expect(after.h1Font).toBeCloseTo(before.h1Font * 2, 0);
      expect(after.h1Spacing).toBeCloseTo(after.h1Font * 0.25, 0);
      expect(after.bg).toBe('rgb(0, 0, 0)');
      expect(after.fg).toBe('rgb(255, 255, 255)');
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Arial/);
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) || '{}')).toEqual({
        font: 'arial', size: '200', spacing: 'large', scheme: 'wob',
      });

      // Esc closes the panel and puts focus back on its button.
      await radio(page, lang, 'lv_scheme', t(lang, 'lv_scheme_wob')).focus();
      await page.keyboard.press('Escape');
      await expect(panel(page, lang)).toBeHidden();
      await expect(toggle(page, lang)).toBeFocused();
      await expect(toggle(page, lang)).toHaveAttribute('aria-expanded', 'false');

      // Reload with the app's wasm held back: the settings are on <html> before the app renders.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.dataset.lvSize === '200');
      const early = await page.evaluate(() => ({
        h1: document.querySelector('h1') !== null,
        header: document.querySelector('.site-header') !== null,
        data: { ...document.documentElement.dataset },
        rootFont: getComputedStyle(document.documentElement).fontSize,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
      expect(early.h1).toBe(false);
      expect(early.header).toBe(false);
      expect(early.data).toMatchObject({ lvSize: '200', lvSpacing: 'large', lvScheme: 'wob', lvFont: 'arial' });
      expect(early.rootFont).toBe('32px');
      expect(early.bg).toBe('rgb(0, 0, 0)');
      release();
      await expect(h1(page)).toHaveText(t(lang, 'home_title'));
      await page.unroute(/\.wasm$/);
      expect((await styles(page)).data).toMatchObject({ lvSize: '200', lvSpacing: 'large', lvScheme: 'wob' });

      // The panel shows the saved choice; axe finds nothing in either strict scheme.
      await openPanel(page, lang);
      await expect(radio(page, lang, 'lv_size', t(lang, 'lv_size_200'))).toBeChecked();
      await expect(radio(page, lang, 'lv_scheme', t(lang, 'lv_scheme_wob'))).toBeChecked();
      expect(await axe(page)).toEqual([]);
      await radio(page, lang, 'lv_scheme', t(lang, 'lv_scheme_blue')).check();
      expect((await styles(page)).bg).toBe('rgb(157, 209, 255)');
      expect((await styles(page)).fg).toBe('rgb(6, 52, 98)');
      expect(await axe(page)).toEqual([]);
      await page.goto(`/${lang}/datasets/${DS}/data`);
      await expect(page.getByRole('table')).toBeVisible();
      expect(await axe(page)).toEqual([]);

      // Reset: the standard look, nothing saved (so the device's preferences apply again).
      await openPanel(page, lang);
      await panel(page, lang).getByRole('button', { name: t(lang, 'lv_reset') }).click();
      await expect(radio(page, lang, 'lv_size', t(lang, 'lv_standard'))).toBeChecked();
      await expect(radio(page, lang, 'lv_scheme', t(lang, 'lv_standard'))).toBeChecked();
      const reset = await styles(page);
      expect(reset.data.lvSize).toBeUndefined();
      expect(reset.data.lvScheme).toBeUndefined();
      expect(reset.data.lvSpacing).toBeUndefined();
      expect(reset.data.lvFont).toBeUndefined();
      expect(reset.rootFont).toBe('16px');
      expect(reset.bg).toBe('rgb(255, 255, 255)');
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
      await panel(page, lang).getByRole('button', { name: t(lang, 'lv_close') }).click();
      await expect(panel(page, lang)).toBeHidden();
      await expect(toggle(page, lang)).toBeFocused();
    });

    test('200 % with large spacing reflows at 320 px: no horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`/${lang}/`);
      await expect(h1(page)).toBeVisible();
      await openPanel(page, lang);
      await chooseBigWhiteOnBlack(page, lang);
      // The open panel itself fits.
      let m = await noHorizontalScroll(page);
      expect(m.scroll, `home with the panel open: ${m.out.join(', ')}`).toBeLessThanOrEqual(m.client);
      await page.keyboard.press('Escape');

      for (const path of ['/', '/datasets', `/datasets/${DS}`, `/datasets/${DS}/data`, '/applications']) {
        await page.goto(`/${lang}${path}`);
        await expect(h1(page)).toBeVisible();
        if (path.endsWith('/data')) await expect(page.getByRole('table')).toBeVisible();
        if (path === '/datasets') await expect(page.locator('.dataset-card').first()).toBeVisible();
        m = await noHorizontalScroll(page);
        expect(m.scroll, `${path}: ${m.out.join(', ')}`).toBeLessThanOrEqual(m.client);
        // Header controls and headings are neither cut off nor pushed off-screen.
        const nav = page.getByRole('navigation', { name: t(lang, 'nav_label') });
        for (const el of [toggle(page, lang), h1(page), nav.getByRole('link', { name: t(lang, 'nav_datasets'), exact: true })]) {
          const box = await el.boundingBox();
          expect(box, path).not.toBeNull();
          expect(box!.x, path).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, path).toBeLessThanOrEqual(m.client + 1);
        }
      }
      // The catalogue's filter drawer fits too.
      await page.goto(`/${lang}/datasets`);
      await page.getByRole('button', { name: t(lang, 'filters_heading'), exact: true }).click();
      const drawer = await page.locator('#facet-panel').evaluate((e) => ({ s: e.scrollWidth, c: e.clientWidth }));
      expect(drawer.s).toBeLessThanOrEqual(drawer.c);
    });

    test('images off hides pictures and map tiles, the map data stays', async ({ page }) => {
      await page.route(/tile\.openstreetmap\.org/, (r) => r.fulfill({ contentType: 'image/png', body: PNG }));
      await page.goto(`/${lang}/datasets/${CRIMES}/map?from.objectid=1&to.objectid=1`);
      const tiles = page.locator('.leaflet-tile-pane img').first();
      await expect(tiles).toBeVisible();
      // A content picture (the app shows none yet; the rule covers any).
      await page.evaluate((png) => {
        const img = document.createElement('img');
        img.src = `data:image/png;base64,${png}`;
        img.alt = 'test picture';
        img.width = 40;
        img.height = 40;
        img.id = 'lv-test-img';
        document.querySelector('main')!.append(img);
      }, PNG.toString('base64'));
      await expect(page.locator('#lv-test-img')).toBeVisible();

      await openPanel(page, lang);
      await radio(page, lang, 'lv_images', t(lang, 'lv_images_off')).check();
      await expect(page.locator('html')).toHaveAttribute('data-lv-images', 'off');
      await expect(tiles).toBeHidden();
      await expect(page.locator('#lv-test-img')).toBeHidden();
      // The points and the text alternative (the table link) remain.
      await expect(page.locator('.map path.leaflet-interactive')).toHaveCount(1);
      await expect(page.locator('.map path.leaflet-interactive')).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'map_table_alternative') })).toBeVisible();

      await radio(page, lang, 'lv_images', t(lang, 'lv_images_on')).check();
      await expect(tiles).toBeVisible();
      await expect(page.locator('#lv-test-img')).toBeVisible();
    });
  });
}

test.describe('device preferences when nothing is saved', () => {
  test('dark mode gets a dark theme that passes WCAG AA', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    await expect(h1(page)).toBeVisible();
    const s = await styles(page);
    expect(s.data.lvScheme).toBeUndefined();
    expect(s.bg).toBe('rgb(18, 20, 23)');
    await openPanel(page, 'en');
    await expect(radio(page, 'en', 'lv_scheme', t('en', 'lv_standard'))).toBeChecked();
    expect(await axe(page)).toEqual([]);
    await page.goto(`/en/datasets/${DS}/data`);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto('/en/datasets');
    await expect(page.locator('.dataset-card').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
    // A chosen scheme wins over the device.
    await openPanel(page, 'en');
    await radio(page, 'en', 'lv_scheme', t('en', 'lv_scheme_bow')).check();
    expect((await styles(page)).bg).toBe('rgb(255, 255, 255)');
  });

  test('more contrast gets black on white (white on black when dark)', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more', colorScheme: 'light' });
    await page.goto('/en/');
    await expect(h1(page)).toBeVisible();
    let s = await styles(page);
    expect([s.bg, s.fg]).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ contrast: 'more', colorScheme: 'dark' });
    s = await styles(page);
    expect([s.bg, s.fg]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('reduced motion: no transitions, animations or smooth scrolling', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/en/');
    await expect(h1(page)).toBeVisible();
    const m = await toggle(page, 'en').evaluate((e) => {
      // Even a transition or animation set on an element is switched off.
      (e as HTMLElement).style.setProperty('transition', 'color 2s');
      (e as HTMLElement).style.setProperty('animation', 'spin 2s infinite');
      const cs = getComputedStyle(e);
      return { t: cs.transitionDuration, a: cs.animationName, sb: getComputedStyle(document.documentElement).scrollBehavior };
    });
    expect(m).toEqual({ t: '0s', a: 'none', sb: 'auto' });
  });
});
