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
};
const url = (port: number, slot: number) => `http://127.0.0.1:${port + 1000 * slot}`;
export const SIM = url(BASE.sim, SLOT);
export const APP = url(BASE.app, SLOT);
/** The host-page fixture that embeds the app under /opendata/ with a strict CSP (embed-host.mjs). */
export const EMBED = url(BASE.embed, SLOT);
const DB = process.env.SIM_DB || '../target/e2e-portal-sim.sqlite';

/** One worker's servers: a fresh store every run (comments, votes… from the last run would skew counts). */
const servers = (slot: number) => {
  const [sim, app, embed] = [url(BASE.sim, slot), url(BASE.app, slot), url(BASE.embed, slot)];
  const db = `${DB}.${slot}`;
  return [
    {
      command: `rm -f ${db} && ../target/debug/portal-sim --addr ${new URL(sim).host} --db ${db} --allow-origin ${embed}`,
      url: `${sim}/api/portal/stats`,
      reuseExistingServer: false,
      timeout: 60_000,
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
  webServer: Array.from({ length: WORKERS }, (_, i) => servers(i)).flat(),
});
