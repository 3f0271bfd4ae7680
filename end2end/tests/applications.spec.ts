import { test, expect, LANGS, t, plural, sim, h1, lit, fault, openFilters, closeFilters } from './helpers';

const statusKey: Record<string, string> = {
  SUBMITTED: 'status_submitted', UNDER_REVIEW: 'status_under_review', ACCEPTED: 'status_accepted',
  SCHEDULED: 'status_scheduled', PUBLISHED: 'status_published', REJECTED: 'status_rejected',
};

for (const lang of LANGS) {
  test.describe(`applications (${lang})`, () => {
    test('lists applications by votes, filters by status, keeps it in the URL', async ({ page, request }) => {
      const all = await sim(request, '/api/portal/applications?size=20');
      await page.goto(`/${lang}/applications`);
      await expect(h1(page)).toHaveText(t(lang, 'applications_title'));
      const main = page.getByRole('main');
      await expect(main.getByText(plural(lang, 'applications_count', all.totalCount), { exact: true })).toBeVisible();
      const first = all.applications[0];
      await expect(main.getByRole('link', { name: lit(first.title) }).first()).toBeVisible();

      const published = all.facets.statuses.find((s: any) => s.id === 'PUBLISHED');
      await openFilters(page, lang);
      await main.getByRole('checkbox', { name: new RegExp(`^${t(lang, 'status_published')}`) }).check();
      await expect(page).toHaveURL(new RegExp(`/${lang}/applications\\?status=PUBLISHED$`));
      await closeFilters(page, lang);
      await expect(main.getByText(plural(lang, 'applications_count', published.count), { exact: true })).toBeVisible();
      await page.reload();
      await openFilters(page, lang);
      await expect(main.getByRole('checkbox', { name: new RegExp(`^${t(lang, 'status_published')}`) })).toBeChecked();
      await closeFilters(page, lang);
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${lang}/applications$`));
      await expect(main.getByText(plural(lang, 'applications_count', all.totalCount), { exact: true })).toBeVisible();
    });

    test('an application shows its status history, answer and published dataset', async ({ page, request }) => {
      const list = await sim(request, '/api/portal/applications?status=PUBLISHED&size=1');
      const a = await sim(request, `/api/portal/applications/${list.applications[0].id}`);
      await page.goto(`/${lang}/applications/${a.id}`);
      await expect(h1(page)).toContainText(a.title);
      await expect(page).toHaveTitle(lit(a.title));
      const history = page.getByRole('list', { name: t(lang, 'status_history') });
      await expect(history.getByRole('listitem')).toHaveCount(a.history.length);
      await expect(history.getByRole('listitem').last()).toContainText(t(lang, statusKey[a.status]));
      await expect(page.getByRole('heading', { name: t(lang, 'published_dataset') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t(lang, 'agency_answer') })).toBeVisible();
      const link = page.locator(`a[href="/${lang}/datasets/${a.dataset.apiUri}"]`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${a.dataset.apiUri}$`));
      await expect(h1(page)).toBeFocused();
    });

    test('an unknown application says so', async ({ page, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await page.goto(`/${lang}/applications/999999999`);
      await expect(h1(page)).toHaveText(t(lang, 'application_not_found'));
    });

    test('a failing list shows an error and recovers on retry', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await fault(request, { path: '/api/portal/applications', status: 429, times: 1 });
      await page.goto(`/${lang}/applications`);
      const alert = page.getByRole('main').getByRole('alert');
      await expect(alert).toContainText(t(lang, 'error_rate_limited'));
      await alert.getByRole('button', { name: t(lang, 'retry') }).click();
      await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('main').locator('.dataset-card').first()).toBeVisible();
    });
  });
}
