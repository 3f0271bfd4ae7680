// Subscriptions and contacts: subscribing from a dataset page (modal dialog), the account page
// (channels saved at once, unsubscribe with undo), confirming a phone number with a code.
import { test, expect, LANGS, Lang, t, sim, h1, lit, axe, onPhone } from './helpers';
import { signIn, lastCode } from './session';

/**
 * A citizen per language, so the three runs don't see each other's subscriptions; and another on
 * the phone (which runs the Kazakh variant only), as both projects share one store.
 */
const USER: Record<Lang, number> = { kk: 4, ru: 5, en: 6 };
const user = (lang: Lang) => (onPhone() ? 52 : USER[lang]);
/** A phone number per language (as typed, and as the portal stores it). */
const PHONE: Record<Lang, [string, string]> = {
  kk: ['+7 701 555 44 31', '+77015554431'],
  ru: ['8 (701) 555-44-32', '+77015554432'],
  en: ['+7 701 555 44 33', '+77015554433'],
};
const NAME_KEY: Record<Lang, string> = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' };

/** A dataset with a name in every language (so the name in announcements is known). */
async function dataset(request: any, lang: Lang): Promise<{ uri: string; name: string }> {
  const r = await sim(request, '/api/portal/datasets?size=20&sort=newest');
  const d = r.datasets.find((x: any) => x.nameKk && x.nameRu && x.nameEn);
  return { uri: d.apiUri, name: d[NAME_KEY[lang]] };
}

/** The channels as the app lists them in a sentence: "SMS, e-mail" (abbreviations kept). */
const channels = (lang: Lang, ...keys: string[]) =>
  keys
    .map((k) => t(lang, `sub_channel_${k}`))
    .map((s) => (/^.(\p{Ll}|[^\p{L}])/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s))
    .join(', ');

for (const lang of LANGS) {
  test.describe(`subscriptions and contacts (${lang})`, () => {
    test('signed out: the dataset page and the account page offer sign-in', async ({ page, request }) => {
      const { uri } = await dataset(request, lang);
      await page.goto(`/${lang}/datasets/${uri}`);
      const link = page.getByRole('main').getByRole('link', { name: t(lang, 'sub_sign_in') });
      await expect(link).toHaveAttribute('href', new RegExp(`return=${encodeURIComponent(`/${lang}/datasets/${uri}`)}`));
      await expect(link).toHaveAttribute('rel', 'external');

      await page.goto(`/${lang}/account/subscriptions`);
      await expect(h1(page)).toHaveText(t(lang, 'account_title'));
      const main = page.getByRole('main');
      await expect(main.getByText(t(lang, 'account_sign_in'))).toBeVisible();
      await expect(main.getByRole('link', { name: t(lang, 'sign_in'), exact: true })).toHaveAttribute(
        'href',
        new RegExp(`return=${encodeURIComponent(`/${lang}/account/subscriptions`)}`),
      );
      expect(await axe(page)).toEqual([]);
    });

    test('subscribe from a dataset, change channels on the account page, unsubscribe and undo', async ({ page, request }) => {
      const { uri, name } = await dataset(request, lang);
      await signIn(page, user(lang));
      await page.goto(`/${lang}/datasets/${uri}`);
      const main = page.getByRole('main');
      const open = main.getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true });
      await open.click();
      const dialog = page.getByRole('dialog', { name: t(lang, 'sub_dialog_title', { name }) });
      await expect(dialog).toBeVisible();
      const box = (k: string) => dialog.getByRole('checkbox', { name: t(lang, `sub_channel_${k}`) });

      // Nothing ticked: the GOV.UK error inside the dialog.
      await dialog.getByRole('button', { name: t(lang, 'sub_save') }).click();
      const summary = dialog.getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t(lang, 'sub_channel_required') })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      expect(await axe(page)).toEqual([]);

      await box('sms').check();
      await box('email').check();
      await dialog.getByRole('button', { name: t(lang, 'sub_save') }).click();
      await expect(dialog).toBeHidden();
      const state = main.getByRole('button', { name: t(lang, 'sub_subscribed', { channels: channels(lang, 'sms', 'email') }) });
      await expect(state).toBeVisible();
      await expect(state).toBeFocused();
      await expect(page).not.toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      await expect(page.getByRole('status')).toHaveText(
        t(lang, 'sub_saved_announce', { name, channels: channels(lang, 'sms', 'email') }),
      );

      // Opened again: the current channels; Esc closes and focus returns to the button.
      await state.click();
      await expect(box('sms')).toBeChecked();
      await expect(box('email')).toBeChecked();
      await expect(box('push')).not.toBeChecked();
      await expect(dialog.getByRole('button', { name: t(lang, 'sub_unsubscribe') })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(state).toBeFocused();

      // The account page lists it with SMS and e-mail on.
      await page.goto(`/${lang}/account/subscriptions`);
      await expect(h1(page)).toHaveText(t(lang, 'account_title'));
      const item = main.getByRole('listitem').filter({ has: page.locator(`a[href="/${lang}/datasets/${uri}"]`) });
      await expect(item).toHaveCount(1);
      await expect(item.getByText(t(lang, 'account_kind_dataset'), { exact: true })).toBeVisible();
      const toggle = (k: string) => item.getByRole('checkbox', { name: t(lang, `sub_channel_${k}`) });
      await expect(toggle('sms')).toBeChecked();
      await expect(toggle('email')).toBeChecked();
      await expect(toggle('push')).not.toBeChecked();
      // SMS is on and there is no confirmed phone number.
      await expect(item.getByText(t(lang, 'account_sms_unconfirmed'))).toBeVisible();
      expect(await axe(page)).toEqual([]);

      await toggle('push').check();
      await expect(item.getByText(t(lang, 'account_saved'))).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(
        t(lang, 'account_saved_announce', { name, channels: channels(lang, 'sms', 'email', 'push') }),
      );
      await page.reload();
      await expect(toggle('push')).toBeChecked();

      // The last channel cannot be turned off: explained, nothing sent.
      await toggle('sms').uncheck();
      await expect(page.getByRole('status')).toHaveText(
        t(lang, 'account_saved_announce', { name, channels: channels(lang, 'email', 'push') }),
      );
      await toggle('email').uncheck();
      await expect(page.getByRole('status')).toHaveText(
        t(lang, 'account_saved_announce', { name, channels: channels(lang, 'push') }),
      );
      await expect(toggle('email')).not.toBeChecked();
      await toggle('push').click();
      await expect(toggle('push')).toBeChecked();
      await expect(item.getByText(t(lang, 'account_keep_a_channel'))).toBeVisible();
      await page.reload();
      await expect(toggle('push')).toBeChecked();
      await expect(toggle('sms')).not.toBeChecked();

      // Unsubscribe, then undo.
      await item.getByRole('button', { name: new RegExp(`^${lit(t(lang, 'sub_unsubscribe')).source}`) }).click();
      await expect(item).toHaveCount(0);
      await expect(main.getByText(t(lang, 'sub_unsubscribed', { name }))).toBeVisible();
      await expect(main.getByText(t(lang, 'account_subs_empty'))).toBeVisible();
      const undo = main.getByRole('button', { name: t(lang, 'account_undo') });
      await expect(undo).toBeFocused();
      await expect(page.getByRole('status')).toHaveText(t(lang, 'sub_unsubscribed', { name }));
      await undo.click();
      await expect(item).toHaveCount(1);
      await expect(toggle('push')).toBeChecked();
      await expect(toggle('sms')).not.toBeChecked();
      await expect(page.getByRole('status')).toHaveText(t(lang, 'account_restored', { name }));
      await expect(main.getByText(t(lang, 'account_subs_empty'))).toHaveCount(0);
      await page.reload();
      await expect(item).toHaveCount(1);
      await expect(toggle('push')).toBeChecked();

      // The dataset page shows the state from the account page.
      await page.goto(`/${lang}/datasets/${uri}`);
      await expect(main.getByRole('button', { name: t(lang, 'sub_subscribed', { channels: channels(lang, 'push') }) })).toBeVisible();
    });

    test('add a phone number and confirm it with the code', async ({ page, request, consoleGuard }) => {
      // The wrong code is refused with a 400, which the browser logs.
      consoleGuard.allowFailedRequests();
      const [typed, stored] = PHONE[lang];
      await signIn(page, user(lang));
      await page.goto(`/${lang}/account/subscriptions`);
      const main = page.getByRole('main');
      const phone = main.getByRole('region', { name: t(lang, 'contact_phone_heading') });
      await expect(phone.getByText(t(lang, 'contact_phone_none'))).toBeVisible();
      // Each state word agrees with its contact's name (in Russian: «телефон» m., «почта» f.).
      const email = main.getByRole('region', { name: t(lang, 'contact_email_heading') });
      await expect(email.getByText(t(lang, 'contact_email_none'), { exact: true })).toBeVisible();
      const number = phone.getByRole('textbox', { name: t(lang, 'contact_phone_label') });
      const summary = main.getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });

      // Not a Kazakh mobile number: summary, message by the field, input kept.
      await number.fill('12345');
      await phone.getByRole('button', { name: t(lang, 'contact_send_code') }).click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t(lang, 'contact_phone_invalid') })).toBeVisible();
      await expect(number).toHaveAttribute('aria-invalid', 'true');
      await expect(number).toHaveValue('12345');

      await number.fill(typed);
      await phone.getByRole('button', { name: t(lang, 'contact_send_code') }).click();
      const display = '+7 701 555 44 3' + stored.slice(-1);
      await expect(phone.getByText(t(lang, 'contact_code_sent', { to: display }))).toBeVisible();
      await expect(phone.getByText(t(lang, 'contact_phone_unconfirmed'), { exact: true })).toBeVisible();
      const code = phone.getByRole('textbox', { name: t(lang, 'contact_code_label') });
      await expect(code).toBeFocused();
      await expect(code).toHaveAttribute('inputmode', 'numeric');
      await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
      await expect(summary).toBeHidden();

      // A wrong code.
      const first = await lastCode(request, stored);
      await code.fill(first === '000000' ? '111111' : '000000');
      await phone.getByRole('button', { name: t(lang, 'contact_confirm') }).click();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t(lang, 'contact_code_wrong') })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      await expect(code).toHaveAttribute('aria-invalid', 'true');
      const message = phone.locator('.field-error');
      await expect(message).toContainText(t(lang, 'form_error_prefix'));
      await expect(message).toContainText(t(lang, 'contact_code_wrong'));
      expect(await axe(page)).toEqual([]);

      // A new code, then the right one.
      await phone.getByRole('button', { name: t(lang, 'contact_resend') }).click();
      await expect(phone.getByText(t(lang, 'contact_resent', { to: display }))).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(t(lang, 'contact_resent', { to: display }));
      const fresh = await lastCode(request, stored);
      await code.fill(fresh);
      await phone.getByRole('button', { name: t(lang, 'contact_confirm') }).click();
      await expect(phone.getByText(t(lang, 'contact_phone_confirmed'), { exact: true })).toBeVisible();
      await expect(phone.getByText(display, { exact: true })).toBeVisible();
      await expect(code).toHaveCount(0);
      await expect(summary).toBeHidden();
      await expect(page).not.toHaveTitle(new RegExp(`^${t(lang, 'form_error_title_prefix')}`));
      await expect(page.getByRole('status')).toHaveText(t(lang, 'contact_phone_done'));
      await page.reload();
      await expect(phone.getByText(t(lang, 'contact_phone_confirmed'), { exact: true })).toBeVisible();
      expect(await axe(page)).toEqual([]);
    });
  });
}
