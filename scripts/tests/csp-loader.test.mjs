// Contracts of scripts/csp-loader.mjs (docs/build-pipeline.md, step 8): trunk's inline
// start-up module moves to boot.js, which index.html loads as a file (no inline script).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { writeBoot } from '../csp-loader.mjs';
import { firstVisit } from '../split-manifest.mjs';
import { tempDir, trunkIndex } from './fixtures.mjs';

const landingPacks = [
  { page: 'search', path: '^/datasets/?$', file: 'land-0123456789abcdef.wasm', holds: 'catalogue catalogue_engine 1-3' },
  { page: 'dataset: data', path: '^/datasets/[^/]+/data/?$', file: 'land-fedcba9876543210.wasm', holds: 'dataset dataset_data 2 4' },
  // Two regexes matching /applications/new: the first listed wins.
  { page: 'new application', path: '^/applications/new/?$', file: 'land-aaaaaaaaaaaaaaaa.wasm', holds: 'applications 5' },
  { page: 'applications (list, one)', path: '^/applications(/[^/]+)?/?$', file: 'land-bbbbbbbbbbbbbbbb.wasm', holds: 'applications' },
];
const loader = '__wasm_split-00112233445566aa.js';

/** writeBoot on a staging dir holding `html` as index.html: [index.html, boot.js] after. */
function boot(html, publicUrl = '/') {
  const [dir, cleanup] = tempDir();
  try {
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    writeBoot({ staging: dir, publicUrl, landingPacks, loader });
    const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
    // boot.js must parse as a module (import, top-level await).
    fs.copyFileSync(path.join(dir, 'boot.js'), path.join(dir, 'boot.mjs'));
    execFileSync(process.execPath, ['--check', path.join(dir, 'boot.mjs')]);
    return [read('index.html'), read('boot.js')];
  } finally {
    cleanup();
  }
}

test('writeBoot: index.html keeps no inline script, and loads boot.js from the public URL', () => {
  const [html] = boot(trunkIndex());
  assert.doesNotMatch(html, /<script type="module">/);
  assert.doesNotMatch(html, /TrunkApplicationStarted/);
  assert.match(html, /<script type="module" src="\/boot\.js"><\/script>/);
  // Everything else as trunk wrote it (the tags the eGov team copies, docs/embedding.md).
  assert.match(html, /<link rel="modulepreload" href="\/opendata-web-0123456789abcdef\.js" crossorigin="anonymous" integrity="sha384-old-js">/);
  assert.match(html, /<script src="lowvision\.js"><\/script>/);
  const [under] = boot(trunkIndex({ base: '/opendata/' }), '/opendata/');
  assert.match(under, /<script type="module" src="\/opendata\/boot\.js"><\/script>/);
});

test('writeBoot: boot.js imports the bindings and the loader by their names, beside itself', () => {
  const [, js] = boot(trunkIndex({ base: '/opendata/' }), '/opendata/');
  assert.match(js, /^import init, \* as bindings from '\.\/opendata-web-0123456789abcdef\.js';$/m);
  assert.match(js, /^import \{ __wasm_split_landing \} from '\.\/__wasm_split-00112233445566aa\.js';$/m);
  assert.match(js, /init\(\{ module_or_path: new URL\('\.\/opendata-web-0123456789abcdef_bg\.wasm', import\.meta\.url\) \}\)/);
  // What trunk's script did after starting: the bindings on window, the event.
  assert.match(js, /window\.wasmBindings = bindings;/);
  assert.match(js, /dispatchEvent\(new CustomEvent\('TrunkApplicationStarted'/);
  assert.doesNotMatch(js, /\/opendata\//, 'no base path baked in: works under any');
});

test('writeBoot: boot.js carries each landing page\'s pack, as split-manifest reads it back', () => {
  const [, js] = boot(trunkIndex());
  assert.deepEqual(firstVisit(js), { pages: landingPacks.map((l) => [l.path, l.file, l.holds]) });
});

test('writeBoot: boot.js preloads and names the landing pack of the page the path lands on', async () => {
  const [, js] = boot(trunkIndex());
  // Run boot.js's own choice of landing, for a few paths, with its imports and DOM stubbed.
  const body = js
    .replace(/^import .*$/gm, '')
    .replace(/const wasm = await init[\s\S]*$/, '');
  const run = (pathname) => {
    const calls = [];
    const document = { createElement: () => ({}), head: { append: (l) => calls.push(['preload', l.href]) } };
    const landing = (file, holds) => calls.push(['landing', file, holds]);
    new Function('location', 'document', '__wasm_split_landing', 'import_meta_url',
      body.replaceAll('import.meta.url', 'import_meta_url'))(
      { pathname }, document, landing, 'https://example.kz/opendata/boot.js');
    return calls;
  };
  assert.deepEqual(run('/opendata/ru/datasets'), [
    ['preload', 'https://example.kz/opendata/land-0123456789abcdef.wasm'],
    ['landing', './land-0123456789abcdef.wasm', 'catalogue catalogue_engine 1-3'],
  ]);
  assert.deepEqual(run('/kk/datasets/gbd_ul/data').map((c) => c[1]), [
    'https://example.kz/opendata/land-fedcba9876543210.wasm', './land-fedcba9876543210.wasm',
  ]);
  assert.deepEqual(run('/ru/applications/new')[1], ['landing', './land-aaaaaaaaaaaaaaaa.wasm', 'applications 5']);
  assert.deepEqual(run('/ru/applications/7')[1], ['landing', './land-bbbbbbbbbbbbbbbb.wasm', 'applications']);
  assert.deepEqual(run('/en'), [], 'the home page needs no landing pack');
  assert.deepEqual(run('/en/apps'), []);
});

test('writeBoot: fails when trunk wrote no inline start-up script, or one without the names', () => {
  const html = trunkIndex();
  assert.throws(() => boot(html.replace('<script type="module">', '<script>')), /no inline start-up script in index\.html/);
  assert.throws(
    () => boot(html.replace(/module_or_path: '[^']*'/, "module_or_path: wasmUrl")),
    /cannot find the bindings and wasm names in the start-up script/,
  );
  // A second build's index.html (boot.js already in place): no inline script left to move.
  const [once] = boot(html);
  assert.throws(() => boot(once), /no inline start-up script/);
});
