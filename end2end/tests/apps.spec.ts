import { test, expect, LANGS, t, plural, sim, h1, lit, openFilters, closeFilters } from './helpers';

const nameKey = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;
const pick = (o: any, lang: 'kk' | 'ru' | 'en') => o[nameKey[lang]] || (lang === 'kk' ? o.nameRu : o.nameRu || o.nameKk) || o.nameEn;

for (const lang of LANGS) {
  test.describe(`apps (${lang})`, () => {
    test('the showcase filters by platform and links app and dataset both ways', async ({ page, request }) => {
      const all = await sim(request, '/api/portal/apps?size=24');
      await page.goto(`/${lang}/apps`);
      await expect(h1(page)).toHaveText(t(lang, 'apps_title'));
      const main = page.getByRole('main');
      await expect(main.getByText(plural(lang, 'apps_count', all.totalCount), { exact: true })).toBeVisible();

      const android = all.facets.platforms.find((p: any) => p.id === 'android');
      await openFilters(page, lang);
      await main.getByRole('checkbox', { name: new RegExp(`^${t(lang, 'platform_android')}`) }).check();
      await expect(page).toHaveURL(new RegExp(`/${lang}/apps\\?platform=android$`));
      await closeFilters(page, lang);
      await expect(main.getByText(plural(lang, 'apps_count', android.count), { exact: true })).toBeVisible();

      const filtered = await sim(request, '/api/portal/apps?platform=android&size=24');
      const app = filtered.apps[0];
      await main.getByRole('link', { name: lit(pick(app, lang)) }).first().click();
      await expect(h1(page)).toContainText(pick(app, lang));
      const ds = app.datasets[0];
      await page.locator(`main a[href="/${lang}/datasets/${ds.apiUri}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${ds.apiUri}$`));
      // The dataset page lists the app back.
      await expect(page.locator(`main a[href="/${lang}/apps/${app.id}"]`)).toBeVisible();
    });
  });
}
