import { test, expect, LANGS, t, plural, sim, h1, fault, lit, openFilters, closeFilters } from './helpers';
import type { Page } from '@playwright/test';

const nameKey = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;
const api = (q: string) => `/api/portal/datasets?${q}`;
const countText = (page: Page, lang: (typeof LANGS)[number], n: number) =>
  page.getByRole('main').getByText(plural(lang, 'datasets_count', n), { exact: true });

for (const lang of LANGS) {
  test.describe(`search (${lang})`, () => {
    test('typing searches after a pause, puts the text in the URL and highlights matches', async ({ page, request }) => {
      // A word in the UI language, so the names shown contain what is highlighted.
      const word = { kk: 'мектептер', ru: 'школы', en: 'schools' }[lang];
      const expected = await sim(request, api(`text=${encodeURIComponent(word)}&lang=${lang}&size=20`));
      expect(expected.totalCount).toBeGreaterThan(0);
      await page.goto(`/${lang}/datasets`);
      const box = page.getByRole('searchbox', { name: t(lang, 'search_label') });
      await box.pressSequentially(word, { delay: 40 });
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets\\?text=${encodeURIComponent(word)}$`));
      await expect(countText(page, lang, expected.totalCount)).toBeVisible();
      await expect(box).toBeFocused();
      await expect(box).toHaveValue(word);
      await expect(page.getByRole('main').locator('.dataset-card mark').first()).toBeVisible();
      await expect(page).toHaveTitle(lit(`${t(lang, 'nav_datasets')}: ${word}`));
      await expect(page.getByRole('status')).toHaveText(plural(lang, 'datasets_count', expected.totalCount));
    });

    test('Kazakh typed in Latin finds the Cyrillic datasets', async ({ page, request }) => {
      const latin = await sim(request, api(`text=mektep&lang=${lang}`));
      const cyr = await sim(request, api(`text=${encodeURIComponent('мектеп')}&lang=${lang}`));
      expect(latin.totalCount).toBeGreaterThan(0);
      expect(latin.totalCount).toBe(cyr.totalCount);
      await page.goto(`/${lang}/datasets`);
      await page.getByRole('searchbox', { name: t(lang, 'search_label') }).fill('mektep');
      await page.getByRole('searchbox', { name: t(lang, 'search_label') }).press('Enter');
      await expect(page).toHaveURL(new RegExp(`\\?text=mektep$`));
      await expect(countText(page, lang, latin.totalCount)).toBeVisible();
      const first = latin.datasets[0];
      const name = first[nameKey[lang]] || first.nameRu || first.nameKk;
      await expect(page.getByRole('main').getByRole('link', { name: lit(name) }).first()).toBeVisible();
    });

    test('a category and two agencies: counts agree, chips remove, reload and back restore', async ({ page, request }) => {
      const base = await sim(request, api(`lang=${lang}`));
      const cat = base.facets.categories[0];
      const withCat = await sim(request, api(`category=${cat.id}&lang=${lang}`));
      const [a1, a2] = withCat.facets.agencies.filter((a: any) => a.count > 0).slice(0, 2);
      const expected = await sim(request, api(`category=${cat.id}&agency=${a1.id}&agency=${a2.id}&lang=${lang}`));
      // Each dataset has one owner: the two agencies' counts add up to the total.
      expect(expected.totalCount).toBe(a1.count + a2.count);

      await page.goto(`/${lang}/datasets`);
      const main = page.getByRole('main');
      await openFilters(page, lang);
      await main.getByRole('checkbox', { name: lit(cat[nameKey[lang]] || cat.nameRu) }).first().check();
      await expect(page).toHaveURL(new RegExp(`\\?category=${cat.id}$`));
      await expect(countText(page, lang, withCat.totalCount)).toBeVisible();
      for (const a of [a1, a2]) {
        await main.getByRole('checkbox', { name: lit(a[nameKey[lang]] || a.nameRu) }).first().check();
      }
      await expect(page).toHaveURL(new RegExp(`\\?category=${cat.id}&agency=${a1.id}&agency=${a2.id}$`));
      await closeFilters(page, lang);
      await expect(countText(page, lang, expected.totalCount)).toBeVisible();

      await page.reload();
      await expect(countText(page, lang, expected.totalCount)).toBeVisible();
      await openFilters(page, lang);
      await expect(main.getByRole('checkbox', { name: lit(a2[nameKey[lang]] || a2.nameRu) }).first()).toBeChecked();
      await closeFilters(page, lang);

      // A chip removes its filter.
      const chips = main.getByRole('group', { name: t(lang, 'active_filters') });
      await chips.getByRole('button', { name: t(lang, 'remove_filter', { name: a2[nameKey[lang]] || a2.nameRu }) }).click();
      await expect(page).toHaveURL(new RegExp(`\\?category=${cat.id}&agency=${a1.id}$`));
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`&agency=${a2.id}$`));
      await expect(countText(page, lang, expected.totalCount)).toBeVisible();
      await chips.getByRole('button', { name: t(lang, 'clear_all') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets$`));
      await expect(countText(page, lang, base.totalCount)).toBeVisible();
    });

    test('switching language keeps the text and the filters', async ({ page, request }) => {
      const base = await sim(request, api(`lang=${lang}`));
      const cat = base.facets.categories[1];
      await page.goto(`/${lang}/datasets?text=bilim&category=${cat.id}`);
      await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
      const to = lang === 'en' ? 'kk' : 'en';
      const name = to === 'en' ? 'English' : 'Қазақша';
      await page.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link', { name }).click();
      await expect(page).toHaveURL(new RegExp(`/${to}/datasets\\?text=bilim&category=${cat.id}$`));
      await expect(page.getByRole('searchbox', { name: t(to, 'search_label') })).toHaveValue('bilim');
      await openFilters(page, to);
      await expect(page.getByRole('main').getByRole('checkbox', { name: lit(cat[nameKey[to]] || cat.nameRu) }).first()).toBeChecked();
    });

    test('nothing found: says so and offers to drop the filters', async ({ page, request }) => {
      const base = await sim(request, api(`lang=${lang}`));
      const cat = base.facets.categories[0];
      await page.goto(`/${lang}/datasets?text=qqqzzzxxx&category=${cat.id}`);
      const main = page.getByRole('main');
      await expect(main.getByText(t(lang, 'no_results'))).toBeVisible();
      await main.getByRole('button', { name: t(lang, 'search_without_filters') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets\\?text=qqqzzzxxx$`));
      await main.getByRole('link', { name: t(lang, 'search_without_text') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets$`));
      await expect(countText(page, lang, base.totalCount)).toBeVisible();
    });

    test('a failing search shows an error, keeps the query and recovers on retry', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      // The catalogue the search runs over cannot be fetched, once.
      await fault(request, { path: '/catalogue/', status: 500, times: 1 });
      await page.goto(`/${lang}/datasets?text=bilim`);
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText(t(lang, 'error_server', { status: 500 }));
      await expect(page.getByRole('searchbox', { name: t(lang, 'search_label') })).toHaveValue('bilim');
      await alert.getByRole('button', { name: t(lang, 'retry') }).click();
      const expected = await sim(request, api(`text=bilim&lang=${lang}`));
      await expect(countText(page, lang, expected.totalCount)).toBeVisible();
    });
  });
}

test.describe('search on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const lang of LANGS) {
    test(`filters open as a drawer with "show N results" (${lang})`, async ({ page, request }) => {
      const base = await sim(request, api(`lang=${lang}`));
      const cat = base.facets.categories[2];
      await page.goto(`/${lang}/datasets`);
      const main = page.getByRole('main');
      const checkbox = main.getByRole('checkbox', { name: lit(cat[nameKey[lang]] || cat.nameRu) }).first();
      await expect(checkbox).toBeHidden();
      const toggle = main.getByRole('button', { name: t(lang, 'filters_heading') });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await checkbox.check();
      await expect(page).toHaveURL(new RegExp(`\\?category=${cat.id}$`));
      const show = main.getByRole('button', { name: plural(lang, 'show_results', cat.count) });
      await show.click();
      await expect(checkbox).toBeHidden();
      await expect(countText(page, lang, cat.count)).toBeVisible();
      // No sideways scrolling on a phone.
      const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(sw).toBeLessThanOrEqual(cw);
    });
  }
});

test('paging moves focus to the new results and keeps the filters', async ({ page, request }) => {
  const lang = 'en';
  const r = await sim(request, api(`text=bilim&lang=${lang}`));
  expect(r.totalCount).toBeGreaterThan(20);
  await page.goto(`/${lang}/datasets?text=bilim`);
  const pages = page.getByRole('navigation', { name: t(lang, 'pagination_label') });
  await pages.getByRole('link', { name: t(lang, 'page_next') }).click();
  await expect(page).toHaveURL(new RegExp(`\\?text=bilim&page=2$`));
  await expect(page.getByRole('heading', { name: t(lang, 'results_heading') })).toBeFocused();
  await expect(pages.getByRole('link', { name: t(lang, 'page_n', { n: 2 }) })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(lit(`(${t(lang, 'page_of', { page: 2, total: Math.ceil(r.totalCount / 20) })})`));
});

test('the sort applies on a pick, but not while arrowing through the options', async ({ page }) => {
  const lang = 'en';
  await page.goto(`/${lang}/datasets?text=bilim`);
  const select = page.getByRole('combobox', { name: t(lang, 'sort_label') });
  await select.selectOption('views');
  await expect(page).toHaveURL(/\?text=bilim&sort=views$/);
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Still the old order in the URL while arrowing…
  await expect(page).toHaveURL(/\?text=bilim&sort=views$/);
  await page.keyboard.press('Enter');
  // …and the one arrived at once confirmed.
  await expect(page).toHaveURL(/\?text=bilim&sort=name$/);
});
