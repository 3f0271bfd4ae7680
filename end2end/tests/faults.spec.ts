// The fault sweep: on every page and tab, each API call the page makes fails in turn (HTTP 500,
// HTTP 429, an answer held past the app's timeout, a malformed body, no network) and the page must
// say what happened in the UI language, offer a "Try again" that works, keep the rest of the page
// usable and keep what the user typed. The console guard (helpers.ts) fails a test on any uncaught
// error or console error besides the browser's own "Failed to load resource" lines.
//
// What it costs, and what that buys (2 shared cores; the whole file runs in about a minute):
// - PAGES below is the table of page → API calls that drives the sweep. Each page's test also
//   records the API requests the page really makes and fails if one is not in the table.
// - One page load per page × call: the call is broken with the first kind before the page opens,
//   then switched to the next kind before each "Try again", so the five kinds cost one load and
//   four retries instead of five loads, and every retry is seen to ask again.
// - The delay kind holds the answer DELAY_MS, past the app's timeout (src/api/mod.rs TIMEOUT_MS).
//   Waiting that out on every call would cost 8 s each, so the page's clock is installed and
//   fast-forwarded past the timeout once the request is on its way (the app's timer is the
//   browser's setTimeout, which Playwright's clock drives). One test waits the real timeout, and
//   checks that it is what APP_TIMEOUT_MS says.
// - The full matrix runs in Kazakh (the portal's first language); Russian and English get the five
//   messages and the retry on a sample (a home-page section, the Data tab's rows), and a message
//   that follows a language switch while the call still fails.
import type { APIRequestContext, Locator, Page, Request, Route } from '@playwright/test';
import { test, expect, t, plural, num, sim, lit, fault, clearFaults, h1, type Lang } from './helpers';
import { signIn } from './session';
import { SIM } from '../playwright.config';

/** The app's request timeout: `TIMEOUT_MS` in src/api/mod.rs. */
const APP_TIMEOUT_MS = 8_000;
/** Its timeout for a static file (the catalogue): `STATIC_TIMEOUT_MS` in src/api/mod.rs. */
const STATIC_TIMEOUT_MS = 30_000;
/** How long the delay fault holds an answer: past the app's timeout. */
const DELAY_MS = 10_000;
/** How long the delay fault holds a static file: past the app's timeout for those. */
const STATIC_DELAY_MS = 32_000;

/** The fault kinds, in the order a sweep goes through them. */
const KINDS = ['500', '429', 'malformed', 'offline', 'delay'] as const;
type Kind = (typeof KINDS)[number];

/** What the page must say for each kind (the `error_*` keys of the locale files). */
function message(lang: Lang, kind: Kind): string {
  switch (kind) {
    case '500':
      return t(lang, 'error_server', { status: 500 });
    case '429':
      return t(lang, 'error_rate_limited');
    case 'malformed':
      return t(lang, 'error_decode');
    case 'offline':
      return t(lang, 'error_offline');
    case 'delay':
      return t(lang, 'error_timeout');
  }
}

/**
 * The stand-in's fault for each kind but "offline" (that one is the browser's: the request is
 * aborted as if the network were down). The delay ends in a 504, so a held change is never made
 * behind the app's back: the app gives up at its timeout and never sees that answer.
 */
const SIM_FAULT = {
  '500': { status: 500 },
  '429': { status: 429 },
  malformed: { body: 'malformed' as const },
  delay: { delayMs: DELAY_MS, status: 504 },
};
const delayFault = (c: Call) => ({ delayMs: c.timeoutMs ? STATIC_DELAY_MS : DELAY_MS, status: 504 });

/** An API call: a path prefix as the stand-in's faults match it (no query string). */
interface Call {
  path: string;
  /** Longer paths under `path` that are other calls (they keep working). */
  except?: string[];
  /** Default GET. */
  method?: string;
  /** The app's timeout for it, when not APP_TIMEOUT_MS (a static file). */
  timeoutMs?: number;
}

const onPath = (c: Call, pathname: string) =>
  pathname.startsWith(c.path) && !(c.except ?? []).some((e) => pathname.startsWith(e));
const isCall = (c: Call, r: Request) => r.method() === (c.method ?? 'GET') && onPath(c, new URL(r.url()).pathname);
const isApi = (r: Request) => /^\/(api|meta|catalogue)\//.test(new URL(r.url()).pathname);

/** Breaks one call at a time, in the stand-in or (offline) in the browser. */
class Breaker {
  private route?: { match: (u: URL) => boolean; handler: (r: Route) => Promise<void> };
  /** The stand-in's fault in place, and how many requests it has held so far. */
  private held?: { id: number; hits: number };
  constructor(
    private page: Page,
    private request: APIRequestContext,
  ) {}

  async mend() {
    await clearFaults(this.request);
    this.held = undefined;
    if (this.route) {
      await this.page.unroute(this.route.match, this.route.handler);
      this.route = undefined;
    }
  }

  async break(c: Call, kind: Kind) {
    await this.mend();
    const method = c.method ?? 'GET';
    if (kind === 'offline') {
      const match = (u: URL) => onPath(c, u.pathname);
      const handler = (r: Route) => (r.request().method() === method ? r.abort('internetdisconnected') : r.fallback());
      await this.page.route(match, handler);
      this.route = { match, handler };
      return;
    }
    // The first-added matching fault applies: the longer paths first, as faults that change nothing.
    for (const path of c.except ?? []) await fault(this.request, { path, method });
    const f = kind === 'delay' ? delayFault(c) : SIM_FAULT[kind];
    const r = await this.request.post(`${SIM}/__sim/faults`, { data: { path: c.path, method, ...f } });
    expect(r.ok(), `inject ${kind} on ${c.path} -> ${r.status()}`).toBeTruthy();
    this.held = { id: (await r.json()).id, hits: 0 };
  }

  /**
   * Waits until the stand-in holds one more request with the fault in place. The app's request
   * reaches it through the static server's proxy, which goes on with a request the browser gave
   * up on: cutting the wait short before it arrived would let it in after the fault is cleared.
   */
  async holding() {
    const held = this.held!;
    await expect
      .poll(async () => {
        const r = await this.request.get(`${SIM}/__sim/faults`);
        return (await r.json()).faults.find((f: any) => f.id === held.id)?.hits ?? 0;
      })
      .toBeGreaterThan(held.hits);
    held.hits += 1;
  }
}

/**
 * Runs `action`, which makes the app send `call`; for the delay kind, once the stand-in holds the
 * request (so the app's timer is set), jumps the page's clock past the app's timeout.
 */
async function act(page: Page, breaker: Breaker, call: Call, kind: Kind, action: () => Promise<unknown>) {
  const out = kind === 'delay' ? page.waitForRequest((r) => isCall(call, r)) : undefined;
  await action();
  if (out) {
    await out;
    await breaker.holding();
    await page.clock.fastForward(call.timeoutMs ?? APP_TIMEOUT_MS);
  }
}

/**
 * Installs Playwright's clock (for the delay kind). Its timers are numbered from 1e12, but the app
 * holds timer ids as i32 (web_sys, after WebIDL's `long`), so a cleared timer would not be found
 * and would fire later into a dropped closure: the app is handed small ids instead.
 */
async function installClock(page: Page) {
  await page.clock.install();
  await page.addInitScript(() => {
    const w = window as any;
    const pairs = [
      ['setTimeout', 'clearTimeout'],
      ['setInterval', 'clearInterval'],
      ['requestAnimationFrame', 'cancelAnimationFrame'],
    ];
    for (const [set, clear] of pairs) {
      const s = w[set];
      const c = w[clear];
      const ids = new Map<number, unknown>();
      let next = 1;
      w[set] = (...args: unknown[]) => {
        ids.set(next, s.apply(w, args));
        return next++;
      };
      w[clear] = (id: number) => {
        const real = ids.get(id);
        ids.delete(id);
        return c.call(w, real ?? id);
      };
    }
  });
}

const retryButton = (where: Locator, lang: Lang) =>
  where.getByRole('alert').getByRole('button', { name: t(lang, 'retry'), exact: true });

/** The header works whatever failed: main menu and language switcher. */
async function shellUsable(page: Page, lang: Lang) {
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: t(lang, 'nav_label') }).getByRole('link').first()).toBeVisible();
  await expect(banner.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link')).toHaveCount(3);
}

interface Ctx {
  page: Page;
  lang: Lang;
  request: APIRequestContext;
}

/** A part of a page that one API call fills. */
interface Section {
  name: string;
  call: Call;
  /** Where its error shows: one alert in each (the home page's two lists share one call). */
  where: (c: Ctx) => Locator[];
  /** Its content, loaded. */
  loaded: (c: Ctx) => Promise<void>;
  /** The section that must load first (no request is made without it). */
  needs?: string;
}

interface PageSpec {
  name: string;
  url: (lang: Lang) => string;
  /** A seeded citizen to sign in as. */
  user?: number;
  /** Before the page opens. */
  prepare?: (page: Page) => Promise<void>;
  sections: Section[];
  /** Calls that show nothing on this page: failing them must break nothing (see the tests below). */
  quiet?: Call[];
}

const region = (key: string) => (c: Ctx) => [c.page.getByRole('region', { name: t(c.lang, key), exact: true })];
const inMain = (c: Ctx) => [c.page.getByRole('main')];
const pick = (o: any, lang: Lang) => o[{ kk: 'nameKk', ru: 'nameRu', en: 'nameEn' }[lang]] || o.nameRu || o.nameKk;

const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
const APPLICATION = 7001;
const APP = 501;

const SESSION: Call = { path: '/api/portal/session' };
/** The harvested catalogue (its manifest, then the file it names), searched in the browser. */
const CATALOGUE: Call = { path: '/catalogue/', timeoutMs: STATIC_TIMEOUT_MS };
/** A dataset's versions: the first call of its page. */
const VERSIONS: Call = { path: `/api/v4/mapping/${CRIMES}` };
const META: Call = { path: `/meta/${CRIMES}/` };
const ROWS: Call = { path: `/api/detailed/${CRIMES}/` };
const APPLICATIONS: Call = { path: '/api/portal/applications', except: ['/api/portal/applications/'] };

/** The citizen signed in on the new-application page and the account page (others use 1…23). */
const CITIZEN = { comments: 31, application: 32, account: 33 };

/** The home page's catalogue: counters, categories, newest and most viewed. */
const homeCatalogue: Section = {
  name: 'catalogue',
  call: CATALOGUE,
  where: (c) => ['stats_heading', 'categories_heading', 'newest_heading', 'popular_heading'].flatMap((k) => region(k)(c)),
  loaded: async ({ page, lang, request }) => {
    const m = await sim(request, '/catalogue/manifest.json');
    await expect(page.getByRole('region', { name: t(lang, 'stats_heading'), exact: true })).toContainText(num(lang, m.datasets));
    for (const key of ['categories_heading', 'newest_heading', 'popular_heading']) {
      await expect(page.getByRole('region', { name: t(lang, key), exact: true }).getByRole('link').first()).toBeVisible();
    }
  },
};

/** The counters only the extension knows. */
const stats: Section = {
  name: 'community counters',
  call: { path: '/api/portal/stats' },
  where: region('stats_heading'),
  loaded: async ({ page, lang, request }) => {
    const s = await sim(request, '/api/portal/stats');
    await expect(page.getByRole('region', { name: t(lang, 'stats_heading'), exact: true })).toContainText(num(lang, s.appsCount));
  },
};

const datasetRows: Section = {
  name: 'rows',
  call: ROWS,
  needs: 'field list',
  where: inMain,
  loaded: async ({ page }) => {
    await expect(page.getByRole('main').getByRole('table').locator('tbody tr')).toHaveCount(20);
  },
};

/** The session as the pages that sign in need it: a signed-in citizen's form or page. */
const session = (loaded: Section['loaded'], where: Section['where'] = inMain): Section => ({
  name: 'session',
  call: SESSION,
  where,
  loaded,
});

const PAGES: PageSpec[] = [
  {
    name: 'home',
    url: (l) => `/${l}/`,
    sections: [homeCatalogue, stats],
    quiet: [SESSION],
  },
  {
    name: 'catalogue',
    url: (l) => `/${l}/datasets`,
    sections: [
      {
        name: 'search',
        call: CATALOGUE,
        where: region('results_heading'),
        loaded: async ({ page, lang, request }) => {
          const r = await sim(request, `/api/portal/datasets?lang=${lang}&size=20`);
          await expect(page.getByRole('main').getByText(plural(lang, 'datasets_count', r.totalCount), { exact: true })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'dataset: passport',
    url: (l) => `/${l}/datasets/${CRIMES}`,
    sections: [
      {
        name: 'versions',
        call: VERSIONS,
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('navigation', { name: t(lang, 'dataset_sections') })).toBeVisible();
        },
      },
      {
        name: 'field list',
        call: META,
        needs: 'versions',
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('heading', { level: 2, name: t(lang, 'passport_heading') })).toBeVisible();
          await expect(page.getByRole('table', { name: t(lang, 'fields_heading') })).toBeVisible();
        },
      },
      {
        name: 'catalogue entry',
        call: CATALOGUE,
        needs: 'field list',
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('main').getByRole('term').filter({ hasText: t(lang, 'owner') })).toBeVisible();
        },
      },
      {
        name: 'apps using it',
        call: { path: `/api/portal/datasets/${CRIMES}/apps` },
        needs: 'field list',
        where: inMain,
        loaded: async ({ page, lang, request }) => {
          const apps = await sim(request, `/api/portal/datasets/${CRIMES}/apps`);
          await expect(page.getByRole('main').getByRole('link', { name: lit(pick(apps[0], lang)) })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'dataset: data',
    url: (l) => `/${l}/datasets/${CRIMES}/data`,
    sections: [
      {
        name: 'field list',
        call: META,
        where: inMain,
        loaded: async ({ page }) => {
          await expect(page.getByRole('main').getByRole('columnheader').first()).toBeVisible();
        },
      },
      datasetRows,
    ],
    quiet: [SESSION, VERSIONS],
  },
  {
    name: 'dataset: API',
    url: (l) => `/${l}/datasets/${CRIMES}/api`,
    sections: [
      {
        name: 'field list',
        call: META,
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('textbox', { name: t(lang, 'api_key_label') })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION, VERSIONS],
  },
  {
    name: 'dataset: map',
    url: (l) => `/${l}/datasets/${CRIMES}/map?from.objectid=1&to.objectid=20`,
    // No tile server here: the map works without its background.
    prepare: (page) => page.route(/tile\.openstreetmap\.org/, (r) => r.abort()),
    sections: [
      {
        name: 'field list',
        call: META,
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('link', { name: t(lang, 'map_table_alternative') })).toBeVisible();
        },
      },
      {
        name: 'points',
        call: ROWS,
        needs: 'field list',
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('main').getByText(plural(lang, 'rows_count', 20))).toBeVisible();
        },
      },
    ],
    quiet: [SESSION, VERSIONS],
  },
  {
    name: 'dataset: comments (signed in)',
    url: (l) => `/${l}/datasets/${CRIMES}/comments`,
    user: CITIZEN.comments,
    sections: [
      session(async ({ page, lang }) => {
        await expect(page.getByRole('textbox', { name: t(lang, 'comment_label') })).toBeVisible();
      }, region('tab_comments')),
      {
        name: 'comments',
        call: { path: `/api/portal/datasets/${CRIMES}/comments` },
        where: region('tab_comments'),
        loaded: async ({ page, lang, request }) => {
          const c = await sim(request, `/api/portal/datasets/${CRIMES}/comments`);
          await expect(page.getByRole('main').getByText(plural(lang, 'comments_count', c.totalCount), { exact: true })).toBeVisible();
        },
      },
      {
        name: 'subscription',
        call: { path: '/api/portal/subscriptions' },
        needs: 'session',
        where: inMain,
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('main').getByRole('button', { name: t(lang, 'sub_subscribe') })).toBeVisible();
        },
      },
    ],
    quiet: [VERSIONS, META],
  },
  {
    name: 'dataset: requests',
    url: (l) => `/${l}/datasets/${CRIMES}/requests`,
    sections: [
      {
        name: 'requests',
        call: { path: `/api/portal/datasets/${CRIMES}/requests` },
        where: region('tab_requests'),
        loaded: async ({ page, lang, request }) => {
          const r = await sim(request, `/api/portal/datasets/${CRIMES}/requests`);
          await expect(page.getByRole('main').getByText(plural(lang, 'requests_count', r.totalCount), { exact: true })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION, VERSIONS, META],
  },
  {
    name: 'applications',
    url: (l) => `/${l}/applications`,
    sections: [
      {
        name: 'list',
        call: APPLICATIONS,
        where: region('results_heading'),
        loaded: async ({ page, lang, request }) => {
          const r = await sim(request, '/api/portal/applications?size=20');
          await expect(page.getByRole('main').getByText(plural(lang, 'applications_count', r.totalCount), { exact: true })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'application',
    url: (l) => `/${l}/applications/${APPLICATION}`,
    sections: [
      {
        name: 'application',
        call: { path: `/api/portal/applications/${APPLICATION}` },
        where: inMain,
        loaded: async ({ page, request }) => {
          const a = await sim(request, `/api/portal/applications/${APPLICATION}`);
          await expect(h1(page)).toContainText(a.title);
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'new application (signed in)',
    url: (l) => `/${l}/applications/new`,
    user: CITIZEN.application,
    // "To a government agency" chosen (a kept draft), so the agency list shows.
    prepare: (page) => page.addInitScript(() => localStorage.setItem('opendata.draft.application.to', 'agency')),
    sections: [
      session(async ({ page, lang }) => {
        await expect(page.getByRole('textbox', { name: t(lang, 'app_title_label') })).toBeVisible();
      }),
      {
        // The categories and agencies to choose from: one message by each list.
        name: 'catalogue',
        call: CATALOGUE,
        needs: 'session',
        where: (c) => [0, 1].map((i) => c.page.getByRole('main').locator('.field').filter({ has: c.page.locator('.error-panel, select') }).nth(i)),
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('combobox', { name: t(lang, 'app_category_label') })).toBeVisible();
          await expect(page.getByRole('combobox', { name: t(lang, 'app_agency_label') })).toBeVisible();
        },
      },
    ],
    // The similar-applications lookup only runs on typing: its own test below.
    quiet: [APPLICATIONS],
  },
  {
    name: 'apps',
    url: (l) => `/${l}/apps`,
    sections: [
      {
        name: 'showcase',
        call: { path: '/api/portal/apps', except: ['/api/portal/apps/'] },
        where: region('results_heading'),
        loaded: async ({ page, lang, request }) => {
          const r = await sim(request, '/api/portal/apps?size=24');
          await expect(page.getByRole('main').getByText(plural(lang, 'apps_count', r.totalCount), { exact: true })).toBeVisible();
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'app',
    url: (l) => `/${l}/apps/${APP}`,
    sections: [
      {
        name: 'app',
        call: { path: `/api/portal/apps/${APP}` },
        where: inMain,
        loaded: async ({ page, lang, request }) => {
          const a = await sim(request, `/api/portal/apps/${APP}`);
          await expect(h1(page)).toHaveText(pick(a, lang));
        },
      },
    ],
    quiet: [SESSION],
  },
  {
    name: 'account (signed in)',
    url: (l) => `/${l}/account/subscriptions`,
    user: CITIZEN.account,
    sections: [
      session(async ({ page, lang }) => {
        await expect(page.getByRole('heading', { level: 2, name: t(lang, 'account_subs_heading') })).toBeVisible();
      }),
      {
        name: 'subscriptions',
        call: { path: '/api/portal/subscriptions' },
        needs: 'session',
        where: region('account_subs_heading'),
        loaded: async ({ page, lang }) => {
          await expect(page.getByText(t(lang, 'account_subs_empty'))).toBeVisible();
        },
      },
      {
        name: 'contacts',
        call: { path: '/api/portal/contacts' },
        needs: 'session',
        where: region('contact_heading'),
        loaded: async ({ page, lang }) => {
          await expect(page.getByRole('textbox', { name: t(lang, 'contact_phone_label') })).toBeVisible();
        },
      },
    ],
  },
];

/** Opens the page with the clock installed (for the delay kind), signed in if it needs to be. */
async function setUp(page: Page, spec: PageSpec) {
  await installClock(page);
  if (spec.user) await signIn(page, spec.user);
  if (spec.prepare) await spec.prepare(page);
}

/**
 * One section of a page through every kind: broken before the page opens, the message in each of
 * its places and the rest of the page working; then each next kind through "Try again"; then
 * mended, "Try again" brings the content.
 */
async function sweep(ctx: Ctx, spec: PageSpec, s: Section) {
  const kinds = KINDS;
  const { page, lang, request } = ctx;
  const breaker = new Breaker(page, request);
  await breaker.break(s.call, kinds[0]);
  await act(page, breaker, s.call, kinds[0], () => page.goto(spec.url(lang)));
  for (const w of s.where(ctx)) await expect(w.getByRole('alert')).toContainText(message(lang, kinds[0]));
  // The rest of the page: the header, and every section that does not wait for this one.
  await shellUsable(page, lang);
  const waits = (o: Section): boolean => !!o.needs && (o.needs === s.name || waits(spec.sections.find((x) => x.name === o.needs)!));
  for (const o of spec.sections) if (o !== s && !waits(o)) await o.loaded(ctx);

  for (const kind of kinds.slice(1)) {
    await breaker.break(s.call, kind);
    for (const w of s.where(ctx)) {
      await act(page, breaker, s.call, kind, () => retryButton(w, lang).click());
      await expect(w.getByRole('alert')).toContainText(message(lang, kind));
    }
  }
  await breaker.mend();
  for (const w of s.where(ctx)) await retryButton(w, lang).click();
  for (const w of s.where(ctx)) await expect(w.getByRole('alert')).toHaveCount(0);
  await s.loaded(ctx);
  await shellUsable(page, lang);
}

/** Every API request the page makes, as "METHOD /path". */
function recordApi(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (isApi(r)) seen.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  return seen;
}

test.describe('fault sweep (kk, every page and call)', () => {
  const lang: Lang = 'kk';
  for (const spec of PAGES) {
    test(spec.name, async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      await setUp(page, spec);
      const seen = recordApi(page);
      for (const s of spec.sections) {
        await test.step(`${s.name}: ${s.call.path}`, () => sweep({ page, lang, request }, spec, s));
      }
      // The table is complete: every API request the page made is one of its calls.
      const calls = [...spec.sections.map((s) => s.call), ...(spec.quiet ?? [])];
      const unknown = seen.filter((line) => {
        const [method, path] = line.split(' ');
        return !calls.some((c) => (c.method ?? 'GET') === method && onPath(c, path));
      });
      expect(unknown, `API calls of "${spec.name}" missing from PAGES`).toEqual([]);
    });
  }
});

test.describe('fault sweep: a sample in Russian and English', () => {
  const dataPage = PAGES.find((p) => p.name === 'dataset: data')!;
  const home = PAGES.find((p) => p.name === 'home')!;
  const catalogue = PAGES.find((p) => p.name === 'catalogue')!;
  const sample: Record<'ru' | 'en', [PageSpec, Section]> = { ru: [home, homeCatalogue], en: [dataPage, datasetRows] };
  for (const lang of ['ru', 'en'] as const) {
    test(`${sample[lang][0].name} (${lang})`, async ({ page, request, consoleGuard }) => {
      consoleGuard.allowFailedRequests();
      const [spec, section] = sample[lang];
      await setUp(page, spec);
      await sweep({ page, lang, request }, spec, section);
      // Switching language while a call fails: the message follows, and the retry still works.
      const breaker = new Breaker(page, request);
      await breaker.break(catalogue.sections[0].call, '429');
      await page.goto(`/${lang}/datasets`);
      const results = page.getByRole('region', { name: t(lang, 'results_heading'), exact: true });
      await expect(results.getByRole('alert')).toContainText(message(lang, '429'));
      const other: Lang = lang === 'ru' ? 'en' : 'ru';
      await page.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link', { name: t(other, `lang_name_${other}`) }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/datasets$`));
      const there = page.getByRole('region', { name: t(other, 'results_heading'), exact: true });
      await expect(there.getByRole('alert')).toContainText(message(other, '429'));
      await breaker.mend();
      await retryButton(there, other).click();
      await catalogue.sections[0].loaded({ page, lang: other, request });
    });
  }
});

test('the delay is real: the app gives up at its timeout, says so, and retries', async ({ page, request, consoleGuard }) => {
  consoleGuard.allowFailedRequests();
  const lang: Lang = 'ru';
  const spec = PAGES.find((p) => p.name === 'apps')!;
  const s = spec.sections[0];
  const breaker = new Breaker(page, request);
  await breaker.break(s.call, 'delay');
  const out = page.waitForRequest((r) => isCall(s.call, r));
  await page.goto(spec.url(lang));
  await out;
  const sent = Date.now();
  const results = page.getByRole('region', { name: t(lang, 'results_heading'), exact: true });
  await expect(results.getByRole('alert')).toContainText(message(lang, 'delay'), { timeout: DELAY_MS + 5_000 });
  // The app gave up by itself (the stand-in's 504 after DELAY_MS would read as a server error),
  // and not before APP_TIMEOUT_MS: the constant this file fast-forwards by is the app's.
  expect(Date.now() - sent).toBeGreaterThanOrEqual(APP_TIMEOUT_MS - 500);
  await breaker.mend();
  await retryButton(results, lang).click();
  await s.loaded({ page, lang, request });
});

test.describe('calls a page makes but does not show', () => {
  test('no session answer: the home page works and offers to sign in', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const lang: Lang = 'kk';
    const home = PAGES.find((p) => p.name === 'home')!;
    await signIn(page, CITIZEN.comments);
    await fault(request, { path: SESSION.path, status: 500 });
    await page.goto(home.url(lang));
    for (const s of home.sections) await s.loaded({ page, lang, request });
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('banner').getByRole('link', { name: t(lang, 'sign_in'), exact: true })).toBeVisible();
    await shellUsable(page, lang);
  });

  test('no field list on the comments tab: comments work; the Data tab then says so and retries', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const lang: Lang = 'kk';
    await fault(request, { path: META.path, status: 500 });
    await page.goto(`/${lang}/datasets/${CRIMES}/comments`);
    const c = await sim(request, `/api/portal/datasets/${CRIMES}/comments`);
    await expect(page.getByRole('main').getByText(plural(lang, 'comments_count', c.totalCount), { exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
    const tabs = page.getByRole('navigation', { name: t(lang, 'dataset_sections') });
    // The map tab needs the field list to know there are coordinates.
    await expect(tabs.getByRole('link', { name: t(lang, 'tab_map'), exact: true })).toHaveCount(0);
    await tabs.getByRole('link', { name: t(lang, 'tab_data'), exact: true }).click();
    const main = page.getByRole('main');
    await expect(main.getByRole('alert')).toContainText(message(lang, '500'));
    await clearFaults(request);
    await retryButton(main, lang).click();
    await datasetRows.loaded({ page, lang, request });
    await expect(tabs.getByRole('link', { name: t(lang, 'tab_map'), exact: true })).toBeVisible();
  });
});

test.describe('nothing the user typed is lost', () => {
  const lang: Lang = 'kk';

  test('catalogue: the search text stays through every failure; retry finds it', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    await installClock(page);
    // The catalogue cannot be fetched; the citizen types meanwhile.
    const breaker = new Breaker(page, request);
    await breaker.break(CATALOGUE, KINDS[0]);
    await page.goto(`/${lang}/datasets`);
    const box = page.getByRole('searchbox', { name: t(lang, 'search_label') });
    const results = page.getByRole('region', { name: t(lang, 'results_heading'), exact: true });
    await expect(results.getByRole('alert')).toContainText(message(lang, KINDS[0]));
    const word = 'мектеп';
    await box.pressSequentially(word, { delay: 30 });
    await expect(page).toHaveURL(new RegExp(`\\?text=${encodeURIComponent(word)}$`));
    await expect(results.getByRole('alert')).toContainText(message(lang, KINDS[0]));
    await expect(box).toHaveValue(word);
    for (const kind of KINDS.slice(1)) {
      await breaker.break(CATALOGUE, kind);
      await act(page, breaker, CATALOGUE, kind, () => retryButton(results, lang).click());
      await expect(results.getByRole('alert')).toContainText(message(lang, kind));
      await expect(box).toHaveValue(word);
    }
    await breaker.mend();
    await retryButton(results, lang).click();
    const r = await sim(request, `/api/portal/datasets?text=${encodeURIComponent(word)}&lang=${lang}&size=20`);
    await expect(page.getByRole('main').getByText(plural(lang, 'datasets_count', r.totalCount), { exact: true })).toBeVisible();
    await expect(box).toHaveValue(word);
    await expect(page).toHaveURL(new RegExp(`\\?text=${encodeURIComponent(word)}$`));
  });

  /** A dataset of its own for the sent comments and requests (other specs count theirs). */
  const DS = 'advokattar_tizimi14';

  test('comment form: the text stays through every failure, retry sends it once', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const POST: Call = { path: `/api/portal/datasets/${DS}/comments`, method: 'POST' };
    await installClock(page);
    await signIn(page, CITIZEN.comments);
    await page.goto(`/${lang}/datasets/${DS}/comments`);
    const discussion = page.getByRole('region', { name: t(lang, 'tab_comments'), exact: true });
    const box = discussion.getByRole('textbox', { name: t(lang, 'comment_label') });
    const send = discussion.getByRole('button', { name: t(lang, 'comment_send') });
    const text = `Деректер 2025 жылға жаңартыла ма? ${Date.now()}`;
    await box.fill(text);
    const breaker = new Breaker(page, request);
    const sendKinds = KINDS.filter((k) => k !== 'malformed');
    await breaker.break(POST, sendKinds[0]);
    await send.click();
    await expect(discussion.getByRole('alert')).toContainText(message(lang, sendKinds[0]));
    await expect(box).toHaveValue(text);
    for (const kind of sendKinds.slice(1)) {
      await breaker.break(POST, kind);
      await act(page, breaker, POST, kind, () => retryButton(discussion, lang).click());
      await expect(discussion.getByRole('alert')).toContainText(message(lang, kind));
      await expect(box).toHaveValue(text);
    }
    await breaker.mend();
    await retryButton(discussion, lang).click();
    await expect(discussion.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
    await expect(box).toHaveValue('');
    await expect(discussion.getByRole('alert')).toHaveCount(0);
    const list = await sim(request, `/api/portal/datasets/${DS}/comments?size=100`);
    expect(list.comments.filter((c: any) => c.text === text)).toHaveLength(1);

    // A garbled answer to a send the portal accepted (2xx): taken as sent, never sent twice.
    const again = `${text} (2)`;
    await box.fill(again);
    await breaker.break(POST, 'malformed');
    await send.click();
    await expect(discussion.getByRole('listitem').filter({ hasText: again })).toHaveCount(1);
    await expect(box).toHaveValue('');
    await expect(discussion.getByRole('alert')).toHaveCount(0);
    await breaker.mend();
    const after = await sim(request, `/api/portal/datasets/${DS}/comments?size=100`);
    expect(after.comments.filter((c: any) => c.text === again)).toHaveLength(1);
  });

  test('request form: reason and text stay through every failure, retry sends it once', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const POST: Call = { path: `/api/portal/datasets/${DS}/requests`, method: 'POST' };
    await installClock(page);
    await signIn(page, CITIZEN.comments);
    await page.goto(`/${lang}/datasets/${DS}/requests`);
    const part = page.getByRole('region', { name: t(lang, 'tab_requests'), exact: true });
    const reason = part.getByRole('radio', { name: t(lang, 'reason_outdated') });
    const box = part.getByRole('textbox', { name: t(lang, 'request_text_label') });
    const send = part.getByRole('button', { name: t(lang, 'request_send') });
    const text = `2025 жылғы лицензияларды қосыңыз ${Date.now()}`;
    await reason.check();
    await box.fill(text);
    const breaker = new Breaker(page, request);
    const sendKinds = KINDS.filter((k) => k !== 'malformed');
    await breaker.break(POST, sendKinds[0]);
    await send.click();
    await expect(part.getByRole('alert')).toContainText(message(lang, sendKinds[0]));
    for (const kind of sendKinds.slice(1)) {
      await breaker.break(POST, kind);
      await act(page, breaker, POST, kind, () => retryButton(part, lang).click());
      await expect(part.getByRole('alert')).toContainText(message(lang, kind));
      await expect(box).toHaveValue(text);
      await expect(reason).toBeChecked();
    }
    await breaker.mend();
    await retryButton(part, lang).click();
    await expect(part.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
    await expect(box).toHaveValue('');
    const list = await sim(request, `/api/portal/datasets/${DS}/requests?size=100`);
    expect(list.requests.filter((r: any) => r.text === text)).toHaveLength(1);

    const again = `${text} (2)`;
    await reason.check();
    await box.fill(again);
    await breaker.break(POST, 'malformed');
    await send.click();
    await expect(part.getByRole('listitem').filter({ hasText: again })).toHaveCount(1);
    await expect(box).toHaveValue('');
    await expect(part.getByRole('alert')).toHaveCount(0);
    await breaker.mend();
    const after = await sim(request, `/api/portal/datasets/${DS}/requests?size=100`);
    expect(after.requests.filter((r: any) => r.text === again)).toHaveLength(1);
  });

  test('new application: every field stays through every failure, retry files it once', async ({ page, request, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const POST: Call = { path: '/api/portal/applications', method: 'POST' };
    await installClock(page);
    await signIn(page, CITIZEN.application);
    await page.goto(`/${lang}/applications/new`);
    const main = page.getByRole('main');
    const category = main.getByRole('combobox', { name: t(lang, 'app_category_label') });
    const title = main.getByRole('textbox', { name: t(lang, 'app_title_label') });
    const description = main.getByRole('textbox', { name: t(lang, 'app_description_label') });
    const to = main.getByRole('radio', { name: t(lang, 'app_to_agency') });
    const agency = main.getByRole('combobox', { name: t(lang, 'app_agency_label') });
    const send = main.getByRole('button', { name: t(lang, 'new_application_send') });
    const stamp = Date.now();
    const name = `Қалалық саябақтардағы орындықтар тізімі ${stamp}`;
    const about = 'Әр саябақтағы орындықтар саны мен күйі, жыл сайын.';

    // Also the similar-applications lookup, which runs while the name is typed: it fails quietly
    // (filing goes on) and can be asked again.
    const similar: Call = APPLICATIONS;
    const breaker = new Breaker(page, request);
    await breaker.break(similar, '500');
    await title.fill('адвокат');
    const unavailable = main.getByText(t(lang, 'similar_unavailable'));
    await expect(unavailable).toBeVisible();
    for (const kind of KINDS.slice(1)) {
      await breaker.break(similar, kind);
      const out = page.waitForRequest((r) => isCall(similar, r));
      await act(page, breaker, similar, kind, () => main.getByRole('button', { name: t(lang, 'retry'), exact: true }).click());
      // The same words for every kind: wait for the answer (or the failure) before the next one.
      await (await out).response();
      await expect(unavailable).toBeVisible();
    }
    await breaker.mend();
    await main.getByRole('button', { name: t(lang, 'retry'), exact: true }).click();
    await expect(main.getByRole('heading', { name: t(lang, 'similar_applications') })).toBeVisible();

    await category.selectOption({ index: 1 });
    const chosenCategory = await category.inputValue();
    await title.fill(name);
    await description.fill(about);
    await to.check();
    await agency.selectOption({ index: 1 });
    const chosenAgency = await agency.inputValue();
    const kept = async () => {
      await expect(category).toHaveValue(chosenCategory);
      await expect(title).toHaveValue(name);
      await expect(description).toHaveValue(about);
      await expect(to).toBeChecked();
      await expect(agency).toHaveValue(chosenAgency);
    };
    const sendKinds = KINDS.filter((k) => k !== 'malformed');
    await breaker.break(POST, sendKinds[0]);
    await send.click();
    const form = main.getByRole('alert').filter({ has: page.getByRole('button', { name: t(lang, 'retry'), exact: true }) });
    await expect(form).toContainText(message(lang, sendKinds[0]));
    await kept();
    for (const kind of sendKinds.slice(1)) {
      await breaker.break(POST, kind);
      await act(page, breaker, POST, kind, () => form.getByRole('button', { name: t(lang, 'retry'), exact: true }).click());
      await expect(form).toContainText(message(lang, kind));
      await kept();
    }
    await breaker.mend();
    await form.getByRole('button', { name: t(lang, 'retry'), exact: true }).click();
    await expect(h1(page)).toHaveText(name);
    await expect(page).toHaveURL(new RegExp(`/${lang}/applications/\\d+$`));
    const mine = await sim(request, `/api/portal/applications?text=${stamp}&size=20`);
    expect(mine.applications.filter((a: any) => a.title === name)).toHaveLength(1);

    // A garbled answer to an accepted application: taken as filed (the list, newest first), once.
    await page.goto(`/${lang}/applications/new`);
    const name2 = `${name} (2)`;
    await category.selectOption({ index: 1 });
    await title.fill(name2);
    await description.fill(about);
    await to.check();
    await agency.selectOption({ index: 1 });
    await breaker.break(POST, 'malformed');
    await send.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/applications\\?sort=newest$`));
    await expect(page.getByRole('main').getByRole('link', { name: lit(name2) })).toBeVisible();
    await breaker.mend();
    const mine2 = await sim(request, `/api/portal/applications?text=${stamp}&size=20`);
    expect(mine2.applications.filter((a: any) => a.title === name2)).toHaveLength(1);
  });
});

// Every page but the home page is its own wasm chunk (src/pages/split.rs), fetched in packs on
// the first visit to it: those fetches can fail like any call, and the citizen is told so and
// can retry.
for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`a page whose code cannot be fetched says so, and retry opens it with focus on its heading (${lang})`, async ({ page, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    await page.goto(`/${lang}/no/such/page`);
    await expect(h1(page)).toHaveText(t(lang, 'not_found_title'));
    const failed: string[] = [];
    const fetchedAfter: string[] = [];
    let fail = true;
    await page.route(/\/pack-[0-9a-f]{16}\.wasm$/, (route) => {
      if (fail) {
        failed.push(route.request().url());
        return route.abort('internetdisconnected');
      }
      fetchedAfter.push(route.request().url());
      return route.continue();
    });
    await page.getByRole('main').getByRole('link', { name: t(lang, 'not_found_search') }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(t(lang, 'error_offline'));
    // The rest of the page works meanwhile.
    await expect(page.getByRole('navigation', { name: t(lang, 'nav_label') })).toBeAttached();
    expect(failed.length, 'the page\'s code was asked for').toBeGreaterThan(0);
    fail = false;
    await alert.getByRole('button', { name: t(lang, 'retry') }).click();
    await expect(h1(page)).toHaveText(t(lang, 'nav_datasets'));
    await expect(h1(page)).toBeFocused();
    await expect(alert).toHaveCount(0);
    // Every failed pack again (and then what the page itself fetches: the catalogue's engine).
    for (const f of failed) expect(fetchedAfter, 'the retry fetched the failed packs again').toContain(f);
  });
}

// A first visit to such a page fetches all its code in one landing pack, beside the main module
// (scripts/split-wasm.mjs): when that fails, the page says so in place of its content, and
// retry fetches that pack again.
for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`a first visit whose page code cannot be fetched says so, and retry opens the page (${lang})`, async ({ page, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    const failed = new Set<string>();
    const fetchedAfter = new Set<string>();
    let fail = true;
    await page.route(/\/(pack|land)-[0-9a-f]{16}\.wasm$/, (route) => {
      const url = route.request().url();
      if (fail && /\/land-/.test(url)) {
        failed.add(url);
        return route.abort('internetdisconnected');
      }
      if (!fail) fetchedAfter.add(url);
      return route.continue();
    });
    await page.goto(`/${lang}/datasets/advokattar_tizimi14/data`);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(t(lang, 'error_offline'));
    await expect(page.getByRole('navigation', { name: t(lang, 'nav_label') })).toBeAttached();
    expect(failed.size, 'one landing pack was asked for').toBe(1);
    fail = false;
    await alert.getByRole('button', { name: t(lang, 'retry') }).click();
    await expect(h1(page)).toBeFocused();
    await expect(page.getByRole('main').getByRole('table')).toBeVisible();
    await expect(alert).toHaveCount(0);
    expect(fetchedAfter, 'the retry fetched the landing pack again, and nothing else').toEqual(failed);
  });
}

// The three languages' strings are in the main module (src/i18n.rs, leptos_i18n): once the app
// has started, switching language needs nothing from the network, and a page whose request fails
// says so in the new language, with a retry that works once the network is back.
for (const lang of ['kk', 'ru', 'en'] as const) {
  const other = lang === 'kk' ? 'ru' : 'kk';
  test(`switching language needs no network, and a failure says so in the new language (${lang})`, async ({ page, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    await page.goto(`/${lang}/`);
    await expect(h1(page)).toHaveText(t(lang, 'home_title'));
    // From here on, every request fails as if offline.
    let offline = true;
    const failed: string[] = [];
    await page.route('**/*', (route) => {
      if (!offline) return route.continue();
      failed.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.getByRole('navigation', { name: t(lang, 'language_label') }).getByRole('link', { name: t(other, `lang_name_${other}`) }).click();
    await expect(h1(page)).toHaveText(t(other, 'home_title'));
    await expect(h1(page)).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page).toHaveURL(new RegExp(`/${other}/$`));
    expect(failed.filter((u) => /\.wasm$/.test(u)), 'no code was asked for').toEqual([]);
    // A page that needs the network: its failure is told in the language now shown.
    await page.getByRole('navigation', { name: t(other, 'nav_label') }).getByRole('link', { name: t(other, 'nav_apps') }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(t(other, 'error_offline'));
    offline = false;
    await alert.getByRole('button', { name: t(other, 'retry') }).click();
    await expect(h1(page)).toHaveText(t(other, 'apps_title'));
    await expect(alert).toHaveCount(0);
  });
}

// The subscribe dialog's form is a chunk of its own, fetched when the pointer or focus reaches
// the button: a failed fetch shows in the dialog, and "Try again" brings the form.
for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`a subscribe dialog whose code cannot be fetched says so, and retry brings the form (${lang})`, async ({ page, consoleGuard }) => {
    consoleGuard.allowFailedRequests();
    await signIn(page, CITIZEN.account);
    await page.goto(`/${lang}/datasets/advokattar_tizimi14`);
    const open = page.getByRole('main').getByRole('button', { name: t(lang, 'sub_subscribe'), exact: true });
    await expect(open).toBeVisible();
    let fail = true;
    let failed = 0;
    await page.route(/\/pack-[0-9a-f]{16}\.wasm$/, (route) => {
      if (!fail) return route.continue();
      failed++;
      return route.abort('internetdisconnected');
    });
    await open.click();
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(t(lang, 'error_offline'));
    expect(failed).toBeGreaterThan(0);
    fail = false;
    await alert.getByRole('button', { name: t(lang, 'retry') }).click();
    const sms = dialog.getByRole('checkbox', { name: t(lang, 'sub_channel_sms') });
    await expect(sms).toBeVisible();
    await expect(alert).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });
}
