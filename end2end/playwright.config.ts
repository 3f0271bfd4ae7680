import { defineConfig } from '@playwright/test';

// Tests run in WORKERS parallel workers, each against its own portal-sim, app server and embed
// host (ports + 1000 per worker), so one worker's injected faults and stored votes never reach
// another's tests. In a worker, TEST_PARALLEL_INDEX says which set is its own.
const WORKERS = Number(process.env.PW_WORKERS || 2);
const SLOT = Number(process.env.TEST_PARALLEL_INDEX || 0);
// Base ports apart from scripts/serve's (8080/8090), so tests can run while a developer serves.
const BASE = {
  sim: Number(process.env.SIM_PORT || 18090),
  app: Number(process.env.APP_PORT || 18080),
  embed: Number(process.env.EMBED_PORT || 18081),
  // The portal as data.egov.kz is today (portal-sim --profile today) and the app against it.
  todaySim: Number(process.env.TODAY_SIM_PORT || 18092),
  todayApp: Number(process.env.TODAY_APP_PORT || 18082),
};
const url = (port: number, slot: number) => `http://127.0.0.1:${port + 1000 * slot}`;
export const SIM = url(BASE.sim, SLOT);
export const APP = url(BASE.app, SLOT);
/** The host-page fixture that embeds the app under /opendata/ with a strict CSP (embed-host.mjs). */
export const EMBED = url(BASE.embed, SLOT);
/** The stand-in in its `today` profile (no extension), and the app served against it. */
export const TODAY_SIM = url(BASE.todaySim, SLOT);
export const TODAY_APP = url(BASE.todayApp, SLOT);
/** Where cargo built portal-sim: scripts/lib.sh sets CARGO_TARGET_DIR (the repo's target/ without it). */
const TARGET = process.env.CARGO_TARGET_DIR || '../target';
const DB = process.env.SIM_DB || `${TARGET}/e2e-portal-sim.sqlite`;
/** The catalogue harvested from the stand-in before the run (scripts/test), served at /catalogue/. */
const CATALOGUE = process.env.CATALOGUE_DIR || `${TARGET}/catalogue`;

/** One worker's servers: a fresh store every run (comments, votes… from the last run would skew counts). */
const servers = (slot: number) => {
  const [sim, app, embed] = [url(BASE.sim, slot), url(BASE.app, slot), url(BASE.embed, slot)];
  const [todaySim, todayApp] = [url(BASE.todaySim, slot), url(BASE.todayApp, slot)];
  const db = `${DB}.${slot}`;
  return [
    {
      command: `rm -f ${db} && ${TARGET}/debug/portal-sim --addr ${new URL(sim).host} --db ${db} --allow-origin ${embed} --catalogue ${CATALOGUE}`,
      url: `${sim}/api/portal/stats`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `${TARGET}/debug/portal-sim --profile today --addr ${new URL(todaySim).host} --catalogue ${CATALOGUE}`,
      url: `${todaySim}/catalogue/manifest.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node serve.mjs --dist ../dist --port ${new URL(todayApp).port} --api ${todaySim}`,
      url: `${todayApp}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node serve.mjs --dist ../dist --port ${new URL(app).port} --api ${sim}`,
      url: `${app}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node embed-host.mjs --dist ../dist --port ${new URL(embed).port} --api ${sim}`,
      url: `${embed}/opendata/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ];
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  // Each worker has its own servers (above); the tests of a file run in order in one worker.
  workers: WORKERS,
  reporter: [['list']],
  use: {
    baseURL: APP,
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  // Every journey on a desktop and on a phone. The trade-off: the phone runs every spec, but only
  // the Kazakh one of the per-language variants (titles with "(kk)"; "(ru)" and "(en)" are left
  // out by grepInvert). Kazakh has the longest words, so it is the first to overflow a narrow
  // screen; the Russian and English strings and plural forms are checked on the desktop, and what
  // differs on a phone (layout, drawer, touch) does not depend on the language. All three
  // languages on the phone would double the suite (~4 more minutes on the 2-core CI); this way
  // the phone adds 64 tests, about a minute (and ~90 fewer runs to wait for). A worker's
  // portal-sim serves both projects' tests (its store is fresh per run, not per project), so a
  // spec that changes state picks its citizen per project (account.spec.ts) or makes its changes
  // unique.
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      // The phone-only checks (every page: no sideways scrolling, 24×24 px targets).
      testIgnore: /(phone|today)\.spec\.ts/,
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        screen: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent:
          'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
      },
      grepInvert: /\((ru|en)\)/,
      // The axe, fault and hostile-input sweeps once, on the desktop: what the narrow layout
      // changes (fit, target sizes) is phone.spec.ts's, and the journeys run axe on the phone too.
      testIgnore: /(axe|faults|hostile|today)\.spec\.ts/,
    },
    {
      // The portal as it is today: no extension. The main journeys, in all three languages, at
      // a phone's width (most citizens come on one).
      name: 'today',
      testMatch: /today\.spec\.ts/,
      use: {
        baseURL: TODAY_APP,
        viewport: { width: 360, height: 740 },
        screen: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: Array.from({ length: WORKERS }, (_, i) => servers(i)).flat(),
});
