import { test, expect, LANGS, t, plural, sim, h1 } from './helpers';

const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
const labelKey = { kk: 'labelKk', ru: 'labelRu', en: 'labelEn' } as const;

for (const lang of LANGS) {
  test(`map tab: the filtered rows as points, a popup per row, usable without tiles (${lang})`, async ({ page, request, consoleGuard }) => {
    // No tile server is reachable here: the map must work without its background.
    consoleGuard.allowFailedRequests();
    await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
    const meta = await sim(request, `/meta/${CRIMES}/v1`);
    await page.goto(`/${lang}/datasets/${CRIMES}/data?from.objectid=1&to.objectid=1`);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
    const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
    await tabs.getByRole('link', { name: t(lang, 'tab_map'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${CRIMES}/map\\?from\\.objectid=1&to\\.objectid=1$`));
    const main = page.getByRole('main');
    await expect(main.getByText(`${plural(lang, 'map_points', 1)} · ${plural(lang, 'rows_count', 1)}`)).toBeVisible();
    const marker = page.locator('.map path.leaflet-interactive');
    await expect(marker).toHaveCount(1);
    await marker.click();
    const popup = page.locator('.leaflet-popup-content');
    await expect(popup).toContainText(meta.fields.city_code[labelKey[lang]]);
    await expect(popup).toContainText('710000000');
    // The table is the keyboard alternative, with the same filter.
    await main.getByRole('link', { name: t(lang, 'map_table_alternative') }).click();
    await expect(page).toHaveURL(new RegExp(`/${CRIMES}/data\\?from\\.objectid=1&to\\.objectid=1$`));
    await expect(h1(page)).toBeVisible();
  });
}

test('thousands of points are clustered, and datasets without coordinates have no map tab', async ({ page, consoleGuard }) => {
  consoleGuard.allowFailedRequests();
  await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
  await page.goto(`/en/datasets/${CRIMES}/map`);
  await expect(page.getByText(plural('en', 'map_points', 5000), { exact: false })).toBeVisible();
  await expect(page.getByText(t('en', 'map_limit', { n: '5,000' }))).toBeVisible();
  await expect(page.locator('.map .marker-cluster').first()).toBeVisible();
  await page.goto('/en/datasets/advokattar_tizimi14');
  const tabs = page.getByRole('navigation', { name: t('en', 'dataset_sections') });
  await expect(tabs.getByRole('link', { name: t('en', 'tab_data'), exact: true })).toBeVisible();
  await expect(tabs.getByRole('link', { name: t('en', 'tab_map'), exact: true })).toHaveCount(0);
});
