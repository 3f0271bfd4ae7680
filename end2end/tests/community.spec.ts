// Comments and requests for update on a dataset: signed out, signed in, validation, drafts
// through failures and sign-in, hostile text.
import { test, expect, LANGS, t, sim, h1, fault, axe, onPhone } from './helpers';
import { signIn, expireSessions } from './session';

/** A dataset per language, so the three runs don't see each other's comments. */
async function datasetFor(request: any, lang: string): Promise<string> {
  const r = await sim(request, '/api/portal/datasets?size=10&sort=newest');
  return r.datasets[{ kk: 3, ru: 4, en: 5 }[lang]!].apiUri;
}

for (const lang of LANGS) {
  test.describe(`comments and requests (${lang})`, () => {
    test('signed out: the tabs say how to sign in, and the link comes back here', async ({ page, request }) => {
      const ds = await datasetFor(request, lang);
      await page.goto(`/${lang}/datasets/${ds}/comments`);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 2, name: t(lang, 'tab_comments') })).toBeVisible();
      await expect(main.getByText(t(lang, 'comment_sign_in'))).toBeVisible();
      const link = main.getByRole('link', { name: t(lang, 'sign_in'), exact: true });
      await expect(link).toHaveAttribute('href', new RegExp(`return=${encodeURIComponent(`/${lang}/datasets/${ds}/comments`)}`));
      await expect(page.getByRole('banner').getByRole('link', { name: t(lang, 'sign_in'), exact: true })).toBeVisible();
      // Through the stand-in's sign-in page and back.
      await link.click();
      await page.getByRole('button').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${ds}/comments$`));
      await expect(page.getByRole('main').getByRole('textbox', { name: t(lang, 'comment_label') })).toBeVisible();
      await page.getByRole('button', { name: t(lang, 'sign_out') }).click();
      await expect(page.getByRole('main').getByText(t(lang, 'comment_sign_in'))).toBeVisible();

      await page.goto(`/${lang}/datasets/${ds}/requests`);
      await expect(page.getByRole('main').getByText(t(lang, 'request_sign_in'))).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });

    test('sign in, comment (with validation), see it, delete it', async ({ page, request }) => {
      const ds = await datasetFor(request, lang);
      await signIn(page);
      await page.goto(`/${lang}/datasets/${ds}/comments`);
      const main = page.getByRole('main');
      const box = main.getByRole('textbox', { name: t(lang, 'comment_label') });
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      // GOV.UK pattern: summary focused, message by the field, "Error:" in the title.
      const summary = main.getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t(lang, 'comment_required') })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      expect(await axe(page)).toEqual([]);
      await summary.getByRole('link', { name: t(lang, 'comment_required') }).click();
      await expect(box).toBeFocused();

      await box.fill('я'.repeat(2001));
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      await expect(summary).toContainText(t(lang, 'text_too_long', { max: lang === 'en' ? '2,000' : '2\u202F000', n: lang === 'en' ? '2,001' : '2\u202F001' }));
      await expect(box).toHaveValue('я'.repeat(2001));

      const text = `Test comment ${lang} ${Date.now()}: данные за 2025 год?`;
      await box.fill(text);
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      const item = main.getByRole('listitem').filter({ hasText: text });
      await expect(item).toHaveCount(1);
      await expect(page.getByRole('status')).toHaveText(t(lang, 'comment_sent'));
      await expect(box).toHaveValue('');
      await expect(page).not.toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));

      await item.getByRole('button', { name: t(lang, 'comment_delete') }).click();
      await expect(main.getByRole('listitem').filter({ hasText: text })).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText(t(lang, 'comment_deleted'));
    });

    test('a request for update appears with its status', async ({ page, request }) => {
      const ds = await datasetFor(request, lang);
      await signIn(page);
      await page.goto(`/${lang}/datasets/${ds}/requests`);
      const main = page.getByRole('main');
      await main.getByRole('button', { name: t(lang, 'request_send') }).click();
      const summary = main.getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([t(lang, 'reason_required'), t(lang, 'request_text_required')]);
      await main.getByRole('radio', { name: t(lang, 'reason_outdated') }).check();
      const text = `Please add 2025 (${lang} ${Date.now()})`;
      await main.getByRole('textbox', { name: t(lang, 'request_text_label') }).fill(text);
      await main.getByRole('button', { name: t(lang, 'request_send') }).click();
      const item = main.getByRole('listitem').filter({ hasText: text });
      await expect(item).toHaveCount(1);
      await expect(item.getByRole('heading', { level: 3 })).toContainText(t(lang, 'reason_outdated'));
      await expect(item.getByRole('heading', { level: 3 })).toContainText(t(lang, 'request_status_new'));
      await expect(page.getByRole('status')).toHaveText(t(lang, 'request_sent'));
    });

    test('a failed send keeps the draft (even across a reload); retry sends it once', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      const ds = await datasetFor(request, lang);
      await signIn(page);
      await page.goto(`/${lang}/datasets/${ds}/comments`);
      const main = page.getByRole('main');
      const box = main.getByRole('textbox', { name: t(lang, 'comment_label') });
      const text = `Draft survives ${lang} ${Date.now()}`;
      await box.fill(text);
      await fault(request, { path: `/api/portal/datasets/${ds}/comments`, method: 'POST', status: 500, times: 1 });
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      const alert = main.getByRole('alert').filter({ hasText: t(lang, 'error_server', { status: 500 }) });
      await expect(alert).toBeVisible();
      await expect(box).toHaveValue(text);
      await page.reload();
      await expect(box).toHaveValue(text);
      await fault(request, { path: `/api/portal/datasets/${ds}/comments`, method: 'POST', status: 500, times: 1 });
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      await alert.getByRole('button', { name: t(lang, 'retry') }).click();
      await expect(main.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
      await expect(box).toHaveValue('');
      // Sent once, not twice.
      const list = await sim(request, `/api/portal/datasets/${ds}/comments?size=100`);
      expect(list.comments.filter((c: any) => c.text === text)).toHaveLength(1);
    });

    test('an expired session keeps the draft through signing in again', async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      const ds = await datasetFor(request, lang);
      await signIn(page);
      await page.goto(`/${lang}/datasets/${ds}/requests`);
      const main = page.getByRole('main');
      await main.getByRole('radio', { name: t(lang, 'reason_incomplete') }).check();
      const text = `After re-login ${lang} ${Date.now()}`;
      await main.getByRole('textbox', { name: t(lang, 'request_text_label') }).fill(text);
      // The page's own per-citizen lookups have answered (the subscribe control's is the last).
      await expect(main.getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true })).toBeVisible();
      await expireSessions(request);
      await main.getByRole('button', { name: t(lang, 'request_send') }).click();
      await expect(main.getByRole('alert').filter({ hasText: t(lang, 'error_unauthorized') })).toBeVisible();
      const again = main.getByRole('link', { name: t(lang, 'sign_in_again') });
      await again.click();
      await page.getByRole('button').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${ds}/requests$`));
      await expect(main.getByRole('textbox', { name: t(lang, 'request_text_label') })).toHaveValue(text);
      await expect(main.getByRole('radio', { name: t(lang, 'reason_incomplete') })).toBeChecked();
      await main.getByRole('button', { name: t(lang, 'request_send') }).click();
      await expect(main.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
    });

    test('hostile text in comments is shown as text and never runs', async ({ page }) => {
      await signIn(page);
      await page.goto(`/${lang}/datasets/memlekettik_organdardyn_intern1/comments`);
      const main = page.getByRole('main');
      const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> ${lang}${Date.now()}`;
      await main.getByRole('textbox', { name: t(lang, 'comment_label') }).fill(payload);
      await main.getByRole('button', { name: t(lang, 'comment_send') }).click();
      await expect(main.getByRole('listitem').filter({ hasText: payload })).toHaveCount(1);
      // The seeded hostile comment too.
      await expect(main.getByText('onerror', { exact: false }).first()).toBeVisible();
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      await expect(main.locator('.comment-list img, .comment-list script')).toHaveCount(0);
    });
  });
}

test('the dataset tabs name Comments and Requests, and the heading gets focus', async ({ page, request }) => {
  const ds = await datasetFor(request, 'en');
  await page.goto(`/en/datasets/${ds}`);
  await page.getByRole('link', { name: t('en', 'tab_comments') }).click();
  await expect(page).toHaveURL(new RegExp(`/en/datasets/${ds}/comments$`));
  await expect(page.getByRole('link', { name: t('en', 'tab_comments') })).toHaveAttribute('aria-current', 'page');
  await expect(h1(page)).toBeVisible();
});

// A 401 met anywhere on the page (here the subscribe control's save) ends the session for every
// form: the request form's prompt says the session ended and offers to sign in again.
test('a session ended elsewhere on the page is said at the form too (ru)', async ({ page, request, consoleGuard }) => {
  test.skip(onPhone(), 'the same on a phone');
  consoleGuard.allowFailedRequests();
  const lang = 'ru';
  const ds = await datasetFor(request, lang);
  await signIn(page);
  await page.goto(`/${lang}/datasets/${ds}/requests`);
  const main = page.getByRole('main');
  const open = main.getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true });
  await expect(main.getByRole('textbox', { name: t(lang, 'request_text_label') })).toBeVisible();
  await expireSessions(request);
  await open.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: t(lang, 'sub_channel_email') }).check();
  await dialog.getByRole('button', { name: t(lang, 'sub_save') }).click();
  const requests = page.getByRole('region', { name: t(lang, 'tab_requests') });
  await expect(requests.getByRole('alert')).toHaveText(t(lang, 'error_unauthorized'));
  await expect(requests.getByRole('link', { name: t(lang, 'sign_in_again') })).toBeVisible();
});
