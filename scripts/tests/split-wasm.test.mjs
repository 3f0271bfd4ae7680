// Contracts of scripts/split-wasm.mjs's pure steps (docs/build-pipeline.md, steps 2 to 7):
// the packs, the landing packs and their `holds`, the loader rewritten to read them (run here
// under Node's own WebAssembly), the bindings' import, the integrity hashes, the "name" section.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chunkFiles } from '../split-manifest.mjs';
import {
  SMALL_PACK, holds, importLoader, packBytes, packChunks, withIntegrity, withoutNames,
} from '../split-wasm.mjs';
import { SPLITS, idModule, namedModule, splitChunks, splitLoader, tempDir, trunkIndex } from './fixtures.mjs';

/** A pack's chunks, read as the split loader reads them: Map(name → bytes). */
function unpack(bytes) {
  const m = new WebAssembly.Module(bytes);
  const out = new Map();
  // A pack has nothing but custom sections: no imports, no exports.
  assert.deepEqual(WebAssembly.Module.imports(m), []);
  assert.deepEqual(WebAssembly.Module.exports(m), []);
  for (const n of sectionNames(bytes)) {
    const [s] = WebAssembly.Module.customSections(m, n);
    out.set(n, Buffer.from(s));
  }
  return out;
}

/** The names of a module's custom sections, in order. */
function sectionNames(bytes) {
  const names = [];
  const leb = (at) => {
    let v = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[at++];
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return [v, at];
  };
  for (let at = 8; at < bytes.length;) {
    const [size, body] = leb(at + 1);
    if (bytes[at] === 0) {
      const [len, name] = leb(body);
      names.push(bytes.subarray(name, name + len).toString());
    }
    at = body + size;
  }
  return names;
}

/** packChunks on the synthetic build: its result and the files it wrote. */
function packed(loader = splitLoader(SPLITS), chunks = splitChunks()) {
  const written = new Map();
  const out = packChunks(loader, chunks, (name, bytes) => {
    // Two landing pages needing the same chunks share their landing pack: same name, same bytes.
    if (written.has(name)) assert.deepEqual(bytes, written.get(name), `${name} written with other bytes`);
    written.set(name, bytes);
  });
  return { ...out, written, chunks };
}

test('holds: chunk numbers as ranges, split names as words', () => {
  const files = [25, 14, 15, 16, 48, 17, 18, 19, 20, 21, 22, 23, 24].map((n) => `chunk_${n}.wasm`);
  assert.equal(holds([...files, 'split_dataset.wasm']), 'dataset 14-25 48');
  assert.equal(holds(['chunk_3.wasm', 'chunk_5.wasm', 'chunk_6.wasm']), '3 5-6');
  assert.equal(holds(['split_catalogue.wasm', 'split_catalogue_engine.wasm']), 'catalogue catalogue_engine');
  assert.equal(holds([]), '');
  assert.throws(() => holds(['odd_1.wasm']), /wasm-split named a chunk odd_1/);
});

test('packBytes: a valid wasm module whose custom sections are the chunks, by name', () => {
  const chunks = new Map([['split_b.wasm', idModule(2)], ['chunk_1.wasm', idModule(1, 300)]]);
  const bytes = packBytes(['split_b.wasm', 'chunk_1.wasm'], chunks);
  assert.deepEqual(sectionNames(bytes), ['chunk_1', 'split_b']);
  const got = unpack(bytes);
  assert.deepEqual(got.get('chunk_1'), chunks.get('chunk_1.wasm'));
  assert.deepEqual(got.get('split_b'), chunks.get('split_b.wasm'));
  // The same members in any order make the same bytes (so the same content-hashed name).
  assert.deepEqual(packBytes(['chunk_1.wasm', 'split_b.wasm'], chunks), bytes);
});

test('packChunks: every file content-hashed, every chunk in exactly one pack, bytes intact', () => {
  const { written, chunks } = packed();
  for (const [name, bytes] of written) {
    const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    assert.match(name, /^(pack|land)-[0-9a-f]{16}\.wasm$/);
    assert.equal(name.slice(5, 21), hash, `${name} is named by its content`);
  }
  const inPacks = new Map();
  for (const [name, bytes] of written) {
    if (!name.startsWith('pack-')) continue;
    for (const [chunk, body] of unpack(bytes)) {
      assert.ok(!inPacks.has(chunk), `${chunk} is in two packs`);
      inPacks.set(chunk, name);
      assert.deepEqual(body, chunks.get(`${chunk}.wasm`));
    }
  }
  assert.deepEqual([...inPacks.keys()].sort(), [...chunks.keys()].map((f) => f.slice(0, -5)).sort());
});

test('packChunks: chunks the same landing pages need travel together; small groups share a pack', () => {
  const { written } = packed();
  const packOf = new Map();
  for (const [name, bytes] of written) {
    if (name.startsWith('pack-')) for (const c of unpack(bytes).keys()) packOf.set(c, name);
  }
  const same = (...cs) => assert.equal(new Set(cs.map((c) => packOf.get(c))).size, 1, `${cs} share a pack`);
  // Needed by the search page only.
  same('chunk_1', 'split_catalogue', 'split_catalogue_engine');
  // Needed by every dataset page.
  same('split_dataset', 'chunk_2');
  // Under SMALL_PACK bytes per group: one pack of leftovers, whichever pages need them.
  const leftovers = ['split_dataset_passport', 'split_dataset_data', 'split_dataset_api', 'split_dataset_map',
    'split_dataset_community', 'split_applications', 'split_apps', 'split_account', 'split_subscribe'];
  same(...leftovers);
  // chunk_3 (every dataset page but comments and requests) and chunk_4 (applications and apps):
  // sets of their own.
  const packs = ['chunk_1', 'chunk_2', 'chunk_3', 'chunk_4', leftovers[0]].map((c) => packOf.get(c));
  assert.equal(new Set(packs).size, 5);
  assert.equal([...written.keys()].filter((f) => f.startsWith('pack-')).length, 5);
  assert.ok(written.get(packOf.get('split_account')).length < 2 * SMALL_PACK);
});

test('packChunks: one landing pack per landing page with chunks, holding exactly them', () => {
  const { landingPacks, written } = packed();
  const pages = landingPacks.map((l) => l.page);
  assert.ok(!pages.includes('home'), 'the home page is in the main module');
  assert.ok(!pages.includes('subscribe dialog'), 'on demand only: no landing pack');
  assert.ok(pages.includes('search') && pages.includes('dataset: map'));
  const search = landingPacks.find((l) => l.page === 'search');
  assert.equal(search.path, '^/datasets/?$');
  assert.equal(search.holds, 'catalogue catalogue_engine 1');
  assert.deepEqual([...unpack(written.get(search.file)).keys()], ['chunk_1', 'split_catalogue', 'split_catalogue_engine']);
  for (const l of landingPacks) {
    assert.match(l.file, /^land-[0-9a-f]{16}\.wasm$/);
    assert.equal(holds([...unpack(written.get(l.file)).keys()].map((c) => `${c}.wasm`)), l.holds);
  }
});

test('packChunks: the rewritten loader fetches packs, not chunks, and split-manifest still reads it', () => {
  const { link, written } = packed();
  assert.doesNotMatch(link, /fetch\(new URL\("\.\/(chunk|split)_/);
  assert.match(link, /export function __wasm_split_landing\(file, holds\)/);
  const files = chunkFiles(link);
  for (const [, list] of files) for (const f of list) assert.ok(written.has(f) && f.startsWith('pack-'), f);
});

test('packChunks: the loader runs, each chunk from its pack or, once named, from the landing pack', async () => {
  const { link, written, landingPacks } = packed();
  const [dir, cleanup] = tempDir();
  const fetched = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (url) => {
    const file = path.basename(new URL(url).pathname);
    fetched.push(file);
    const bytes = written.get(file);
    return bytes ? { ok: true, arrayBuffer: async () => bytes } : { ok: false, status: 404 };
  };
  try {
    const file = path.join(dir, 'loader.mjs');
    fs.writeFileSync(file, link);
    const ids = (r) => [r.own.instance.exports.id(), ...r.deps.map((d) => d.own.instance.exports.id())];
    const loader = await import(pathToFileURL(file).href);
    // As split.rs numbers them in the fixture: chunk_1..4 are 1..4, split_<name> 5.. in SPLITS order.
    assert.deepEqual(ids(await loader.__wasm_split_load_dataset_api()), [10, 3]);
    assert.ok(fetched.every((f) => f.startsWith('pack-')));
    // Each pack is fetched once, however many chunks come from it.
    assert.equal(new Set(fetched).size, fetched.length);

    const fresh = await import(`${pathToFileURL(file).href}?landing`);
    const data = landingPacks.find((l) => l.page === 'dataset: data');
    fresh.__wasm_split_landing(`./${data.file}`, data.holds);
    fetched.length = 0;
    assert.deepEqual(ids(await fresh.__wasm_split_load_dataset()), [7, 2]);
    assert.deepEqual(ids(await fresh.__wasm_split_load_dataset_data()), [9, 3]);
    assert.deepEqual(fetched, [data.file], 'the landing page\'s chunks all come from its landing pack');
    // A chunk the landing pack does not hold comes from its own pack.
    assert.deepEqual(ids(await fresh.__wasm_split_load_apps()), [14, 4]);
    assert.equal(fetched.length, 3);
  } finally {
    globalThis.fetch = realFetch;
    cleanup();
  }
});

test('packChunks: a failed pack fetch is forgotten, so "Try again" fetches it again', async () => {
  const { link, written } = packed();
  const [dir, cleanup] = tempDir();
  const realFetch = globalThis.fetch;
  let fail = true;
  globalThis.fetch = async (url) => {
    if (fail) return { ok: false, status: 503 };
    return { ok: true, arrayBuffer: async () => written.get(path.basename(new URL(url).pathname)) };
  };
  try {
    const file = path.join(dir, 'loader.mjs');
    fs.writeFileSync(file, link);
    const loader = await import(pathToFileURL(file).href);
    await assert.rejects(loader.__wasm_split_load_account(), /HTTP 503/);
    fail = false;
    const r = await loader.__wasm_split_load_account();
    assert.equal(r.own.instance.exports.id(), 15);
  } finally {
    globalThis.fetch = realFetch;
    cleanup();
  }
});

test('packChunks: fails on a chunk no landing needs, a load of no pack, or a changed loader', () => {
  const chunks = splitChunks();
  assert.throws(() => packed(undefined, new Map([...chunks, ['chunk_99.wasm', idModule(9)]])), /chunk_99\.wasm is needed by no landing page/);
  const extra = splitLoader(SPLITS) + splitLoader({}).replace(/^[\s\S]*$/, '')
    + 'const __chunk_42 = makeLoad(() => {\n    const src = fetch(new URL("./chunk_42.wasm", import.meta.url));\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n}\n, []);\n';
  assert.throws(() => packed(extra), /loads chunk_42\.wasm, which is in no pack/);
  const debug = splitLoader(SPLITS).replaceAll('=> (WebAssembly', '=> debugWrap(WebAssembly');
  assert.throws(() => packed(debug), /rewrote 0 chunk loads of 16/);
  const noMakeLoad = splitLoader(SPLITS).replace('function makeLoad(', 'function makeLoader(');
  assert.throws(() => packed(noMakeLoad), /no makeLoad in the link module/);
});

test('importLoader: the bindings import the loader by its hashed name; the wasm\'s import key stays', () => {
  const glue = `import * as __wbg_star0 from './__wasm_split.js';\nimport{x}from"./__wasm_split.js";\nimports['./__wasm_split.js'] = __wbg_star0;\n`;
  const out = importLoader(glue, '__wasm_split-0123456789abcdef.js');
  assert.equal(out, `import * as __wbg_star0 from './__wasm_split-0123456789abcdef.js';\nimport{x}from'./__wasm_split-0123456789abcdef.js';\nimports['./__wasm_split.js'] = __wbg_star0;\n`);
  assert.throws(() => importLoader('import x from "./other.js";', 'y.js'), /do not import the split loader/);
});

test('withIntegrity: the tag\'s integrity is the sha384 of the new bytes; a tag without one fails', () => {
  const html = trunkIndex();
  const bytes = Buffer.from('console.log(1);');
  const out = withIntegrity(html, 'opendata-web-0123456789abcdef.js', bytes);
  const sri = `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
  assert.ok(out.includes(`href="/opendata-web-0123456789abcdef.js" crossorigin="anonymous" integrity="${sri}"`));
  // The wasm's tag, whose name shares the stem, is untouched.
  assert.ok(out.includes('integrity="sha384-old-wasm"'));
  const css = withIntegrity(out, 'main-1111111111111111.css', Buffer.from('a{b:c}'));
  assert.doesNotMatch(css, /sha384-old-css/);
  assert.throws(() => withIntegrity(html, 'lowvision.js', bytes), /no integrity attribute for lowvision\.js/);
});

test('withoutNames: drops the "name" section only; the module still compiles and runs', () => {
  const bytes = namedModule();
  assert.deepEqual(sectionNames(bytes), ['name', 'producers']);
  const out = withoutNames(bytes);
  assert.deepEqual(sectionNames(out), ['producers']);
  // The section: its id, its size, the name's length, "name", three bytes.
  assert.equal(out.length, bytes.length - 10);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(out));
  assert.equal(exports.id(), 5);
});
