// Steps 1 to 7 of the post_build hook (docs/build-pipeline.md: each step's input, output,
// contract and why): cut the app's wasm at its split points (src/pages/split.rs), so a first
// visit downloads only what its page needs, and redo the build's tail that trunk ran on the
// unsplit module. Returns what boot.js fetches beside the main module (scripts/csp-loader.mjs).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { landingFiles } from './split-manifest.mjs';
import { minifyCss, minifyModule } from './minify.mjs';


const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const digest = (bytes, alg = 'sha256') => crypto.createHash(alg).update(bytes).digest();
const shortHash = (bytes) => digest(bytes).toString('hex').slice(0, 16);

/** The module without its "name" section (binaryen warns about the linker's subsections in it,
 * and a release build drops it anyway). */
export function withoutNames(bytes) {
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return [value, at];
  };
  const keep = [bytes.subarray(0, 8)];
  for (let at = 8; at < bytes.length;) {
    const [size, body] = leb(at + 1);
    const end = body + size;
    let drop = false;
    if (bytes[at] === 0) {
      const [len, name] = leb(body);
      drop = bytes.subarray(name, name + len).toString() === 'name';
    }
    if (!drop) keep.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(keep);
}

/**
 * `wasm-opt -O3` for every module, in this process: npm binaryen (the wasm-opt trunk is pinned
 * to) as a library, since starting its CLI costs over a second per file and there are dozens.
 * -O3, not -Os or -Oz: the first visit is measured compressed, and brotli packs the inlined code
 * of -O3 tighter (docs/build-pipeline.md, step 3, has the figures).
 */
async function optimiser(root) {
  const url = pathToFileURL(path.join(root, 'tools', 'node_modules', 'binaryen', 'index.js'));
  const binaryen = (await import(url.href)).default;
  binaryen.setOptimizeLevel(3);
  binaryen.setShrinkLevel(0);
  const F = binaryen.Features;
  // What rustc's wasm32-unknown-unknown target emits; the chunks carry no target_features
  // section to read it from.
  const features = F.BulkMemory | F.BulkMemoryOpt | F.CallIndirectOverlong | F.MutableGlobals
    | F.SignExt | F.ReferenceTypes | F.Multivalue | F.NontrappingFPToInt;
  return (file) => {
    const m = binaryen.readBinary(withoutNames(fs.readFileSync(file)));
    try {
      m.setFeatures(features);
      if (!m.validate()) throw new Error(`${file} does not validate`);
      m.optimize();
      fs.writeFileSync(file, m.emitBinary());
    } finally {
      m.dispose();
    }
  };
}

/** Packs smaller than this (bytes) go into one pack of leftovers, fetched by every page that
 * needs any of them (not by the home page): a few KB fetched early beat a dozen more round
 * trips. */
export const SMALL_PACK = 4000;

/** An unsigned LEB128 number, as wasm writes sizes. */
function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

/**
 * A pack: a wasm module (header only) whose custom sections are the `members` (file names
 * `<name>.wasm`, keys of `chunks`: Map(file → bytes)), in name order, each section named
 * `<name>`; the split loader reads one with `WebAssembly.Module.customSections`.
 */
export function packBytes(members, chunks) {
  const parts = [Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])];
  for (const f of [...members].sort()) {
    const name = Buffer.from(f.slice(0, -'.wasm'.length));
    const body = Buffer.concat([leb(name.length), name, chunks.get(f)]);
    parts.push(Buffer.from([0]), leb(body.length), body);
  }
  return Buffer.concat(parts);
}

/**
 * Which chunks a landing pack holds, for the loader: "14-25 48 dataset" is chunk_14 to
 * chunk_25, chunk_48 and split_dataset (short, as boot.js carries one per landing page).
 */
export function holds(files) {
  const names = files.map((f) => f.slice(0, -'.wasm'.length));
  const words = [];
  const numbers = [];
  for (const n of names) {
    const m = n.match(/^chunk_(\d+)$|^split_(\w+)$/);
    if (!m) throw new Error(`wasm-split named a chunk ${n}: neither chunk_<n> nor split_<name>`);
    if (m[1]) numbers.push(Number(m[1]));
    else words.push(m[2]);
  }
  numbers.sort((a, b) => a - b);
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (numbers[j + 1] === numbers[j] + 1) j++;
    words.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return words.join(' ');
}

/**
 * Chunks in packs (docs/build-pipeline.md, step 4): a landing page needs 30 to 60 chunks, each a
 * request and compressed on its own. `pack-<hash>.wasm`: the chunks the same set of landing pages
 * needs, for moving between pages; `land-<hash>.wasm`: all of one landing page's chunks, which
 * boot.js fetches beside the main module and names to the loader (`__wasm_split_landing`).
 * Returns the loader rewritten to read them and the landing packs ([{ page, path, file, holds
 * }]); `write` stores each content-hashed file.
 */
export function packChunks(link, chunks, write) {
  const landings = landingFiles(link);
  const needs = new Map();
  for (const { page, files } of landings) {
    for (const f of files) needs.set(f, [...(needs.get(f) || []), page]);
  }
  const groups = new Map();
  for (const f of chunks.keys()) {
    if (!needs.has(f)) throw new Error(`${f} is needed by no landing page (LANDINGS in scripts/split-manifest.mjs)`);
    const key = needs.get(f).join('\n');
    groups.set(key, [...(groups.get(key) || []), f]);
  }
  const packs = [];
  // Small groups share one pack of leftovers.
  const small = [];
  for (const members of groups.values()) {
    const size = members.reduce((n, f) => n + chunks.get(f).length, 0);
    if (size < SMALL_PACK) small.push(...members);
    else packs.push(members);
  }
  if (small.length) packs.push(small);

  const pack = (prefix, members) => {
    const bytes = packBytes(members, chunks);
    const file = `${prefix}-${shortHash(bytes)}.wasm`;
    write(file, bytes);
    return file;
  };
  const packOf = new Map();
  for (const members of packs) {
    const file = pack('pack', members);
    for (const f of members) packOf.set(f, file);
  }
  const landingPacks = landings
    .filter((l) => l.path && l.files.length)
    .map(({ page, path, files }) => ({ page, path, file: pack('land', files), holds: holds(files) }));

  const fetcher = /const src = fetch\(new URL\("\.\/([^"]+)\.wasm", import\.meta\.url\)\);(\s*src\.catch\(\(\) => \{\}\);\s*)return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g;
  let seen = 0;
  link = link.replace(fetcher, (_, name, mid) => {
    seen += 1;
    const file = packOf.get(`${name}.wasm`);
    if (!file) throw new Error(`the link module loads ${name}.wasm, which is in no pack`);
    return `const src = __pack("./${file}", "${name}");${mid}return async (imports) => (WebAssembly.instantiate(await src, imports));`;
  });
  if (seen !== chunks.size) throw new Error(`rewrote ${seen} chunk loads of ${chunks.size}: has wasm-split changed its loader?`);
  const header = 'function makeLoad(';
  if (!link.includes(header)) throw new Error('no makeLoad in the link module: has wasm-split changed?');
  link = link.replace(header, `// A chunk's bytes from its pack (scripts/split-wasm.mjs). Each pack is fetched once; a failed
// fetch is forgotten, so the page's "Try again" fetches it again. The page a visit lands on has
// all its chunks in one landing pack, named by boot.js with the chunks it holds
// ("14-25 48 dataset": chunk_14 to chunk_25, chunk_48, split_dataset): those come from it.
const packs = new Map();
const landing = { file: undefined, holds: new Set() };
export function __wasm_split_landing(file, holds) {
    landing.file = file;
    for (const h of holds.split(' ')) {
        const [from, to = from] = h.split('-');
        if (!/^\\d/.test(h)) landing.holds.add(\`split_\${h}\`);
        else for (let n = Number(from); n <= Number(to); n++) landing.holds.add(\`chunk_\${n}\`);
    }
}
function loadPack(file) {
    let pack = packs.get(file);
    if (pack === undefined) {
        pack = fetch(new URL(file, import.meta.url)).then(async (r) => {
            if (!r.ok) throw new Error(\`\${file}: HTTP \${r.status}\`);
            return WebAssembly.compile(await r.arrayBuffer());
        });
        packs.set(file, pack);
        pack.catch(() => {
            if (packs.get(file) === pack) packs.delete(file);
        });
    }
    return pack;
}
function __pack(file, name) {
    const from = landing.holds.has(name) ? landing.file : file;
    return loadPack(from).then((m) => {
        const [bytes] = WebAssembly.Module.customSections(m, name);
        if (!bytes) throw new Error(\`\${from} has no \${name}\`);
        return bytes;
    });
}
${header}`);
  return { link, landingPacks };
}

/**
 * The bindings importing the split loader by its content-hashed name. Only the import
 * statements: the import object's keys are the module name the wasm asks for, which stays
 * "./__wasm_split.js".
 */
export function importLoader(glue, linkName) {
  const from = /(\bfrom\s*)(['"])\.\/__wasm_split\.js\2/g;
  if (!from.test(glue)) {
    throw new Error('the bindings do not import the split loader: has wasm-bindgen changed?');
  }
  return glue.replace(from, `$1'./${linkName}'`);
}

/**
 * index.html with the Subresource Integrity hash of `file` (its new `bytes`) in the tag that
 * links it: trunk's hashes are of the files it wrote, which this hook rewrote.
 */
export function withIntegrity(html, file, bytes) {
  const sri = `sha384-${digest(bytes, 'sha384').toString('base64')}`;
  const tag = new RegExp(`(href="[^"]*${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*"`);
  if (!tag.test(html)) throw new Error(`no integrity attribute for ${file} in index.html`);
  return html.replace(tag, `$1${sri}"`);
}

export async function splitWasm({ root, staging, release }) {
  const profile = release ? 'release' : 'debug';
  const targetDir = path.resolve(root, process.env.CARGO_TARGET_DIR || 'target');
  const input = path.join(targetDir, 'wasm32-unknown-unknown', profile, 'opendata-web.wasm');
  if (!fs.existsSync(input)) throw new Error(`cargo's wasm is not at ${input}`);

  // trunk's output names: opendata-web-<hash>.js and opendata-web-<hash>_bg.wasm.
  const js = fs.readdirSync(staging).find((f) => /^opendata-web-[0-9a-f]+\.js$/.test(f));
  if (!js) throw new Error('no opendata-web-<hash>.js in the staging dir: has trunk changed?');
  const stem = js.slice(0, -3);
  const bgWasm = `${stem}_bg.wasm`;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opendata-split-'));
  try {
    const splitDir = path.join(tmp, 'split');
    const bindgenDir = path.join(tmp, 'bindgen');
    run('wasm-split-cli', [input, splitDir, '--target', 'web', '--out-name', stem]);
    run('wasm-bindgen', [
      '--target=web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
      `--out-dir=${bindgenDir}`, `--out-name=${stem}`, path.join(splitDir, `${stem}.wasm`),
    ]);

    const optimise = release ? await optimiser(root) : () => {};
    const chunks = new Map();
    for (const f of fs.readdirSync(splitDir)) {
      if (!f.endsWith('.wasm') || f === `${stem}.wasm`) continue;
      const file = path.join(splitDir, f);
      optimise(file);
      chunks.set(f, fs.readFileSync(file));
    }
    let link = fs.readFileSync(path.join(splitDir, '__wasm_split.js'), 'utf8');
    const packed = packChunks(link, chunks, (name, bytes) => fs.writeFileSync(path.join(staging, name), bytes));
    // Minified in a release build, but only its whitespace: its names and shape are what
    // scripts/split-manifest.mjs reads.
    link = release ? await minifyModule(root, packed.link, { whitespaceOnly: true }) : packed.link;
    const linkName = `__wasm_split-${shortHash(Buffer.from(link))}.js`;
    fs.writeFileSync(path.join(staging, linkName), link);

    const mainWasm = path.join(bindgenDir, bgWasm);
    optimise(mainWasm);
    let glue = importLoader(fs.readFileSync(path.join(bindgenDir, js), 'utf8'), linkName);
    // wasm-bindgen's bindings are every visit's largest script: minified in a release build (a
    // fifth less, brotli).
    if (release) glue = await minifyModule(root, glue);
    fs.writeFileSync(path.join(staging, js), glue);
    fs.copyFileSync(mainWasm, path.join(staging, bgWasm));

    // Our stylesheets, minified in a release build (a third less, brotli).
    const styles = release ? fs.readdirSync(staging).filter((f) => f.endsWith('.css')) : [];
    for (const f of styles) {
      const file = path.join(staging, f);
      fs.writeFileSync(file, minifyCss(fs.readFileSync(file, 'utf8')));
    }

    // trunk's Subresource Integrity hashes are of the files it wrote; these are new.
    const indexPath = path.join(staging, 'index.html');
    let html = fs.readFileSync(indexPath, 'utf8');
    for (const f of [js, bgWasm, ...styles]) {
      html = withIntegrity(html, f, fs.readFileSync(path.join(staging, f)));
    }
    fs.writeFileSync(indexPath, html);
    // For boot.js: what each landing page needs, to fetch it beside the main module.
    return { landings: landingFiles(link), landingPacks: packed.landingPacks, loader: linkName };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
