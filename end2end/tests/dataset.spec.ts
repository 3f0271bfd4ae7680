import { test, expect, LANGS, t, plural, num, sim, h1, fault, clearFaults, lit, axe } from './helpers';
import { SIM } from '../playwright.config';

const DS = 'advokattar_tizimi14';
const labelKey = { kk: 'labelKk', ru: 'labelRu', en: 'labelEn' } as const;
/** `/api/detailed` through the stand-in, as the app would ask. */
const detailed = (request: any, index: string, version: string, source: object) =>
  sim(request, `/api/detailed/${index}/${version}?source=${encodeURIComponent(JSON.stringify(source))}`);

for (const lang of LANGS) {
  test.describe(`dataset page (${lang})`, () => {
    test('tabs; sort, filter and page the data; the URL keeps it all', async ({ page, request }) => {
      const meta = await sim(request, `/meta/${DS}/v3`);
      const label = (f: string) => meta.fields[f][labelKey[lang]];
      // Open it from the catalogue search.
      const d = (await sim(request, `/api/portal/datasets/${DS}`));
      const name = d[({ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const)[lang]] || d.nameRu;
      await page.goto(`/${lang}/datasets?text=${encodeURIComponent(name)}`);
      await page.getByRole('main').getByRole('link', { name: lit(name) }).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${DS}$`));
      const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
      await expect(tabs.getByRole('link', { name: t(lang, 'tab_passport'), exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('table')).toBeVisible();
      expect(await axe(page)).toEqual([]);

      await tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${DS}/data$`));
      const main = page.getByRole('main');
      await expect(main.getByText(`${plural(lang, 'rows_count', 3512)} · ${plural(lang, 'columns_count', 7)}`)).toBeVisible();

      // Sort by name, then descending.
      const grid = page.getByRole('table');
      await grid.getByRole('button', { name: lit(label('fio')) }).click();
      await expect(page).toHaveURL(/\/data\?sort=fio$/);
      await expect(grid.getByRole('columnheader', { name: lit(label('fio')) })).toHaveAttribute('aria-sort', 'ascending');
      await grid.getByRole('button', { name: lit(label('fio')) }).click();
      await expect(page).toHaveURL(/\/data\?sort=-fio$/);
      await expect(grid.getByRole('columnheader', { name: lit(label('fio')) })).toHaveAttribute('aria-sort', 'descending');

      // Filter the region column.
      const region = 'г. Шымкент';
      const filterBox = grid.getByRole('searchbox', { name: t(lang, 'filter_label', { column: label('region') }) });
      await filterBox.fill(region);
      await filterBox.press('Enter');
      await expect(page).toHaveURL(new RegExp(`\\?f\\.region=${encodeURIComponent(region).replace(/\./g, '\\.')}&sort=-fio$`));
      const query = { match: { region } };
      const sort = [{ fio: { order: 'desc' } }, { id: { order: 'asc' } }];
      const all = await detailed(request, DS, 'v3', { size: 1, query });
      await expect(main.getByText(plural(lang, 'rows_count', all.totalCount), { exact: false })).toBeVisible();

      // Page 2, then reload: same rows.
      const pages = main.getByRole('navigation', { name: t(lang, 'pagination_label') });
      await pages.getByRole('link', { name: t(lang, 'page_next') }).click();
      await expect(page).toHaveURL(/&page=2$/);
      const expected = await detailed(request, DS, 'v3', { from: 20, size: 20, query, sort });
      const firstRow = grid.locator('tbody tr').first();
      await expect(firstRow.locator('td').first()).toHaveText(expected.data[0].id);
      await page.reload();
      await expect(grid.locator('tbody tr').first().locator('td').first()).toHaveText(expected.data[0].id);
      await expect(pages).toContainText(t(lang, 'page_of', { page: 2, total: Math.ceil(all.totalCount / 20) }));
      expect(await axe(page)).toEqual([]);

      // The API tab shows the call for this very view; run with the demo key it returns these rows.
      await tabs.getByRole('link', { name: t(lang, 'tab_api'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${DS}/api\\?f\\.region=`));
      const block = page.getByRole('region', { name: t(lang, 'api_request_url') }).getByRole('group', { name: t(lang, 'api_request_url') });
      await expect(block).toHaveAttribute('tabindex', '0');
      const url = (await block.textContent()) || '';
      expect(url).toContain('apiKey=yourApiKey');
      const info = await sim(request, '/__sim/info');
      const withKey = url.trim().replace('yourApiKey', info.demoApiKey).replace(/^https?:\/\/[^/]+/, SIM);
      const rows: any[] = await (await request.get(withKey)).json();
      expect(rows.map((r) => r.id)).toEqual(expected.data.map((r: any) => r.id));
      // Copy confirms, and the clipboard holds the URL.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const copy = page.getByRole('region', { name: t(lang, 'api_request_url') }).getByRole('button');
      await expect(copy).toHaveAccessibleName(new RegExp(`^${t(lang, 'copy')}\\W+${t(lang, 'api_request_url')}$`));
      await copy.click();
      await expect(copy).toContainText(t(lang, 'copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url.trim());
      expect(await axe(page)).toEqual([]);

      // The version picker: an older version, kept in the URL.
      await tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }).click();
      await page.getByRole('combobox', { name: t(lang, 'version_label') }).selectOption('v1');
      await expect(page).toHaveURL(/[?&]version=v1/);
      const v1 = await detailed(request, DS, 'v1', { size: 1, query });
      await expect(main.getByText(plural(lang, 'rows_count', v1.totalCount), { exact: false }).first()).toBeVisible();
    });

    test('the last page of the 1,000,000-row register', async ({ page, request }) => {
      await page.goto(`/${lang}/datasets/gbd_ul/data`);
      const main = page.getByRole('main');
      await expect(main.getByText(plural(lang, 'rows_count', 1_000_000), { exact: false })).toBeVisible();
      const pages = main.getByRole('navigation', { name: t(lang, 'pagination_label') });
      await pages.getByRole('link', { name: t(lang, 'page_last') }).click();
      await expect(page).toHaveURL(/\/gbd_ul\/data\?page=50000$/);
      await expect(pages).toContainText(t(lang, 'page_of', { page: num(lang, 50000), total: num(lang, 50000) }));
      const last = await detailed(request, 'gbd_ul', 'v1', { size: 1, sort: [{ bin: { order: 'desc' } }] });
      const rows = page.getByRole('table').locator('tbody tr');
      await expect(rows).toHaveCount(20);
      await expect(rows.last().locator('td').first()).toHaveText(last.data[0].bin);
      // And back one page through the cursor.
      await pages.getByRole('link', { name: t(lang, 'page_prev') }).click();
      await expect(pages).toContainText(t(lang, 'page_of', { page: num(lang, 49999), total: num(lang, 50000) }));
      await expect(rows).toHaveCount(20);
    });

    test('a failing data request is retried in its tab only', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await fault(request, { path: `/api/detailed/${DS}`, status: 500 });
      await page.goto(`/${lang}/datasets/${DS}/data`);
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText(t(lang, 'error_server', { status: 500 }));
      // The rest of the page works: the datasheet tab opens.
      const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
      await tabs.getByRole('link', { name: t(lang, 'tab_passport'), exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
      await clearFaults(request);
      await tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }).click();
      await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(20);
    });

    test('an unknown version says so and links to the latest', async ({ page }) => {
      await page.goto(`/${lang}/datasets/${DS}/data?version=v99`);
      await expect(page.getByRole('main').getByRole('alert')).toContainText(t(lang, 'version_not_found'));
      await page.getByRole('link', { name: t(lang, 'version_latest_link') }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${DS}$`));
    });
  });
}

test('hostile strings in names and rows stay text', async ({ page }) => {
  for (const path of ['/en/datasets/memlekettik_organdardyn_intern1', '/en/datasets/memlekettik_organdardyn_intern1/data', '/en/applications/7007', '/en/apps/537']) {
    await page.goto(path);
    await expect(h1(page)).toBeVisible();
    await expect(page.locator('main')).not.toContainText(t('en', 'loading'));
  }
  await page.goto('/en/datasets/memlekettik_organdardyn_intern1/data');
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await expect(h1(page)).toContainText('<script>');
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // `javascript:` values are never links.
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
  await page.goto('/en/apps/537');
  await expect(h1(page)).toBeVisible();
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});
