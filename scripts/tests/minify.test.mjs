// Contracts of scripts/minify.mjs (docs/build-pipeline.md, steps 5 and 6): the stylesheets'
// minifier and terser on the bindings and the split loader.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyModule } from '../minify.mjs';
import { chunkFiles } from '../split-manifest.mjs';
import { packChunks } from '../split-wasm.mjs';
import { SPLITS, splitChunks, splitLoader } from './fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('minifyCss: no comments, no whitespace CSS never needs, no ; before }', () => {
  const css = '/* theme */\n.od-app  .card > h2 {\n  color : red ;\n  margin: 0 auto ;\n}\n\n@media (min-width: 40em) {\n  a { b: c; }\n}\n';
  assert.equal(minifyCss(css), '.od-app .card > h2{color : red;margin: 0 auto}@media (min-width: 40em){a{b: c}}');
});

test('minifyCss: strings as they are; a comment between words still separates them', () => {
  assert.equal(minifyCss('a { content: "  x ;  } " ; }'), 'a{content: "  x ;  } "}');
  assert.equal(minifyCss("a::after { content: '/* not a comment */' }"), "a::after{content: '/* not a comment */'}");
  assert.equal(minifyCss('a { content: "a\\"  b" }'), 'a{content: "a\\"  b"}');
  assert.equal(minifyCss('.x/* c */.y{a:b}'), '.x .y{a:b}');
  assert.equal(minifyCss('a { font: 1em/1.5 a , b }'), 'a{font: 1em/1.5 a,b}');
});

test('minifyCss: fails on an unclosed comment, or when its output would change the blocks', () => {
  assert.throws(() => minifyCss('a { b: c } /* open'), /an unclosed comment in a stylesheet/);
  // A brace inside what only looks like a comment, in a string: the check counts it.
  assert.throws(() => minifyCss('a { content: "/* { */" }'), /minifying a stylesheet changed its blocks/);
});

test('minifyModule: names shortened, exports kept, the code does the same', async () => {
  const src = 'export function add(first, second) {\n  const total = first + second;\n  return total;\n}\n';
  const out = await minifyModule(root, src);
  assert.ok(out.length < src.length / 2, out);
  assert.doesNotMatch(out, /first|second|total/);
  const { add } = await import(`data:text/javascript,${encodeURIComponent(out)}`);
  assert.equal(add(2, 3), 5);
});

test('minifyModule, whitespace only: names kept, so split-manifest still reads the loader', async () => {
  const { link } = packChunks(splitLoader(SPLITS), splitChunks(), () => {});
  const out = await minifyModule(root, link, { whitespaceOnly: true });
  assert.ok(out.length < link.length);
  assert.doesNotMatch(out, /\n {4}/);
  assert.match(out, /export const __wasm_split_load_dataset=/);
  assert.deepEqual(chunkFiles(out), chunkFiles(link));
});
