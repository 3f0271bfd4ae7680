// Voting for applications (optimistic, rolled back when refused, one vote per citizen) and
// filing a new application with similar ones suggested while typing.
import { test, expect, LANGS, t, plural, sim, h1, fault, axe, lit, onPhone } from './helpers';
import { signIn } from './session';

/** A citizen per language, so the runs don't share votes. */
const voter = { kk: 11, ru: 12, en: 13 } as const;

async function openApplication(request: any, lang: string) {
  const r = await sim(request, '/api/portal/applications?status=UNDER_REVIEW&size=10&sort=newest');
  return r.applications[{ kk: 1, ru: 2, en: 3 }[lang]!];
}

for (const lang of LANGS) {
  test.describe(`voting (${lang})`, () => {
    test('vote, reload keeps it, withdraw', async ({ page, request }) => {
      const a = await openApplication(request, lang);
      await signIn(page, voter[lang]);
      await page.goto(`/${lang}/applications/${a.id}`);
      await expect(h1(page)).toContainText(a.title);
      const main = page.getByRole('main');
      await expect(main.getByText(plural(lang, 'votes_count', a.votes), { exact: true })).toBeVisible();
      await main.getByRole('button', { name: t(lang, 'vote'), exact: true }).click();
      await expect(main.getByText(plural(lang, 'votes_count', a.votes + 1), { exact: true })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_counted'));
      await page.reload();
      await expect(main.getByRole('button', { name: t(lang, 'vote_withdraw') })).toBeVisible();
      await expect(main.getByText(plural(lang, 'votes_count', a.votes + 1), { exact: true })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await main.getByRole('button', { name: t(lang, 'vote_withdraw') }).click();
      await expect(main.getByText(plural(lang, 'votes_count', a.votes), { exact: true })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_withdrawn'));
    });

    test('a double click in the list is one vote; a refused vote rolls back and says why', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      const a = await openApplication(request, lang);
      await signIn(page, voter[lang]);
      await page.goto(`/${lang}/applications?status=UNDER_REVIEW&sort=newest`);
      const card = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: lit(a.title) }) });
      const button = card.getByRole('button', { name: t(lang, 'vote'), exact: true });
      await expect(button).toHaveAccessibleDescription(lit(a.title));
      await button.dblclick();
      await expect(card.getByText(plural(lang, 'votes_count', a.votes + 1), { exact: true })).toBeVisible();
      await expect(card.getByRole('button', { name: t(lang, 'vote_withdraw') })).toBeVisible();
      // The optimistic view comes first; the portal's answer is announced.
      await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_counted'));
      const after = await sim(request, `/api/portal/applications/${a.id}`);
      expect(after.votes).toBe(a.votes + 1);

      // Withdraw refused by the portal: the vote stays, and the citizen is told.
      await fault(request, { path: `/api/portal/applications/${a.id}/vote`, method: 'DELETE', status: 409, times: 1 });
      await card.getByRole('button', { name: t(lang, 'vote_withdraw') }).press('Enter');
      await expect(card.getByRole('alert')).toContainText(t(lang, 'vote_closed'));
      await expect(card.getByText(plural(lang, 'votes_count', a.votes + 1), { exact: true })).toBeVisible();
      await expect(card.getByRole('button', { name: t(lang, 'vote_withdraw') })).toBeVisible();
      await card.getByRole('button', { name: t(lang, 'vote_withdraw') }).press('Enter');
      await expect(card.getByText(plural(lang, 'votes_count', a.votes), { exact: true })).toBeVisible();
    });

    test('signed out: sign in to vote and come back', async ({ page, request }) => {
      const a = await openApplication(request, lang);
      await page.goto(`/${lang}/applications/${a.id}`);
      await page.getByRole('main').getByRole('link', { name: t(lang, 'vote_sign_in') }).click();
      await page.getByRole('button').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/applications/${a.id}$`));
      await expect(page.getByRole('main').getByRole('button', { name: t(lang, 'vote'), exact: true })).toBeVisible();
    });

    test('a new application: similar ones while typing, vote instead; errors then submit', async ({ page, request }) => {
      await signIn(page, voter[lang]);
      await page.goto(`/${lang}/applications`);
      await page.getByRole('link', { name: t(lang, 'new_application_link') }).click();
      await expect(h1(page)).toHaveText(t(lang, 'new_application_title'));
      await expect(h1(page)).toBeFocused();
      const main = page.getByRole('main');

      await main.getByRole('button', { name: t(lang, 'new_application_send') }).click();
      const summary = main.getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([
        t(lang, 'app_category_required'), t(lang, 'app_title_required'),
        t(lang, 'app_description_required'), t(lang, 'app_to_required'),
      ]);
      await expect(page).toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      expect(await axe(page)).toEqual([]);

      // Typing a name like an existing open application suggests it.
      const existing = (await sim(request, '/api/portal/applications?status=SUBMITTED&size=1')).applications[0];
      const words = existing.title.split(/\s+/).slice(0, 2).join(' ');
      await main.getByRole('textbox', { name: t(lang, 'app_title_label') }).fill(words);
      const similar = main.getByRole('region', { name: t(lang, 'similar_applications') });
      // The seed has near-duplicates with the same title: this one by its link.
      const card = similar.getByRole('listitem').filter({ has: page.locator(`a[href="/${lang}/applications/${existing.id}"]`) });
      await card.getByRole('button', { name: t(lang, 'vote_instead') }).click();
      await expect(card.getByRole('button', { name: t(lang, 'vote_withdraw') })).toBeVisible();
      // Clicks while the vote is on its way are ignored: wait for the portal's answer.
      await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_counted'));
      // From the keyboard: a second click on the same spot this soon would be a double-click.
      await card.getByRole('button', { name: t(lang, 'vote_withdraw') }).press('Enter');
      await expect(card.getByRole('button', { name: t(lang, 'vote_instead') })).toBeVisible();

      // Fill in the rest; the draft survives a reload.
      const title = `Велосипедные дорожки ${lang} ${Date.now()}`;
      await main.getByRole('textbox', { name: t(lang, 'app_title_label') }).fill(title);
      await main.getByRole('combobox', { name: t(lang, 'app_category_label') }).selectOption({ index: 1 });
      await main.getByRole('textbox', { name: t(lang, 'app_description_label') }).fill('Маршруты, протяжённость, год постройки.');
      await main.getByRole('radio', { name: t(lang, 'app_to_organization') }).check();
      await page.reload();
      await expect(main.getByRole('textbox', { name: t(lang, 'app_title_label') })).toHaveValue(title);
      await expect(main.getByRole('radio', { name: t(lang, 'app_to_organization') })).toBeChecked();
      await main.getByRole('button', { name: t(lang, 'new_application_send') }).click();
      await expect(summary.getByRole('link')).toHaveText([t(lang, 'app_organization_required')]);
      await main.getByRole('textbox', { name: t(lang, 'app_organization_label') }).fill('АО «Казахтелеком»');
      await main.getByRole('button', { name: t(lang, 'new_application_send') }).click();
      await expect(h1(page)).toContainText(title);
      await expect(page).toHaveURL(new RegExp(`/${lang}/applications/\\d+$`));
      await expect(page.getByRole('main')).toContainText(t(lang, 'status_submitted'));
      // Sent: the form starts empty next time.
      await page.goto(`/${lang}/applications/new`);
      await expect(main.getByRole('textbox', { name: t(lang, 'app_title_label') })).toHaveValue('');
    });
  });
}

// The page asks for the application once, with the session known: asking again when the session
// answer comes would bring an answer older than a vote given meanwhile, undoing it on screen.
test('a vote given as the session arrives stays (kk)', async ({ page, request }) => {
  const lang = 'kk';
  const a = (await sim(request, '/api/portal/applications?status=UNDER_REVIEW&size=10&sort=newest')).applications[onPhone() ? 5 : 4];
  await signIn(page, onPhone() ? 15 : 14);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/portal/session', async (route) => {
    await held;
    await route.continue();
  });
  const asked: string[] = [];
  // Any second look at the application is held until the vote has been answered.
  let voted!: () => void;
  const answered = new Promise<void>((r) => (voted = r));
  await page.route(`**/api/portal/applications/${a.id}`, async (route) => {
    asked.push(route.request().url());
    if (asked.length > 1) await answered;
    await route.continue();
  });
  page.on('response', (r) => {
    if (r.url().endsWith(`/applications/${a.id}/vote`)) voted();
  });
  await page.goto(`/${lang}/applications/${a.id}`);
  const main = page.getByRole('main');
  // The session's answer also says whether the portal has the extension (src/session.rs), so
  // the page waits for it, asking nothing meanwhile.
  await expect(main.locator('.loading')).toBeVisible();
  expect(asked).toHaveLength(0);
  release();
  await expect(main.getByText(plural(lang, 'votes_count', a.votes), { exact: true })).toBeVisible();
  await main.getByRole('button', { name: t(lang, 'vote'), exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_counted'));
  await expect(main.getByText(plural(lang, 'votes_count', a.votes + 1), { exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: t(lang, 'vote_withdraw') })).toBeVisible();
  expect(asked).toHaveLength(1);
  await main.getByRole('button', { name: t(lang, 'vote_withdraw') }).click();
  await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_withdrawn'));
});
