// The accessibility sweep: axe (WCAG 2.2 A/AA) on every page and every dataset tab, signed out
// and signed in (the forms, their error state, the subscribe dialog), the phone filter drawer
// and the low-vision panel, in the three languages, in the standard look and in the low-vision
// mode's white-on-black scheme (and dark blue on light blue). The scheme is saved before each
// page loads, as the low-vision panel saves it. Each page is checked once its content is in (its
// heading and main content, no "Loading…" left); the findings of every page are reported at once.
import { test, expect, LANGS, Lang, t, plural, sim, h1, lit, axe } from './helpers';
import { signIn } from './session';
import type { Page, APIRequestContext } from '@playwright/test';

/** The low-vision settings' key (public/lowvision.js applies it before the first paint). */
const LV_KEY = 'opendata.lowvision';
/**
 * '' = the standard look; the others are low-vision colour schemes. Contrast does not depend on
 * the language, so dark blue on light blue (a third of the run time in every language) is checked
 * in Kazakh only; the standard look and white on black in all three.
 */
const SCHEMES = ['', 'wob', 'blue'] as const;
const schemesFor = (lang: Lang) => SCHEMES.filter((s) => s !== 'blue' || lang === 'kk');
/** A seeded citizen per language (no one else's specs use them). */
const USER: Record<Lang, number> = { kk: 41, ru: 42, en: 43 };
/** Data and API tabs: a real-shaped register with three versions. */
const DS = 'advokattar_tizimi14';
/** The map tab: the Astana crimes register, narrowed to one point. */
const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
/** The dataset the signed-in citizen follows, so the account page lists a subscription. */
const FOLLOWED = 'valutalar_bagamdary4';
const WORD: Record<Lang, string> = { kk: 'мектептер', ru: 'школы', en: 'schools' };
const NAME_KEY = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const;
// A 1×1 PNG for map tiles (no tile server is reachable in tests).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** What the pages are filled with, from the stand-in. */
interface Seed {
  /** A category with results for WORD. */
  category: { id: string; name: string };
  /** The most viewed dataset: it has seeded comments and requests for update. */
  discussed: string;
  /** A published application (answer, history, dataset) and one still open for votes. */
  published: { id: number; title: string };
  open: { id: number; title: string };
  app: { id: number; name: string };
  /** How many datasets, applications and apps there are, unfiltered. */
  totals: { datasets: number; applications: number; apps: number };
}

async function seed(request: APIRequestContext, lang: Lang): Promise<Seed> {
  const all = await sim(request, `/api/portal/datasets?lang=${lang}`);
  const found = await sim(request, `/api/portal/datasets?text=${encodeURIComponent(WORD[lang])}&lang=${lang}`);
  const cat = found.facets.categories.find((c: any) => c.count > 0);
  const popular = await sim(request, '/api/portal/datasets?sort=views&size=1');
  const published = (await sim(request, '/api/portal/applications?status=PUBLISHED&size=1')).applications[0];
  const open = (await sim(request, '/api/portal/applications?status=UNDER_REVIEW&size=1')).applications[0];
  const applications = await sim(request, '/api/portal/applications?size=1');
  const apps = await sim(request, '/api/portal/apps?size=1');
  const app = apps.apps[0];
  return {
    category: { id: cat.id, name: cat[NAME_KEY[lang]] || cat.nameRu },
    discussed: popular.datasets[0].apiUri,
    published: { id: published.id, title: published.title },
    open: { id: open.id, title: open.title },
    app: { id: app.id, name: app[NAME_KEY[lang]] || app.nameRu || app.nameKk },
    totals: { datasets: all.totalCount, applications: applications.totalCount, apps: apps.totalCount },
  };
}

interface Check {
  name: string;
  path: (s: Seed, lang: Lang) => string;
  /** Waits for the page's own content (and opens what the check is about). */
  ready: (page: Page, lang: Lang, s: Seed) => Promise<void>;
  /** A phone-sized viewport for this check. */
  phone?: boolean;
}

const main = (page: Page) => page.getByRole('main');
const tabs = (page: Page, lang: Lang) => page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function datasetTab(page: Page, lang: Lang, tab: string) {
  await expect(tabs(page, lang).getByRole('link', { name: t(lang, tab), exact: true })).toHaveAttribute('aria-current', 'page');
}

async function home(page: Page, lang: Lang) {
  await expect(h1(page)).toHaveText(t(lang, 'home_title'));
  await expect(region(page, t(lang, 'stats_heading')).getByRole('listitem').first()).toBeVisible();
  for (const key of ['categories_heading', 'newest_heading', 'popular_heading']) {
    await expect(region(page, t(lang, key)).getByRole('link').first()).toBeVisible();
  }
}

async function catalogue(page: Page, lang: Lang) {
  await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
  await expect(region(page, t(lang, 'results_heading')).getByRole('link').first()).toBeVisible();
}

const signedOut: Check[] = [
  { name: 'home', path: (_, l) => `/${l}/`, ready: home },
  {
    name: 'low-vision panel open',
    path: (_, l) => `/${l}/`,
    ready: async (page, lang) => {
      await home(page, lang);
      await page.getByRole('button', { name: t(lang, 'lv_toggle') }).click();
      await expect(region(page, t(lang, 'lv_panel_title'))).toBeVisible();
    },
  },
  { name: 'catalogue', path: (_, l) => `/${l}/datasets`, ready: catalogue },
  {
    name: 'catalogue with a query and a facet ticked',
    path: (s, l) => `/${l}/datasets?text=${encodeURIComponent(WORD[l])}&category=${s.category.id}`,
    ready: async (page, lang, s) => {
      await catalogue(page, lang);
      await expect(main(page).getByRole('checkbox', { name: lit(s.category.name) }).first()).toBeChecked();
      await expect(main(page).getByRole('group', { name: t(lang, 'active_filters') })).toBeVisible();
    },
  },
  {
    name: 'catalogue on a phone, filter drawer open',
    path: (_, l) => `/${l}/datasets`,
    phone: true,
    ready: async (page, lang, s) => {
      await catalogue(page, lang);
      const toggle = main(page).getByRole('button', { name: t(lang, 'filters_heading'), exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('heading', { name: t(lang, 'filters_heading'), exact: true })).toBeFocused();
      await expect(main(page).getByRole('button', { name: plural(lang, 'show_results', s.totals.datasets) })).toBeVisible();
    },
  },
  {
    name: 'dataset: datasheet',
    path: (_, l) => `/${l}/datasets/${DS}`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_passport');
      await expect(main(page).getByRole('heading', { name: t(lang, 'fields_heading') })).toBeVisible();
      await expect(main(page).getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'dataset: data',
    path: (_, l) => `/${l}/datasets/${DS}/data`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_data');
      await expect(main(page).getByRole('table').getByRole('row').nth(21)).toBeVisible();
    },
  },
  {
    name: 'dataset: API',
    path: (_, l) => `/${l}/datasets/${DS}/api`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_api');
      await expect(region(page, t(lang, 'api_request_url'))).toBeVisible();
    },
  },
  {
    name: 'dataset: map',
    path: (_, l) => `/${l}/datasets/${CRIMES}/map?from.objectid=1&to.objectid=1`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_map');
      await expect(region(page, t(lang, 'tab_map'))).toBeVisible();
      await expect(main(page).getByText(`${plural(lang, 'map_points', 1)} · ${plural(lang, 'rows_count', 1)}`)).toBeVisible();
    },
  },
  {
    name: 'dataset: comments (signed out)',
    path: (s, l) => `/${l}/datasets/${s.discussed}/comments`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_comments');
      await expect(main(page).getByText(t(lang, 'comment_sign_in'))).toBeVisible();
      await expect(region(page, t(lang, 'tab_comments')).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'dataset: requests for update (signed out)',
    path: (s, l) => `/${l}/datasets/${s.discussed}/requests`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_requests');
      await expect(main(page).getByText(t(lang, 'request_sign_in'))).toBeVisible();
      await expect(region(page, t(lang, 'tab_requests')).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'applications',
    path: (_, l) => `/${l}/applications`,
    ready: async (page, lang, s) => {
      await expect(h1(page)).toHaveText(t(lang, 'applications_title'));
      await expect(main(page).getByText(plural(lang, 'applications_count', s.totals.applications), { exact: true })).toBeVisible();
      await expect(main(page).getByRole('checkbox', { name: new RegExp(`^${t(lang, 'status_published')}`) })).toBeVisible();
    },
  },
  {
    name: 'application (published)',
    path: (s, l) => `/${l}/applications/${s.published.id}`,
    ready: async (page, lang, s) => {
      await expect(h1(page)).toContainText(s.published.title);
      await expect(page.getByRole('list', { name: t(lang, 'status_history') })).toBeVisible();
      await expect(page.getByRole('heading', { name: t(lang, 'agency_answer') })).toBeVisible();
    },
  },
  {
    name: 'apps',
    path: (_, l) => `/${l}/apps`,
    ready: async (page, lang, s) => {
      await expect(h1(page)).toHaveText(t(lang, 'apps_title'));
      await expect(main(page).getByText(plural(lang, 'apps_count', s.totals.apps), { exact: true })).toBeVisible();
      await expect(main(page).getByRole('link', { name: lit(s.app.name) }).first()).toBeVisible();
    },
  },
  {
    name: 'app',
    path: (s, l) => `/${l}/apps/${s.app.id}`,
    ready: async (page, lang, s) => {
      await expect(h1(page)).toContainText(s.app.name);
      await expect(page.getByRole('heading', { name: t(lang, 'app_datasets') })).toBeVisible();
    },
  },
  {
    name: 'page not found',
    path: (_, l) => `/${l}/no/such/page`,
    ready: async (page, lang) => {
      await expect(h1(page)).toHaveText(t(lang, 'not_found_title'));
    },
  },
];

const signedIn: Check[] = [
  {
    name: 'dataset: subscribe dialog open',
    path: (_, l) => `/${l}/datasets/${DS}`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_passport');
      await main(page).getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').getByRole('checkbox', { name: t(lang, 'sub_channel_sms') })).toBeVisible();
    },
  },
  {
    name: 'dataset: comments (signed in)',
    path: (s, l) => `/${l}/datasets/${s.discussed}/comments`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_comments');
      await expect(main(page).getByRole('textbox', { name: t(lang, 'comment_label') })).toBeVisible();
      await expect(region(page, t(lang, 'tab_comments')).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'dataset: requests for update (signed in)',
    path: (s, l) => `/${l}/datasets/${s.discussed}/requests`,
    ready: async (page, lang) => {
      await datasetTab(page, lang, 'tab_requests');
      await expect(main(page).getByRole('textbox', { name: t(lang, 'request_text_label') })).toBeVisible();
      await expect(main(page).getByRole('group', { name: t(lang, 'reason_legend') })).toBeVisible();
      await expect(region(page, t(lang, 'tab_requests')).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'application (open for votes, signed in)',
    path: (s, l) => `/${l}/applications/${s.open.id}`,
    ready: async (page, lang, s) => {
      await expect(h1(page)).toContainText(s.open.title);
      await expect(page.getByRole('list', { name: t(lang, 'status_history') })).toBeVisible();
    },
  },
  {
    name: 'new application',
    path: (_, l) => `/${l}/applications/new`,
    ready: async (page, lang) => {
      await expect(h1(page)).toHaveText(t(lang, 'new_application_title'));
      await expect(main(page).getByRole('combobox', { name: t(lang, 'app_category_label') })).toBeVisible();
      await expect(main(page).getByRole('button', { name: t(lang, 'new_application_send') })).toBeVisible();
    },
  },
  {
    name: 'new application, submitted empty',
    path: (_, l) => `/${l}/applications/new`,
    ready: async (page, lang) => {
      await expect(main(page).getByRole('combobox', { name: t(lang, 'app_category_label') })).toBeVisible();
      await expect(main(page).getByText(t(lang, 'loading'))).toHaveCount(0);
      await main(page).getByRole('button', { name: t(lang, 'new_application_send') }).click();
      const summary = main(page).getByRole('alert').filter({ hasText: t(lang, 'form_error_summary') });
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link', { name: t(lang, 'app_title_required') })).toBeVisible();
    },
  },
  {
    name: 'account: subscriptions and contacts',
    path: (_, l) => `/${l}/account/subscriptions`,
    ready: async (page, lang) => {
      await expect(h1(page)).toHaveText(t(lang, 'account_title'));
      await expect(region(page, t(lang, 'account_subs_heading')).getByRole('listitem').first()).toBeVisible();
      await expect(region(page, t(lang, 'contact_heading'))).toBeVisible();
    },
  },
];

/** Opens each page, waits for it, and collects axe's findings (all pages run even if one fails). */
async function sweep(page: Page, lang: Lang, scheme: string, s: Seed, checks: Check[], signedInAs: boolean) {
  const account = signedInAs
    ? page.getByRole('banner').getByRole('button', { name: t(lang, 'sign_out') })
    : page.getByRole('banner').getByRole('link', { name: t(lang, 'sign_in'), exact: true });
  const desktop = page.viewportSize()!;
  for (const c of checks) {
    await page.setViewportSize(c.phone ? { width: 360, height: 740 } : desktop);
    await page.goto(c.path(s, lang));
    await c.ready(page, lang, s);
    await expect(account).toBeVisible();
    await expect(main(page).getByText(t(lang, 'loading'))).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.dataset.lvScheme ?? '')).toBe(scheme);
    expect.soft(await axe(page), `${c.name}: ${page.url()}`).toEqual([]);
  }
  await page.setViewportSize(desktop);
}

// The sweeps are independent: spread them over the workers (each has its own stand-in).
test.describe.configure({ mode: 'parallel' });

for (const lang of LANGS) {
  for (const scheme of schemesFor(lang)) {
    const look = scheme ? `low-vision ${scheme}` : 'standard';
    test.describe(`axe (${lang}, ${look})`, () => {
      test.describe.configure({ timeout: 240_000 });
      test.beforeEach(async ({ page }) => {
        if (scheme) {
          await page.addInitScript(
            ([key, value]) => {
              try {
                localStorage.setItem(key, value);
              } catch {
                // about:blank has no storage
              }
            },
            [LV_KEY, JSON.stringify({ scheme })],
          );
        }
        await page.route(/tile\.openstreetmap\.org/, (r) => r.fulfill({ contentType: 'image/png', body: PNG }));
      });

      test('signed out: every page and tab, the phone drawer, the low-vision panel', async ({ page, request }) => {
        const s = await seed(request, lang);
        await sweep(page, lang, scheme, s, signedOut, false);
      });

      test('signed in: the forms, their errors, the subscribe dialog, the account page', async ({ page, request }) => {
        const s = await seed(request, lang);
        await signIn(page, USER[lang]);
        // A subscription for the account page to list (idempotent: the same one on every run).
        const session = await (await page.request.get('/api/portal/session')).json();
        const r = await page.request.post('/api/portal/subscriptions', {
          data: { kind: 'dataset', target: FOLLOWED, channels: { sms: true, email: true, push: false } },
          headers: { 'X-CSRF-Token': session.csrfToken },
        });
        expect(r.ok(), `subscribe -> ${r.status()}`).toBeTruthy();
        await sweep(page, lang, scheme, s, signedIn, true);
      });
    });
  }
}
