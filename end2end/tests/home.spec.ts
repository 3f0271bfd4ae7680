import { test, expect, LANGS, t, num, plural, sim, fault, clearFaults, h1, lit, axe } from './helpers';

for (const lang of LANGS) {
  test.describe(`home (${lang})`, () => {
    test('shows the counters and the categories from the portal', async ({ page, request }) => {
      const stats = await sim(request, '/api/portal/stats');
      const categories: any[] = await sim(request, '/api/portal/categories');
      await page.goto(`/${lang}/`);
      await expect(h1(page)).toHaveText(t(lang, 'home_title'));
      await expect(page).toHaveTitle(lit(t(lang, 'home_title')));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      const counters = page.getByRole('region', { name: t(lang, 'stats_heading') });
      // Each figure with its label in the plural form the figure needs.
      const expectCounter = async (label: string, n: number) =>
        expect(counters.getByRole('listitem').filter({ has: page.getByText(plural(lang, label, n), { exact: true }) }))
          .toHaveText(`${num(lang, n)} ${plural(lang, label, n)}`);
      await expectCounter('stat_datasets', stats.datasetsCount);
      const percent = Math.floor((stats.actualDatasetsCount * 100) / stats.datasetsCount);
      await expect(counters.getByRole('listitem').filter({ has: page.getByText(t(lang, 'stat_actual'), { exact: true }) }))
        .toHaveText(`${t(lang, 'percent', { n: percent })} ${t(lang, 'stat_actual')}`);
      await expectCounter('stat_apps', stats.appsCount);
      await expectCounter('stat_actualization_requests', stats.actualizationRequestsCount);
      await expectCounter('stat_publication_requests', stats.publicationRequestsCount);
      await expectCounter('stat_views', stats.viewsCount);
      await expectCounter('stat_downloads', stats.downloadsCount);

      const cats = page.getByRole('region', { name: t(lang, 'categories_heading') });
      await expect(cats.getByRole('link')).toHaveCount(categories.length);
      const key = lang === 'kk' ? 'nameKk' : lang === 'ru' ? 'nameRu' : 'nameEn';
      const first = categories[0];
      const link = cats.getByRole('link', { name: lit(first[key]) });
      await expect(link).toContainText(plural(lang, 'datasets_count', first.datasetsCount));

      // The category link opens the catalogue filtered by it, with the same count.
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets\\?category=${first.id}$`));
      await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
      await expect(h1(page)).toBeFocused();
      const count = plural(lang, 'datasets_count', first.datasetsCount);
      await expect(page.getByRole('main').getByText(count, { exact: true })).toBeVisible();
      // ...and the count is announced politely.
      await expect(page.getByRole('status')).toHaveText(count);
    });

    test('lists the newest and the most viewed datasets', async ({ page, request }) => {
      const newest = await sim(request, `/api/portal/datasets?sort=newest&size=6&lang=${lang}`);
      const popular = await sim(request, `/api/portal/datasets?sort=views&size=6&lang=${lang}`);
      await page.goto(`/${lang}/`);
      const newestRegion = page.getByRole('region', { name: t(lang, 'newest_heading') });
      const popularRegion = page.getByRole('region', { name: t(lang, 'popular_heading') });
      await expect(newestRegion.getByRole('listitem')).toHaveCount(newest.datasets.length);
      await expect(popularRegion.getByRole('listitem')).toHaveCount(popular.datasets.length);
      const top = popular.datasets[0];
      await expect(popularRegion.getByRole('listitem').first()).toContainText(plural(lang, 'views_count', top.views));
      await expect(popularRegion.getByRole('link').first()).toHaveAttribute('href', `/${lang}/datasets/${top.apiUri}`);
    });

    test('the search box opens the catalogue with the query', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('searchbox', { name: t(lang, 'search_label') }).fill('мектеп');
      await page.getByRole('button', { name: t(lang, 'search_button') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets\\?text=%D0%BC`));
      await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
    });

    test('a failing stats request shows an error and recovers on retry', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      const stats = await sim(request, '/api/portal/stats');
      const counters = page.getByRole('region', { name: t(lang, 'stats_heading') });

      await fault(request, { path: '/api/portal/stats', status: 500 });
      await page.goto(`/${lang}/`);
      const alert = counters.getByRole('alert');
      await expect(alert).toContainText(t(lang, 'error_server', { status: 500 }));
      // The rest of the page still works.
      await expect(page.getByRole('region', { name: t(lang, 'categories_heading') }).getByRole('link').first()).toBeVisible();

      // Now a malformed body: a different message, and retry again.
      await clearFaults(request);
      await fault(request, { path: '/api/portal/stats', body: 'malformed' });
      await alert.getByRole('button', { name: t(lang, 'retry') }).click();
      await expect(counters.getByRole('alert')).toContainText(t(lang, 'error_decode'));

      await clearFaults(request);
      await counters.getByRole('button', { name: t(lang, 'retry') }).click();
      await expect(counters.getByRole('alert')).toHaveCount(0);
      await expect(counters).toContainText(num(lang, stats.datasetsCount));
    });

    test('has no accessibility violations', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.getByRole('region', { name: t(lang, 'categories_heading') }).getByRole('link').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}
