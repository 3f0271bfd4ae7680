import { test, expect, LANGS, t, sim, h1, lit, axe, onPhone } from './helpers';

const other = { kk: 'ru', ru: 'en', en: 'kk' } as const;
const langName = { kk: 'lang_name_kk', ru: 'lang_name_ru', en: 'lang_name_en' } as const;

test('/ goes to the browser language, then to the saved one', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'ru-RU' });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru\/$/);
  await expect(h1(page)).toHaveText(t('ru', 'home_title'));
  // Choosing English is remembered for the next visit to `/`.
  await page.getByRole('navigation', { name: t('ru', 'language_label') }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await ctx.close();
});

test('a browser language the portal does not speak falls back to Kazakh', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'de-DE' });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/kk\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await ctx.close();
});

for (const lang of LANGS) {
  test.describe(`shell (${lang})`, () => {
    test('switching language keeps the path and the query', async ({ page, request }) => {
      const cats: any[] = await sim(request, '/api/portal/categories');
      const path = `/${lang}/datasets?category=${cats[1].id}&sort=views&page=2`;
      await page.goto(path);
      await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
      const to = other[lang];
      await page.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link', { name: t(lang, langName[to]) }).click();
      await expect(page).toHaveURL(path.replace(`/${lang}/`, `/${to}/`));
      await expect(h1(page)).toHaveText(t(to, 'nav_datasets'));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.getByRole('link', { name: t(to, langName[to]) })).toHaveAttribute('aria-current', 'true');
      // Back returns to the first language.
      await page.goBack();
      await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
    });

    test('a deep link to a dataset reloads to the same page', async ({ page, request }) => {
      const list = await sim(request, `/api/portal/datasets?sort=views&size=1&lang=${lang}`);
      const d = list.datasets[0];
      const key = lang === 'kk' ? 'nameKk' : lang === 'ru' ? 'nameRu' : 'nameEn';
      const name = d[key] || d.nameRu || d.nameKk || d.nameEn;
      await page.goto(`/${lang}/datasets/${d.apiUri}`);
      await expect(h1(page)).toContainText(name);
      await page.reload();
      await expect(h1(page)).toContainText(name);
      await expect(page).toHaveTitle(lit(name));
      await expect(page.getByRole('table')).toBeVisible();
    });

    test('unknown paths show a 404 page that leads on', async ({ page }) => {
      await page.goto(`/${lang}/no/such/page`);
      await expect(h1(page)).toHaveText(t(lang, 'not_found_title'));
      await expect(page).toHaveTitle(lit(t(lang, 'not_found_title')));
      await page.getByRole('main').getByRole('link', { name: t(lang, 'not_found_home') }).click();
      await expect(h1(page)).toHaveText(t(lang, 'home_title'));
      await expect(h1(page)).toBeFocused();
      expect(await axe(page)).toEqual([]);
    });

    test('an unknown dataset says so and links to the search', async ({ page, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await page.goto(`/${lang}/datasets/no_such_dataset_index`);
      await expect(h1(page)).toHaveText(t(lang, 'dataset_not_found'));
      await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'not_found_search') })).toBeVisible();
    });

    test('skip link and main menu are reachable by keyboard', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(h1(page)).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: t(lang, 'skip_link') });
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      const nav = page.getByRole('navigation', { name: t(lang, 'nav_label') });
      await expect(nav.getByRole('link', { name: t(lang, 'nav_home') })).toHaveAttribute('aria-current', 'page');
      await nav.getByRole('link', { name: t(lang, 'nav_datasets') }).click();
      await expect(h1(page)).toBeFocused();
      await expect(nav.getByRole('link', { name: t(lang, 'nav_datasets') })).toHaveAttribute('aria-current', 'page');
    });
  });
}

test('paths without a language get the preferred one', async ({ page }) => {
  await page.goto('/datasets?text=bilim');
  await expect(page).toHaveURL(/\/en\/datasets\?text=bilim$/);
});

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/kk/', '/ru/datasets?text=школы', '/en/applications', '/kk/apps', '/ru/datasets/advokattar_tizimi14', '/en/datasets/advokattar_tizimi14/data', '/kk/datasets/gbd_ul/api']) {
    test(`no sideways scrolling on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('main').locator('.dataset-card, .stats li, table, pre').first()).toBeVisible();
      const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(sw).toBeLessThanOrEqual(cw);
    });
  }
});

// The header's sign-in link comes with the session's answer; its room is kept meanwhile, so the
// page does not move (the nav used to wrap on a phone and push everything down).
for (const width of [360, 412]) {
  test(`the session's answer does not move the page (${width} px)`, async ({ page }) => {
    test.skip(onPhone(), 'sets its own viewport: once is enough');
    await page.setViewportSize({ width, height: 800 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/portal/session', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/kk/');
    await expect(h1(page)).toHaveText(t('kk', 'home_title'));
    const top = async () => (await page.getByRole('main').boundingBox())!.y;
    const before = await top();
    release();
    await expect(page.getByRole('banner').getByRole('link', { name: t('kk', 'sign_in'), exact: true })).toBeVisible();
    expect(await top()).toBe(before);
  });
}
