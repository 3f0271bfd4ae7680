// The phone project only (playwright.config.ts: 360 × 740, touch): every page fits the screen and
// every control is big enough to tap.
import type { Locator, Page } from '@playwright/test';
import { test, expect, t, sim, h1, openFilters, closeFilters } from './helpers';
import { signIn } from './session';

const lang = 'kk';
const DS = 'advokattar_tizimi14';
/** A seeded citizen of its own (the other specs use theirs). */
const CITIZEN = 51;

/**
 * What a user sees that breaks on a phone:
 * (a) sideways scrolling of the document (the data grid scrolls inside its own frame, which is
 *     allowed: it does not widen the document);
 * (b) a visible interactive element (a[href], button, input, select, summary, [role=button],
 *     [tabindex="0"]) smaller than 24 × 24 CSS px (WCAG 2.2 SC 2.5.8, Target Size (Minimum)).
 *     The one exemption is the criterion's "inline" exception: a target laid out inline
 *     (`display: inline`) inside a block whose text is more than the target's own — a link in a
 *     sentence or paragraph, whose height is set by the line of text. The criterion's spacing
 *     exception (an undersized target far enough from the others) is deliberately not taken: a
 *     link or button standing on its own gets a 24 × 24 px box.
 *     "Visible" is rendered, not `visibility: hidden`, not fully transparent, with a box of some
 *     size, and not entirely off the page (the skip link waits above the top edge until focused).
 * Returns one line per problem (empty = none).
 */
async function phoneProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const d = document.documentElement;
    if (d.scrollWidth > d.clientWidth) {
      const out = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('.grid-frame'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      problems.push(`sideways scrolling: ${d.scrollWidth} > ${d.clientWidth} (${out.join(', ')})`);
    }

    const selector = 'a[href], button, input, select, summary, [role=button], [tabindex="0"]';
    const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => {
      if (e instanceof HTMLInputElement && e.type === 'hidden') return false;
      if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      return r.bottom + scrollY > 0 && r.right + scrollX > 0;
    });
    const block = (e: HTMLElement) => {
      let p = e.parentElement;
      while (p && getComputedStyle(p).display.startsWith('inline')) p = p.parentElement;
      return p;
    };
    const text = (e: Element | null) => (e?.textContent || '').replace(/\s+/g, ' ').trim();

    for (const e of targets) {
      const r = e.getBoundingClientRect();
      if (r.width >= 24 && r.height >= 24) continue;
      if (getComputedStyle(e).display === 'inline' && text(block(e)).length > text(e).length) continue;
      const name = (e.getAttribute('aria-label') || text(e) || e.getAttribute('type') || '').slice(0, 40);
      problems.push(`${e.tagName.toLowerCase()} "${name}": ${Math.round(r.width)}×${Math.round(r.height)} px`);
    }
    return problems;
  });
}

/** Opens `path`, waits for what shows it has loaded, and checks it. */
async function check(page: Page, path: string, loaded: (page: Page) => Locator) {
  await page.goto(`/${lang}${path}`);
  await expect(h1(page)).toBeVisible();
  await expect(loaded(page).first()).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(t(lang, 'loading'));
  expect(await phoneProblems(page), path).toEqual([]);
}

/** Checks what `open` shows over the page (a drawer, a panel, a dialog), then closes it again. */
async function checkOpened(page: Page, what: string, open: () => Promise<void>, close: () => Promise<void>) {
  await open();
  expect(await phoneProblems(page), what).toEqual([]);
  await close();
}

test('every page fits a 360 px phone: no sideways scrolling, targets of at least 24 × 24 px', async ({ page, request }) => {
  const mostViewed = (await sim(request, '/api/portal/datasets?sort=views&size=1')).datasets[0].apiUri;
  const application = (await sim(request, '/api/portal/applications?status=UNDER_REVIEW&size=1')).applications[0].id;
  const app = (await sim(request, '/api/portal/apps?size=1')).apps[0].id;
  const main = (p: Page) => p.getByRole('main');
  const pages = (p: Page) => main(p).getByRole('navigation', { name: t(lang, 'pagination_label') });
  const table = (p: Page) => main(p).getByRole('table');
  const list = (p: Page) => main(p).getByRole('listitem');

  const tour = async () => {
    await check(page, '/', (p) => p.getByRole('region', { name: t(lang, 'categories_heading') }).getByRole('link'));
    await check(page, '/datasets?text=bilim', pages);
    await checkOpened(page, 'the filter drawer', () => openFilters(page, lang), () => closeFilters(page, lang));
    await check(page, `/datasets/${DS}`, table);
    await check(page, `/datasets/${DS}/data`, table);
    await check(page, `/datasets/${DS}/api`, (p) => p.getByRole('region', { name: t(lang, 'api_request_url') }));
    await check(page, `/datasets/${mostViewed}/comments`, list);
    await check(page, `/datasets/${mostViewed}/requests`, list);
    await check(page, '/applications', pages);
    await check(page, `/applications/${application}`, (p) => main(p).getByRole('list', { name: t(lang, 'status_history') }));
    await check(page, '/apps', list);
    await check(page, `/apps/${app}`, (p) => main(p).getByRole('link'));
    await check(page, '/no/such/page', (p) => main(p).getByRole('link', { name: t(lang, 'not_found_home') }));
  };

  // Signed out, then signed in (forms, vote buttons, the account menu), plus the pages and the
  // dialog only a signed-in citizen sees, and the low-vision panel.
  await tour();
  await signIn(page, CITIZEN);
  await tour();
  await check(page, '/account/subscriptions', (p) => main(p).getByRole('region', { name: t(lang, 'contact_phone_heading') }));
  await check(page, '/applications/new', (p) => main(p).getByRole('textbox', { name: t(lang, 'app_title_label') }));
  await check(page, `/datasets/${DS}`, table);
  const subscribe = main(page).getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true });
  await checkOpened(
    page,
    'the subscribe dialog',
    async () => {
      await subscribe.click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
    async () => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    },
  );
  const lowVision = page.getByRole('button', { name: t(lang, 'lv_toggle') });
  await checkOpened(
    page,
    'the low-vision panel',
    async () => {
      await lowVision.click();
      await expect(page.getByRole('region', { name: t(lang, 'lv_panel_title') })).toBeVisible();
    },
    async () => {
      await lowVision.click();
      await expect(page.getByRole('region', { name: t(lang, 'lv_panel_title') })).toBeHidden();
    },
  );
});
