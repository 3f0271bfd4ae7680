// Lighthouse (mobile: the default config's form factor and simulated throttling) on the home
// page, a catalogue search and a dataset page, in Debian's chromium; prints the four category
// scores per page. With --gate, exits 1 when any accessibility score is below 1.00 and names the
// failing audits; the other scores are noisy on a shared machine and are only reported, against
// their goals (performance >= 0.95, best practices 1.00). Nothing is downloaded: the browser is
// the installed one, and a request leaving the app's origin is reported as a failure.
// Usage: node lighthouse.mjs --app http://127.0.0.1:8080 [--gate] [--json report-dir]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const args = Object.fromEntries(
  argv.reduce((acc, a, i, all) => (a.startsWith('--') && all[i + 1] && !all[i + 1].startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const gate = argv.includes('--gate');
const app = new URL(args.app || 'http://127.0.0.1:8080');
const pages = [
  ['home', '/ru/'],
  ['catalogue search', `/ru/datasets?text=${encodeURIComponent('школы')}`],
  ['dataset', '/ru/datasets/advokattar_tizimi14'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: null };

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  ],
  logLevel: 'silent',
});

/** Audits of a category that did not fully pass, as `id (score, value): title`. */
function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((r) => r.weight > 0)
    .map((r) => lhr.audits[r.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}`);
}

const rows = [];
let bad = 0;
try {
  for (const [name, p] of pages) {
    const url = new URL(p, app).href;
    const t0 = Date.now();
    const r = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = r.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]));
    // Every request the page made stays on the app's origin (the API is proxied there).
    const away = (lhr.audits['network-requests'].details?.items || [])
      .map((i) => i.url)
      .filter((u) => /^https?:/.test(u) && new URL(u).origin !== app.origin);
    rows.push({ name, p, scores, secs: (Date.now() - t0) / 1000, lhr, away });
    if (args.json) {
      fs.mkdirSync(args.json, { recursive: true });
      fs.writeFileSync(path.join(args.json, `${name.replace(/\W+/g, '-')}.json`), r.report);
    }
  }
} finally {
  await chrome.kill();
}

const fmt = (s) => (s === null ? ' n/a' : s.toFixed(2));
console.log(`Lighthouse ${rows[0]?.lhr.lighthouseVersion}, mobile (simulated throttling), ${app.origin}`);
console.log('page'.padEnd(20), 'path'.padEnd(40), ...CATEGORIES.map((c) => c.padStart(15)), 'time'.padStart(7));
for (const r of rows) {
  console.log(r.name.padEnd(20), decodeURI(r.p).padEnd(40), ...CATEGORIES.map((c) => fmt(r.scores[c]).padStart(15)), `${r.secs.toFixed(0)} s`.padStart(7));
}
console.log('goal'.padEnd(20), ''.padEnd(40), ...CATEGORIES.map((c) => (GOALS[c] === null ? '' : `>= ${GOALS[c].toFixed(2)}`).padStart(15)));
for (const r of rows) {
  for (const c of CATEGORIES) {
    if (GOALS[c] !== null && !(r.scores[c] >= GOALS[c])) {
      console.log(`${r.name}: ${c} ${fmt(r.scores[c])}:`);
      for (const f of failing(r.lhr, c)) console.log(`  - ${f}`);
    }
  }
  if (!(r.scores.accessibility >= 1)) bad++;
  if (r.away.length) {
    console.log(`${r.name}: requests outside ${app.origin}:`, r.away.join(', '));
    bad++;
  }
}
if (gate) {
  console.log(bad ? `FAILED: accessibility below 1.00 (or requests off the app) on ${bad} page(s)` : 'accessibility 1.00 on every page');
  process.exit(bad ? 1 : 0);
}
