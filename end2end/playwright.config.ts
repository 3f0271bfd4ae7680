import { defineConfig } from '@playwright/test';

// Ports apart from scripts/serve's (8080/8090), so tests can run while a developer serves.
export const SIM = `http://127.0.0.1:${process.env.SIM_PORT || 18090}`;
export const APP = `http://127.0.0.1:${process.env.APP_PORT || 18080}`;
/** The host-page fixture that embeds the app under /opendata/ with a strict CSP (embed-host.mjs). */
export const EMBED = `http://127.0.0.1:${process.env.EMBED_PORT || 18081}`;
const DB = process.env.SIM_DB || '../target/e2e-portal-sim.sqlite';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  // Faults are injected into the one shared portal-sim: tests must not overlap.
  workers: 1,
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
  webServer: [
    {
      // A fresh store every run (comments, votes… from the last run would skew counts).
      command: `rm -f ${DB} && ../target/debug/portal-sim --addr ${new URL(SIM).host} --db ${DB} --allow-origin ${EMBED}`,
      url: `${SIM}/api/portal/stats`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node serve.mjs --dist ../dist --port ${new URL(APP).port} --api ${SIM}`,
      url: `${APP}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node embed-host.mjs --dist ../dist --port ${new URL(EMBED).port} --api ${SIM}`,
      url: `${EMBED}/opendata/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
