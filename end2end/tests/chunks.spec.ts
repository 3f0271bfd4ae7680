// Every page but the home page is a wasm chunk (src/pages/split.rs); chunks travel in packs
// (scripts/split-wasm.mjs). boot.js fetches the landing pack of the page a visit lands on (all
// its chunks in one file) beside the main module: here each landing
// page must fetch exactly what was preloaded for it, each file once (the preload is what the
// split loader uses, not a second download).
import { test, expect, h1, onPhone, t } from './helpers';
// What end2end/bench.mjs counts for each landing, besides its packs: the map tab's map library.
import { LANDINGS as MANIFEST } from '../../scripts/split-manifest.mjs';

const CRIMES = 'astana_kalasynyn_kylmystyk_kuk1';
const LANDINGS = [
  '/kk/',
  '/ru/datasets?text=школы',
  '/en/datasets/advokattar_tizimi14',
  '/kk/datasets/advokattar_tizimi14/data',
  '/ru/datasets/advokattar_tizimi14/api',
  `/en/datasets/${CRIMES}/map`,
  '/kk/datasets/advokattar_tizimi14/comments',
  '/ru/applications',
  '/en/apps',
  '/kk/account/subscriptions',
];
// Packs for moving between pages, and each landing page's own pack (scripts/split-wasm.mjs).
const PACK = /\/(pack|land)-[0-9a-f]{16}\.wasm$/;

test.describe('the landing page\'s code is fetched beside the main module', () => {
  // The same files on every screen size.
  test.skip(onPhone, 'desktop only');
  for (const path of LANDINGS) {
    test(path, async ({ page, consoleGuard }) => {
      if (path.endsWith('/map')) {
        // No tile server is reachable here (map.spec.ts): the map works without its background.
        consoleGuard.allowFailedRequests();
        await page.route(/tile\.openstreetmap\.org/, (r) => r.abort());
      }
      const fetched: string[] = [];
      const assets: string[] = [];
      page.on('request', (r) => {
        const at = new URL(r.url()).pathname;
        if (PACK.test(at)) fetched.push(r.url());
        if (at.includes('/vendor/')) assets.push(at.slice(at.indexOf('/vendor/') + 1));
      });
      await page.goto(path);
      await expect(h1(page)).toBeVisible();
      await expect(page.locator('#main .loading')).toHaveCount(0);
      if (path.endsWith('/map')) {
        // The map library is in once the map is drawn.
        await expect(page.getByRole('region', { name: t('en', 'tab_map'), exact: true })).toHaveClass(/leaflet-container/);
      }
      const map = MANIFEST.find((l: { page: string }) => l.page === 'dataset: map');
      expect(new Set(assets), 'the static files a first visit fetches, as bench.mjs counts them').toEqual(
        new Set(path.endsWith('/map') ? map.assets : []),
      );
      const preloaded = (
        await page.locator('link[rel="preload"][as="fetch"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))
      ).filter((h) => PACK.test(new URL(h).pathname));
      expect(fetched.length, 'each file fetched once').toBe(new Set(fetched).size);
      // A landing whose page fetches more code after its first paint (`afterPaint` in LANDINGS:
      // the catalogue's engine) fetches those packs too, and only packs for moving.
      const rest = new URL(path, 'http://x').pathname.replace(/^\/(kk|ru|en)/, '') || '/';
      const landing0 = MANIFEST.find((l: { path?: string }) => l.path && new RegExp(l.path).test(rest));
      if (landing0?.afterPaint) {
        for (const p of preloaded) expect(fetched, 'fetched what was preloaded').toContain(p);
        expect(fetched.filter((u) => !preloaded.includes(u)).every((u) => /\/pack-/.test(u)), 'then packs for moving only').toBe(true);
      } else {
        expect(new Set(fetched), 'fetched what was preloaded').toEqual(new Set(preloaded));
      }
      // The home page's code (and every language's strings) are in the main module.
      if (path !== '/kk/') expect(fetched.length).toBeGreaterThan(0);
      // Another page's code comes in its one landing pack, not in the packs for moving.
      const landing = fetched.filter((u) => /\/land-/.test(u));
      expect(landing, 'one landing pack').toHaveLength(path === '/kk/' ? 0 : 1);
    });
  }
});
