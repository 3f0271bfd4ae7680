// Prints UI timings measured in headless Chromium with performance marks (medians of many
// runs; a figure, never a gate): the catalogue decoded in the browser (the app's
// `catalogue-open` measure), a search submitted → results painted, facet click → new result
// count painted (both searched in the browser, no request).
// Usage: node bench-ui.mjs --app http://127.0.0.1:8080
import { chromium } from '@playwright/test';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const app = args.app || 'http://127.0.0.1:8080';
const runs = Number(args.runs || 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();

// The catalogue: fetched once per visit, then decoded in slices of about 8 ms between which the
// page stays responsive (src/api/catalogue.rs marks); its text index is built the same way at
// the first search with text (or while the home page is read).
const opens = [];
for (let i = 0; i < Math.min(runs, 7); i++) {
  await page.goto(`${app}/en/datasets`);
  await page.locator('.result-count').waitFor();
  opens.push(await page.evaluate(() => performance.getEntriesByName('catalogue-open')[0]?.duration));
}
console.log(`catalogue decoded (${opens.length} visits, wall time in slices)`.padEnd(52), `median ${median(opens).toFixed(1)} ms`);

// A search submitted (Enter) → the new count painted: no request, the search runs in the page.
const searches = [];
// The app keeps only the last search's measure on the timeline; an observer sees each one.
await page.evaluate(() => {
  window.__engine = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntriesByName('catalogue-search')) window.__engine.push(e.duration);
  }).observe({ type: 'measure' });
});
const words = ['school', 'мектеп', 'школы', 'bilim', 'аурухана', 'transport', 'Астана'];
for (let i = 0; i < runs; i++) {
  const box = page.locator('#catalogue-search');
  const before = await page.locator('.result-count').textContent();
  await box.fill(words[i % words.length]);
  const t = await page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    const main = document.querySelector('main');
    const obs = new MutationObserver(() => {
      obs.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    obs.observe(main, { subtree: true, childList: true, characterData: true });
    document.querySelector('#catalogue-search').form.requestSubmit();
  }));
  searches.push(t);
  await page.waitForFunction((b) => document.querySelector('.result-count')?.textContent !== b, before).catch(() => {});
}
console.log(`search submitted → results painted (${searches.length} searches)`.padEnd(52), `median ${median(searches).toFixed(1)} ms`);
const index = await page.evaluate(() => performance.getEntriesByName('catalogue-index')[0]?.duration);
console.log('  text index built at the first search (wall time)'.padEnd(52), `${index?.toFixed(1)} ms`);
// The engine's own share (src/api/catalogue.rs measures each search), apart from rendering.
const engine = await page.evaluate(() => window.__engine);
console.log(`  of which the search itself (${engine.length} searches)`.padEnd(52), `median ${median(engine).toFixed(1)} ms`);

await page.goto(`${app}/en/datasets`);
await page.locator('.result-count').waitFor();
// Mark the click (capture phase, before the app reacts) and the first frame after the result
// count changes.
await page.evaluate(() => {
  const w = window;
  w.__facetTimes = [];
  document.addEventListener('change', () => { w.__clickAt = performance.now(); }, true);
  new MutationObserver(() => {
    if (w.__clickAt === undefined) return;
    const start = w.__clickAt;
    w.__clickAt = undefined;
    requestAnimationFrame(() => w.__facetTimes.push(performance.now() - start));
  }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
});
const boxes = page.locator('#facet-panel fieldset').first().getByRole('checkbox');
for (let i = 0; i < runs; i++) {
  const box = boxes.nth(i % 4);
  const before = await page.locator('.result-count').textContent();
  await box.click();
  await page.waitForFunction((b) => {
    const el = document.querySelector('.result-count');
    return el && el.textContent !== b;
  }, before);
  await page.waitForFunction((n) => window.__facetTimes.length >= n, i + 1);
}
const times = await page.evaluate(() => window.__facetTimes);
console.log(`facet click → results painted (${times.length} clicks)`.padEnd(52), `median ${median(times).toFixed(1)} ms`);

// The 1,000,000-row register: first data page after opening the tab, and the last page after
// clicking "last" (both read the same amount: the tail is read with the sort reversed).
const first = [];
const last = [];
for (let i = 0; i < 7; i++) {
  await page.goto(`${app}/en/datasets/gbd_ul`);
  await page.getByRole('link', { name: 'Data', exact: true }).waitFor();
  let t0 = Date.now();
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.locator('table.data-grid tbody tr').first().waitFor();
  first.push(Date.now() - t0);
  const lastLink = page.getByRole('link', { name: 'Last page' });
  t0 = Date.now();
  await lastLink.click();
  await page.waitForURL(/page=50000/);
  await page.getByText('page 50,000 of 50,000').waitFor();
  await page.locator('table.data-grid tbody tr').nth(19).waitFor();
  last.push(Date.now() - t0);
}
console.log('gbd_ul (1,000,000 rows): first data page'.padEnd(52), `median ${median(first)} ms`);
console.log('gbd_ul (1,000,000 rows): last page after clicking'.padEnd(52), `median ${median(last)} ms`);
await browser.close();
