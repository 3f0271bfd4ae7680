// Contracts of scripts/split-manifest.mjs (docs/build-pipeline.md, step 1): reading the split
// loader, the landing pages, and boot.js's first-visit table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANDINGS, chunkFiles, firstVisit, firstVisitLine, landingFiles } from '../split-manifest.mjs';
import { SPLITS, splitLoader } from './fixtures.mjs';

/** The loader with its whitespace minified away, as scripts/minify.mjs leaves it (terser,
 * whitespace only). */
const minified = (js) => js
  .replace(/\/\*[^*]*\*\//g, '')
  .replace(/\s*([=(){},;>])\s*/g, '$1')
  .replace(/\n/g, '');

test('chunkFiles: each split with its own file and its shared chunks, each once', () => {
  const chunks = chunkFiles(splitLoader(SPLITS));
  assert.deepEqual([...chunks.keys()].sort(), Object.keys(SPLITS).sort());
  assert.deepEqual(chunks.get('catalogue'), ['split_catalogue.wasm', 'chunk_1.wasm']);
  assert.deepEqual(chunks.get('dataset'), ['split_dataset.wasm', 'chunk_2.wasm']);
  assert.deepEqual(chunks.get('dataset_passport'), ['split_dataset_passport.wasm', 'chunk_2.wasm', 'chunk_3.wasm']);
  assert.deepEqual(chunks.get('account'), ['split_account.wasm']);
});

test('chunkFiles: reads the loader minified as well as written', () => {
  const js = splitLoader(SPLITS);
  assert.notEqual(minified(js), js);
  assert.match(minified(js), /export const __wasm_split_load_dataset=wrapAsyncCb\(makeLoad\(\(\)=>\{const src=fetch/);
  assert.deepEqual(chunkFiles(minified(js)), chunkFiles(js));
});

test('chunkFiles: reads packed loads (__pack) as their pack files, each once', () => {
  // chunk_3 travels with the splits' own code, the other shared chunks in packs of their own.
  const js = splitLoader(SPLITS)
    .replace(/fetch\(new URL\("\.\/chunk_3\.wasm", import\.meta\.url\)\)/g, '__pack("./pack-own.wasm", "chunk_3")')
    .replace(/fetch\(new URL\("\.\/chunk_(\d)\.wasm", import\.meta\.url\)\)/g, '__pack("./pack-shared$1.wasm", "chunk_$1")')
    .replace(/fetch\(new URL\("\.\/(split_\w+)\.wasm", import\.meta\.url\)\)/g, '__pack("./pack-own.wasm", "$1")');
  const chunks = chunkFiles(js);
  assert.deepEqual(chunks.get('dataset_passport'), ['pack-own.wasm', 'pack-shared2.wasm']);
  assert.deepEqual(chunks.get('catalogue'), ['pack-own.wasm', 'pack-shared1.wasm']);
  assert.deepEqual(chunks.get('account'), ['pack-own.wasm']);
});

test('chunkFiles: fails on an unknown shared chunk, no chunks, or a chunk missing from LANDINGS', () => {
  const js = splitLoader(SPLITS);
  assert.throws(() => chunkFiles(js.replace('[__chunk_4]));', '[__chunk_9]));')), /unknown __chunk_9/);
  assert.throws(() => chunkFiles('function makeLoad() {}'), /no chunks in the split loader/);
  assert.throws(() => chunkFiles(splitLoader({ ...SPLITS, mystery: [1] })), /chunks missing from LANDINGS.*mystery/);
});

test('landingFiles: every landing with the union of its chunks\' files', () => {
  const landings = landingFiles(splitLoader(SPLITS));
  assert.equal(landings.length, LANDINGS.length);
  const by = Object.fromEntries(landings.map((l) => [l.page, l]));
  assert.deepEqual(by.home.files, []);
  assert.deepEqual(by.home.afterPaint, ['catalogue_engine']);
  assert.deepEqual(by.search.files, ['split_catalogue.wasm', 'chunk_1.wasm', 'split_catalogue_engine.wasm']);
  assert.deepEqual(by['dataset: data'].files, ['split_dataset.wasm', 'chunk_2.wasm', 'split_dataset_data.wasm', 'chunk_3.wasm']);
  assert.deepEqual(by['dataset: comments or requests'].files, ['split_dataset.wasm', 'chunk_2.wasm', 'split_dataset_community.wasm']);
  assert.equal(by['dataset: map'].assets.length, 5);
  assert.equal(by['subscribe dialog'].onDemand, true);
  assert.equal(by['subscribe dialog'].path, undefined);
  for (const l of landings) assert.equal(l.chunks, undefined, 'chunk names are replaced by files');
});

test('landingFiles: fails when a chunk LANDINGS names is not in the loader', () => {
  const { apps, ...rest } = SPLITS;
  assert.throws(() => landingFiles(splitLoader(rest)), /no chunk apps/);
});

test('LANDINGS: boot.js picks the right landing page for a path (the first that matches)', () => {
  // As boot.js does: the path after the language prefix, the first landing whose regex matches.
  const pick = (rest) => LANDINGS.filter((l) => l.path).find((l) => new RegExp(l.path).test(rest))?.page;
  assert.equal(pick('/'), 'home');
  assert.equal(pick('/datasets'), 'search');
  assert.equal(pick('/datasets/'), 'search');
  assert.equal(pick('/datasets/gbd_ul'), 'dataset: datasheet');
  assert.equal(pick('/datasets/gbd_ul/passport'), 'dataset: datasheet');
  assert.equal(pick('/datasets/gbd_ul/data'), 'dataset: data');
  assert.equal(pick('/datasets/gbd_ul/api'), 'dataset: API');
  assert.equal(pick('/datasets/gbd_ul/map'), 'dataset: map');
  assert.equal(pick('/datasets/gbd_ul/comments'), 'dataset: comments or requests');
  assert.equal(pick('/datasets/gbd_ul/requests'), 'dataset: comments or requests');
  assert.equal(pick('/applications/new'), 'new application');
  assert.equal(pick('/applications'), 'applications (list, one)');
  assert.equal(pick('/applications/12'), 'applications (list, one)');
  assert.equal(pick('/apps/3'), 'apps (list, one)');
  assert.equal(pick('/account/subscriptions'), 'subscriptions');
  assert.equal(pick('/nowhere'), undefined);
});

test('firstVisitLine and firstVisit: one line of JSON, read back from boot.js as written', () => {
  const first = { pages: [['^/datasets/?$', 'land-0123456789abcdef.wasm', 'catalogue 1-3 7']] };
  const line = firstVisitLine(first);
  assert.equal(line.split('\n').length, 1);
  assert.match(line, /^const first = \{.*\};$/);
  const boot = `import init from './x.js';\n// a comment\n${line}\nconst landing = 1;\n`;
  assert.deepEqual(firstVisit(boot), first);
});

test('firstVisit: fails on a boot.js without the table', () => {
  assert.throws(() => firstVisit('import init from "./x.js";\n'), /no first-visit table in boot\.js/);
});
