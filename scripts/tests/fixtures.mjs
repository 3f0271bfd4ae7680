// Small synthetic inputs for the build pipeline's contract tests (docs/build-pipeline.md): what
// wasm-split, wasm-bindgen and trunk hand the post_build hook, in their shapes, but tiny.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const section = (id, body) => Buffer.from([id, ...leb(body.length), ...body]);
const custom = (name, bytes) => {
  const n = Buffer.from(name);
  return section(0, [...leb(n.length), ...n, ...bytes]);
};

/** A valid wasm module exporting `id() → n` (0 ≤ n < 64), padded with a custom section of
 * `pad` bytes (so a chunk can be made larger than SMALL_PACK). */
export function idModule(n, pad = 0) {
  return Buffer.concat([
    Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    section(1, [1, 0x60, 0, 1, 0x7f]), // type: () -> i32
    section(3, [1, 0]), // one function of that type
    section(7, [1, 2, 0x69, 0x64, 0, 0]), // export "id"
    section(10, [1, 4, 0, 0x41, n, 0x0b]), // i32.const n
    ...(pad ? [custom('pad', Buffer.alloc(pad, 7))] : []),
  ]);
}

/** A module with a "name" section and another custom section, as rustc leaves them. */
export function namedModule() {
  return Buffer.concat([idModule(5), custom('name', [1, 2, 3]), custom('producers', [4, 5])]);
}

/** wasm-split's fetcher for `file` (its `--target web` output, without debug wrapping). */
const fetcher = (file) => `() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
`;

/**
 * A split loader as wasm-split writes `__wasm_split.js`: one `const __chunk_N = makeLoad(…)`
 * per shared chunk, one `export const __wasm_split_load_<name> = wrapAsyncCb(makeLoad(…,
 * [deps]))` per split. `splits`: { name: [shared chunk numbers] }. Its `makeLoad` and
 * `wrapAsyncCb` are stand-ins that load a module and its dependencies, so the module can be
 * imported and run under Node.
 */
export function splitLoader(splits) {
  let js = `function wrapAsyncCb(callee) {
    return callee;
}
function makeLoad(fetcher, deps) {
    return async () => {
        const loaded = await Promise.all(deps.map((d) => d()));
        const own = await fetcher()({});
        return { own, deps: loaded };
    };
}
`;
  const shared = [...new Set(Object.values(splits).flat())].sort((a, b) => a - b);
  for (const n of shared) {
    js += `/* shared */\nconst __chunk_${n} = makeLoad(${fetcher(`chunk_${n}.wasm`)}, []);\n`;
  }
  for (const [name, deps] of Object.entries(splits)) {
    const list = deps.map((d) => `__chunk_${d}`).join(', ');
    js += `export const __wasm_split_load_${name} = wrapAsyncCb(makeLoad(${fetcher(`split_${name}.wasm`)}, [${list}]));\n`;
  }
  return js;
}

/**
 * Every chunk of LANDINGS (scripts/split-manifest.mjs), with shared chunks: 1 for the search
 * page, 2 for every dataset page, 3 for the dataset tabs but comments and requests, 4 for the
 * applications and the apps.
 */
export const SPLITS = {
  catalogue: [1],
  catalogue_engine: [1],
  dataset: [2],
  dataset_passport: [2, 3],
  dataset_data: [3],
  dataset_api: [3],
  dataset_map: [3],
  dataset_community: [],
  applications: [4],
  apps: [4],
  account: [],
  subscribe: [],
};

/** The chunk files of SPLITS, as wasm-split writes them (Map file → bytes): each a module
 * whose `id()` is its own number; the shared ones and the engine's large enough (5 KB) to have
 * packs of their own, the others small. */
export function splitChunks() {
  const chunks = new Map();
  const names = [
    ...[1, 2, 3, 4].map((n) => `chunk_${n}`),
    ...Object.keys(SPLITS).map((s) => `split_${s}`),
  ];
  names.forEach((name, i) => {
    const big = name.startsWith('chunk_') || name === 'split_catalogue_engine';
    chunks.set(`${name}.wasm`, idModule(i + 1, big ? 5000 : 0));
  });
  return chunks;
}

/** trunk's index.html for a release build: hashed names, integrity attributes, the inline
 * start-up module. */
export function trunkIndex({ base = '/', stem = 'opendata-web-0123456789abcdef' } = {}) {
  return `<!DOCTYPE html>
<html lang="kk">
  <head>
    <base href="${base}" />
    <link rel="stylesheet" href="${base}main-1111111111111111.css" integrity="sha384-old-css"/>
    <script src="lowvision.js"></script>

<script type="module">
import init, * as bindings from '${base}${stem}.js';
const wasm = await init({ module_or_path: '${base}${stem}_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
  <link rel="modulepreload" href="${base}${stem}.js" crossorigin="anonymous" integrity="sha384-old-js"><link rel="preload" href="${base}${stem}_bg.wasm" crossorigin="anonymous" integrity="sha384-old-wasm" as="fetch" type="application/wasm"></head>
  <body class="od-page"></body>
</html>
`;
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opendata-pipeline-test-'));
  return [dir, () => fs.rmSync(dir, { recursive: true, force: true })];
}
