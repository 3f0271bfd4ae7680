// Keyboard only: search, filter, open a dataset, switch tab, sort a column, vote — no mouse,
// with a visible focus indicator on every control reached.
import { Locator, Page } from '@playwright/test';
import { test, expect, LANGS, t, sim, h1, lit, filtersInDrawer, filtersToggle, showResultsButton } from './helpers';
import { signIn } from './session';

const DS = 'advokattar_tizimi14';
const nameKey = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;
const labelKey = { kk: 'labelKk', ru: 'labelRu', en: 'labelEn' } as const;

/** Presses Tab until `target` has focus (failing after `max` presses), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 400) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      const visible = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return outline || s.boxShadow !== 'none';
      });
      expect(visible, 'focus is visible').toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

for (const lang of LANGS) {
  test(`keyboard-only journey (${lang})`, async ({ page, request }) => {
    const d = await sim(request, `/api/portal/datasets/${DS}`);
    const name: string = d[nameKey[lang]] || d.nameRu;
    const cat = d.categories[0];
    const meta = await sim(request, `/meta/${DS}/${d.lastVersion}`);
    const fio: string = meta.fields.fio[labelKey[lang]];

    await page.goto(`/${lang}/`);
    await expect(h1(page)).toBeVisible();
    // Search.
    const box = page.getByRole('searchbox', { name: t(lang, 'search_label') });
    await tabTo(page, box);
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/datasets\\?text=`));
    const main = page.getByRole('main');
    // Filter by the dataset's category (on a phone: in the drawer, opened and closed by keyboard too).
    const drawer = filtersInDrawer(page);
    if (drawer) {
      await tabTo(page, filtersToggle(page, lang));
      await page.keyboard.press('Enter');
      await expect(filtersToggle(page, lang)).toHaveAttribute('aria-expanded', 'true');
    }
    const checkbox = main.getByRole('checkbox', { name: lit(cat[nameKey[lang]] || cat.nameRu) }).first();
    await tabTo(page, checkbox);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(new RegExp(`category=${cat.id}`));
    await expect(checkbox).toBeChecked();
    if (drawer) {
      await tabTo(page, showResultsButton(page, lang));
      await page.keyboard.press('Enter');
      await expect(filtersToggle(page, lang)).toBeFocused();
    }
    // Open the dataset.
    const link = main.getByRole('link', { name: lit(name) }).first();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${DS}$`));
    await expect(h1(page)).toBeFocused();
    // Switch to the Data tab.
    const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
    await tabTo(page, tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/${DS}/data$`));
    // Sort a column.
    const sortButton = page.getByRole('table').getByRole('button', { name: lit(fio) });
    await tabTo(page, sortButton);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/data\?sort=fio$/);
    await expect(page.getByRole('table').getByRole('columnheader', { name: lit(fio) })).toHaveAttribute('aria-sort', 'ascending');

    // Vote (signed in), from the list.
    await signIn(page, { kk: 21, ru: 22, en: 23 }[lang]);
    await page.goto(`/${lang}/applications?status=UNDER_REVIEW&sort=newest`);
    const vote = page.getByRole('main').getByRole('button', { name: t(lang, 'vote'), exact: true }).first();
    await tabTo(page, vote);
    await page.keyboard.press('Enter');
    const withdraw = page.getByRole('main').getByRole('button', { name: t(lang, 'vote_withdraw') }).first();
    await expect(withdraw).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_counted'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(t(lang, 'vote_withdrawn'));
  });
}
