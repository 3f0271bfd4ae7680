// Steps 5 and 6 of the post_build hook (docs/build-pipeline.md): the release build's scripts
// and stylesheets, minified. Not trunk's minifier: it would also minify index.html, whose
// start-up script and tags scripts/csp-loader.mjs and the eGov team read as written.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** An ES module minified by terser (npm, in end2end/): names inside it shortened (unless
 * `whitespaceOnly`), exports kept. */
export async function minifyModule(root, code, { whitespaceOnly = false } = {}) {
  const url = pathToFileURL(path.join(root, 'tools', 'node_modules', 'terser', 'main.js'));
  const { minify } = await import(url.href);
  const shrink = !whitespaceOnly;
  const out = await minify(code, { module: true, compress: shrink, mangle: shrink });
  if (!out.code) throw new Error('terser returned nothing');
  return out.code;
}

/**
 * Our stylesheets without comments and needless whitespace: strings are copied as they are,
 * every other run of whitespace becomes one space, and none is kept next to `{ } ; ,` (where
 * CSS never needs it); a `;` before `}` goes too. Selectors' descendant spaces stay.
 */
export function minifyCss(css) {
  let out = '';
  for (let i = 0; i < css.length;) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('an unclosed comment in a stylesheet');
      i = end + 2;
      // A comment between two words still separates them.
      if (!/\s$/.test(out)) out += ' ';
    } else if (/\s/.test(c)) {
      if (out && !/[\s{};,]$/.test(out)) out += ' ';
      i += 1;
    } else {
      if ('{};,'.includes(c)) out = out.replace(/ $/, '');
      if (c === '}') out = out.replace(/;$/, '');
      out += c;
      i += 1;
    }
  }
  out = out.trim();
  const count = (s, ch) => s.split(ch).length;
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (count(out, '{') !== count(code, '{') || count(out, '}') !== count(code, '}')) {
    throw new Error('minifying a stylesheet changed its blocks');
  }
  return out;
}
