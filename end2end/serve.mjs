// Zero-dependency server for the built app: static files from dist/ with SPA fallback to
// index.html, brotli/gzip, and the portal's API paths proxied to portal-sim.
// Usage: node serve.mjs --dist ../dist --port 8080 --api http://127.0.0.1:8090
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const root = path.resolve(args.dist || 'dist');
const port = Number(args.port || 8080);
const api = new URL(args.api || 'http://127.0.0.1:8090');
// What the portal serves itself; everything else is the app. `/catalogue/` is the harvested
// catalogue, which the stand-in serves (`--catalogue DIR`) so that its faults reach it too.
const proxied = [/^\/api\//, /^\/meta\//, /^\/datasets\/export/, /^\/__sim\//, /^\/catalogue\//];

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg', '.txt']);
const cache = new Map();

/**
 * The harvested catalogue, compressed as a web server in front of the portal serves it (the
 * stand-in sends it raw): the same bytes are compressed once.
 */
const packed = new Map();
function compressedCatalogue(req, res, r) {
  const enc = /\bbr\b/.test(req.headers['accept-encoding'] || '') ? 'br' : /\bgzip\b/.test(req.headers['accept-encoding'] || '') ? 'gzip' : null;
  if (!enc || r.statusCode !== 200) { res.writeHead(r.statusCode || 502, r.headers); r.pipe(res); return; }
  const parts = [];
  r.on('data', (c) => parts.push(c));
  r.on('end', () => {
    // Keyed by the bytes, not the name: a faulted (cut) answer is compressed as it came.
    const raw = Buffer.concat(parts);
    const key = `${enc}:${crypto.createHash('sha1').update(raw).digest('hex')}`;
    let body = packed.get(key);
    if (!body) {
      body = enc === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }) : zlib.gzipSync(raw, { level: 9 });
      if (packed.size > 20) packed.clear();
      packed.set(key, body);
    }
    const headers = { ...r.headers, 'content-encoding': enc, 'content-length': body.length, vary: 'Accept-Encoding' };
    delete headers['transfer-encoding'];
    res.writeHead(200, headers);
    res.end(body);
  });
}

function proxy(req, res) {
  const catalogue = req.url.startsWith('/catalogue/');
  const up = http.request(
    { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host, 'accept-encoding': 'identity' } },
    (r) => {
      if (catalogue) return compressedCatalogue(req, res, r);
      res.writeHead(r.statusCode || 502, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"error":"portal-sim is not reachable"}');
  });
  req.pipe(up);
}

function serveFile(req, res, url) {
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  let isFile = false;
  try { isFile = fs.statSync(file).isFile(); } catch {}
  if (!isFile) {
    if (path.extname(url.pathname)) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    file = path.join(root, 'index.html');
  }
  const ext = path.extname(file);
  const headers = {
    'Content-Type': types[ext] || 'application/octet-stream',
    // Hashed assets are immutable; the rest (index.html, config.json, boot.js, lowvision.js,
    // vendor/) must be revalidated so a new build is picked up.
    'Cache-Control': /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body = fs.readFileSync(file);
  const ae = req.headers['accept-encoding'] || '';
  if (compressible.has(ext)) {
    const enc = /\bbr\b/.test(ae) ? 'br' : /\bgzip\b/.test(ae) ? 'gzip' : null;
    if (enc) {
      const key = `${enc}:${file}:${fs.statSync(file).mtimeMs}`;
      if (!cache.has(key)) cache.set(key, enc === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body, { level: 9 }));
      body = cache.get(key);
      headers['Content-Encoding'] = enc;
      headers['Vary'] = 'Accept-Encoding';
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (proxied.some((re) => re.test(url.pathname))) proxy(req, res);
    else serveFile(req, res, url);
  })
  .listen(port, '127.0.0.1', () => console.log(`app: http://127.0.0.1:${port}/ (dist ${root}, API ${api.origin})`));
