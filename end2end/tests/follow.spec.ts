// Following an agency or a category from the catalogue: with exactly one of them chosen, the
// catalogue offers the same subscription as a dataset page; the account page then lists it.
import { test, expect, LANGS, Lang, t, sim, h1, lit, axe, onPhone } from './helpers';
import { signIn } from './session';

/** A citizen per language (and one for the phone's Kazakh run), so no run sees another's subscriptions. */
const USER: Record<Lang, number> = { kk: 61, ru: 62, en: 63 };
const PHONE_USER = 64;
const NAME_KEY: Record<Lang, string> = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' };

for (const lang of LANGS) {
  test(`follow an agency from the catalogue, see it on the account page (${lang})`, async ({ page, request }) => {
    const base = await sim(request, `/api/portal/datasets?lang=${lang}`);
    const [a1, a2] = base.facets.agencies.filter((a: any) => a.count > 0 && a[NAME_KEY[lang]]);
    const name: string = a1[NAME_KEY[lang]];
    await signIn(page, onPhone() ? PHONE_USER : USER[lang]);

    // Two agencies: nothing to follow.
    await page.goto(`/${lang}/datasets?agency=${a1.id}&agency=${a2.id}`);
    await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
    const main = page.getByRole('main');
    // Both chosen (their chips show; on a phone the checkboxes are in the closed drawer).
    await expect(main.getByRole('button', { name: t(lang, 'remove_filter', { name }) })).toBeVisible();
    await expect(main.getByRole('group', { name: t(lang, 'follow_agency', { name }) })).toHaveCount(0);

    // One agency: subscribe to it.
    await page.goto(`/${lang}/datasets?agency=${a1.id}`);
    const follow = main.getByRole('group', { name: t(lang, 'follow_agency', { name }) });
    await follow.getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t(lang, 'sub_dialog_title', { name }) });
    await expect(dialog).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await dialog.getByRole('checkbox', { name: t(lang, 'sub_channel_email') }).check();
    await dialog.getByRole('button', { name: t(lang, 'sub_save') }).click();
    await expect(dialog).toBeHidden();
    const state = follow.getByRole('button', { name: lit(t(lang, 'sub_subscribed', { channels: '' }).trim()) });
    await expect(state).toBeFocused();

    // The account page lists it, linking back to the catalogue filtered by it.
    await page.goto(`/${lang}/account/subscriptions`);
    const item = main.getByRole('listitem').filter({ has: page.locator(`a[href="/${lang}/datasets?agency=${a1.id}"]`) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText(t(lang, 'account_kind_agency'), { exact: true })).toBeVisible();
    await expect(item.getByRole('checkbox', { name: t(lang, 'sub_channel_email') })).toBeChecked();
  });
}

test('follow a category: the offer names it, signed out it offers sign-in', async ({ page, request }) => {
  const base = await sim(request, '/api/portal/datasets?lang=ru');
  const cat = base.facets.categories[0];
  await page.goto(`/ru/datasets?category=${cat.id}`);
  const follow = page.getByRole('main').getByRole('group', { name: t('ru', 'follow_category', { name: cat.nameRu }) });
  await expect(follow.getByRole('link', { name: t('ru', 'sub_sign_in') })).toHaveAttribute(
    'href',
    new RegExp(`return=${encodeURIComponent(`/ru/datasets?category=${cat.id}`)}`),
  );
});
