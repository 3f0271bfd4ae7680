// Prints figures: dist sizes (exact bytes: raw, gzip -9, brotli q11; the first visit to the
// home page and landing on each other page) and the harvested catalogue's, which the app
// fetches after the first paint (reported apart from the first visit).
// Usage: node bench.mjs --dist ../dist [--catalogue DIR]
//        node bench.mjs --dist ../dist [--catalogue DIR] --fence 350000 [--landing-fence 360000]
//          (exit 1 when a first visit is above its fence)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { firstVisit, landingFiles } from '../scripts/split-manifest.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const dist = path.resolve(args.dist || '../dist');

const compressed = (buf) => ({
  raw: buf.length,
  gz: zlib.gzipSync(buf, { level: 9 }).length,
  br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => (n / 1000).toFixed(1);

/**
 * What a first visit downloads (wasm + JS + CSS, brotli). The shell is what index.html loads:
 * the stylesheets, the start-up scripts, the bindings, the main wasm (shell and home page) and
 * the split loader (with the strings of all three languages: src/i18n.rs). A page
 * in its own chunk (scripts/split-wasm.mjs) adds its landing pack, as boot.js fetches it (and
 * the map tab its map library, `assets` in LANDINGS); landing on that page first downloads the
 * shell plus those. Moving to it from another page fetches its packs instead, as the split
 * loader lists them.
 */
function sizes() {
  const files = new Map();
  const read = (f) => fs.readFileSync(path.join(dist, f));
  for (const f of fs.readdirSync(dist).sort()) {
    if (!['.wasm', '.js', '.css', '.html', '.json'].includes(path.extname(f))) continue;
    files.set(f, compressed(read(f)));
  }
  const link = [...files.keys()].find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
  if (!link) throw new Error('no split loader (__wasm_split-<hash>.js) in dist');
  const first = firstVisit(read('boot.js').toString());
  const landings = landingFiles(read(link).toString()).filter((l) => l.files.length || l.assets);
  for (const l of landings) {
    if (l.path) l.files = first.pages.filter(([p]) => p === l.path).map(([, f]) => f);
    if (l.path && !l.files.length) throw new Error(`boot.js fetches nothing for ${l.page}`);
    for (const a of l.assets ?? []) {
      if (!fs.existsSync(path.join(dist, a))) throw new Error(`${l.page} needs ${a}, which is not in dist`);
      files.set(a, compressed(read(a)));
      l.files.push(a);
    }
  }
  const packs = [...files.keys()].filter((f) => /^(pack|land)-[0-9a-f]{16}\.wasm$/.test(f));
  const inChunks = new Set([...packs, ...landings.flatMap((p) => p.files)]);
  for (const f of inChunks) if (!files.has(f)) throw new Error(`${f} is fetched but not in dist`);

  const sum = (names) => names.reduce((t, f) => {
    const s = files.get(f);
    return { raw: t.raw + s.raw, gz: t.gz + s.gz, br: t.br + s.br };
  }, { raw: 0, gz: 0, br: 0 });
  const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz, br: a.br + b.br });
  const shellFiles = [...files.keys()].filter((f) => ['.wasm', '.js', '.css'].includes(path.extname(f)) && !inChunks.has(f));
  const pages = landings.filter((l) => !l.onDemand);
  const onDemand = landings.filter((l) => l.onDemand);
  const shell = sum(shellFiles);
  const row = (label, s) => console.log(label.padEnd(48), String(s.raw).padStart(9), String(s.gz).padStart(9), String(s.br).padStart(9));
  const header = (title) => {
    console.log(`\n== ${title}`);
    console.log(''.padEnd(48), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
  };

  header('dist sizes (bytes): what index.html loads');
  for (const f of shellFiles) row(f, files.get(f));
  for (const f of files.keys()) if (['.html', '.json'].includes(path.extname(f))) row(`${f} (not counted)`, files.get(f));
  row('first visit, home page (wasm+js+css)', shell);

  header('pages in chunks: the landing pack (and assets) a first visit landing there adds');
  row(`every pack for moving between pages (${packs.filter((f) => f.startsWith('pack-')).length} files)`, sum(packs.filter((f) => f.startsWith('pack-'))));
  let largest = { page: 'home', total: shell };
  for (const p of pages) {
    const own = sum(p.files);
    const total = add(shell, own);
    row(`${p.page}: ${p.assets ? `landing pack, ${p.assets.length} assets` : 'landing pack'}`, own);
    row(`  first visit landing on ${p.page}`, total);
    if (total.br > largest.total.br) largest = { page: p.page, total };
  }
  // What no page needs to show, fetched when the citizen heads for it (not in any first visit).
  for (const p of onDemand) row(`${p.page} (on demand, its packs): ${p.files.length} files`, sum(p.files));
  // Issue #7: the fence (350 KB) and the goal (200 KB), brotli, in KB of 1,000 bytes.
  console.log();
  for (const [label, limit] of [['fence', 350_000], ['goal', 200_000]]) {
    for (const [what, t] of [['home page', shell], [`largest landing (${largest.page})`, largest.total]]) {
      const d = t.br - limit;
      console.log(`first visit, ${what}, vs ${label} ${kb(limit)} KB: ${d > 0 ? `over by ${kb(d)} KB` : `${kb(-d)} KB under`}`);
    }
  }
  return { home: shell.br, largest: largest.total.br, largestPage: largest.page };
}

/** The catalogue (harvest's output): the manifest and the file it names, fetched after the first paint. */
function catalogue(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  console.log(`\n== the catalogue (${manifest.datasets} datasets, harvested ${manifest.harvested}; after the first paint)`);
  console.log(`${''.padEnd(52)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const f of ['manifest.json', manifest.file]) {
    const c = compressed(fs.readFileSync(path.join(dir, f)));
    console.log(`${f.padEnd(52)}${String(c.raw).padStart(10)}${String(c.gz).padStart(10)}${String(c.br).padStart(10)}`);
  }
}

const measured = sizes();
if (args.catalogue) catalogue(path.resolve(args.catalogue));
// `--fence BYTES`: fail (exit 1) when the first visit to the home page (brotli) is above it;
// `--landing-fence BYTES` the same for the largest first visit landing on any other page.
// Nothing else runs.
if (args.fence) {
  let failed = false;
  for (const [flag, what, bytes] of [
    ['fence', 'the home page', measured.home],
    ['landing-fence', `a first visit landing on ${measured.largestPage}`, measured.largest],
  ]) {
    if (!args[flag]) continue;
    const limit = Number(args[flag]);
    if (!(limit > 0)) throw new Error(`--${flag} needs a byte count, got ${args[flag]}`);
    const ok = bytes <= limit;
    failed ||= !ok;
    (ok ? console.log : console.error)(`${what}: ${bytes} B (brotli) is ${ok ? 'within' : 'above'} the fence of ${limit} B`);
  }
  process.exit(failed ? 1 : 0);
}
