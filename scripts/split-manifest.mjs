// What each first visit needs from the split build (docs/build-pipeline.md, step 4): the
// landing pages, the chunks they load, and the files of those chunks as the split loader lists
// them. Used by the packing (scripts/split-wasm.mjs), boot.js (scripts/csp-loader.mjs) and the
// size figures (end2end/bench.mjs).

/**
 * Where a citizen may land first: the path after the language prefix, and the chunks
 * (`… in <chunk>` in src/pages/split.rs) the page loads. end2end/tests/chunks.spec.ts checks
 * this against what each page really fetches.
 */
export const LANDINGS = [
  // The home page's own lists come from the catalogue, whose engine (`catalogue_engine`, in
  // src/api/catalogue.rs) it fetches after its first paint, not as part of the first visit.
  { page: 'home', path: '^/?$', chunks: [], afterPaint: ['catalogue_engine'] },
  { page: 'search', path: '^/datasets/?$', chunks: ['catalogue', 'catalogue_engine'] },
  // A dataset page opens from the portal's /meta; the datasheet's catalogue rows (agency,
  // categories, counters) come after its first paint.
  { page: 'dataset: datasheet', path: '^/datasets/[^/]+(/passport)?/?$', chunks: ['dataset', 'dataset_passport'], afterPaint: ['catalogue_engine'] },
  { page: 'dataset: data', path: '^/datasets/[^/]+/data/?$', chunks: ['dataset', 'dataset_data'] },
  { page: 'dataset: API', path: '^/datasets/[^/]+/api/?$', chunks: ['dataset', 'dataset_api'] },
  // The map library (src/components/leaflet.rs) is static files, loaded when the map is shown.
  { page: 'dataset: map', path: '^/datasets/[^/]+/map/?$', chunks: ['dataset', 'dataset_map'],
    assets: ['vendor/leaflet.js', 'vendor/leaflet.markercluster.js', 'vendor/leaflet.css', 'vendor/MarkerCluster.css', 'vendor/MarkerCluster.Default.css'] },
  { page: 'dataset: comments or requests', path: '^/datasets/[^/]+/(comments|requests)/?$', chunks: ['dataset', 'dataset_community'] },
  // The new application's form offers the catalogue's categories and agencies: they wait for the
  // catalogue (200 KB) anyway, so the engine's code comes after the form's first paint.
  { page: 'new application', path: '^/applications/new/?$', chunks: ['applications'], afterPaint: ['catalogue_engine'] },
  { page: 'applications (list, one)', path: '^/applications(/[^/]+)?/?$', chunks: ['applications'] },
  { page: 'apps (list, one)', path: '^/apps(/[^/]+)?/?$', chunks: ['apps'] },
  { page: 'subscriptions', path: '^/account/subscriptions/?$', chunks: ['account'] },
  // Not needed to show any page: fetched when the citizen heads for it.
  { page: 'subscribe dialog', onDemand: true, chunks: ['subscribe'] },
];

/**
 * The files of each chunk, from the split loader's text: `const __chunk_N = makeLoad(() => {
 * const src = <fetch>` for shared code, then per chunk `export const __wasm_split_load_<name> =
 * wrapAsyncCb(makeLoad(() => { const src = <fetch> …, [deps]))`, where <fetch> is wasm-split's
 * `fetch(new URL("./chunk_N.wasm" …` or, once packed (scripts/split-wasm.mjs),
 * `__pack("./pack-<hash>.wasm", "chunk_N")`. Returns Map(name → [files…]), each file once.
 */
export function chunkFiles(loader) {
  // As wasm-split writes it, or with its whitespace minified away (scripts/minify.mjs).
  const src = String.raw`const src ?= ?(?:fetch\(new URL\("\.\/([^"]+)"|__pack\("\.\/([^"]+)")`;
  const start = String.raw`makeLoad\(\(?\(\) ?=> ?\{\s*${src}`;
  const shared = new Map();
  for (const m of loader.matchAll(new RegExp(String.raw`const (__chunk_\d+) ?= ?${start}`, 'g'))) {
    shared.set(m[1], m[2] || m[3]);
  }
  const chunks = new Map();
  const own = new RegExp(String.raw`export const __wasm_split_load_(\w+) ?= ?wrapAsyncCb\(${start}[\s\S]*?,\s*\[([^\]]*)\]\)\);`, 'g');
  for (const m of loader.matchAll(own)) {
    const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean);
    for (const d of deps) if (!shared.has(d)) throw new Error(`the split loader names an unknown ${d}`);
    chunks.set(m[1], [...new Set([m[2] || m[3], ...deps.map((d) => shared.get(d))])]);
  }
  if (!chunks.size) throw new Error('no chunks in the split loader: has wasm-split changed it?');
  const unlisted = [...chunks.keys()].filter((c) => !LANDINGS.some((l) => l.chunks.includes(c)));
  if (unlisted.length) throw new Error(`chunks missing from LANDINGS (scripts/split-manifest.mjs): ${unlisted}`);
  return chunks;
}

/** Each landing with the files of its chunks: [{ page, path, lang, onDemand, assets, files }]. */
export function landingFiles(loader) {
  const chunks = chunkFiles(loader);
  return LANDINGS.map(({ chunks: names, ...landing }) => {
    for (const n of names) if (!chunks.has(n)) throw new Error(`no chunk ${n} (LANDINGS in scripts/split-manifest.mjs)`);
    return { ...landing, files: [...new Set(names.flatMap((n) => chunks.get(n)))] };
  });
}

/**
 * boot.js's table of what a first visit fetches beside the main module (scripts/csp-loader.mjs
 * writes it, end2end/bench.mjs reads it): { pages: [[<path>, <landing pack>, <the chunks it
 * holds>]…] }, one line of JSON.
 */
export const firstVisitLine = (first) => `const first = ${JSON.stringify(first)};`;
export function firstVisit(boot) {
  const m = boot.match(/^const first = (\{.*\});$/m);
  if (!m) throw new Error('no first-visit table in boot.js: has scripts/csp-loader.mjs changed?');
  return JSON.parse(m[1]);
}
