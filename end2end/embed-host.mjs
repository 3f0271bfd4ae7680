// Test fixture: a host page of "the portal" that embeds the built app under a sub-path, the way
// the eGov team would: its own page with a mount element, the app's files under /opendata/,
// a strict Content-Security-Policy, and the API on another origin (CORS with credentials).
// Usage: node embed-host.mjs --dist ../dist --port 18081 --api http://127.0.0.1:18090
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const root = path.resolve(args.dist || 'dist');
const port = Number(args.port || 18081);
const api = new URL(args.api || 'http://127.0.0.1:18090').origin;
const BASE = '/opendata';

// The policy the issue asks the app to run under.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  `connect-src 'self' ${api}`,
  "img-src 'self' data:",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** The host page: its own header and footer around the mount element; the app's tags copied from dist/index.html. */
function hostPage() {
  const index = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const css = [...index.matchAll(/<link rel="stylesheet" href="\/([^"]+)"[^>]*>/g)].map((m) => `<link rel="stylesheet" href="${m[1]}">`);
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>data.egov.kz</title>
<base href="${BASE}/">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/host.css">
${css.join('\n')}
<script src="lowvision.js"></script>
<script type="module" src="boot.js"></script>
</head>
<body>
<div class="host-banner">eGov <button type="button" class="host-button">Menu</button></div>
<div id="opendata-root"></div>
<div class="host-footer">© eGov</div>
</body>
</html>`;
}

// Host styles that an app must survive (and must not override): element rules on what the app
// also uses, including properties the app never sets itself; and a theme colour for the app.
const HOST_CSS = `body { margin: 0; font-family: Georgia, serif; color: #333; }
.host-banner, .host-footer { background: #e8e8e8; padding: 12px; font-size: 14px; }
h1 { color: #8b0000; text-transform: uppercase; }
button { border-radius: 20px; letter-spacing: 3px; }
p { text-indent: 2em; }
#opendata-root { --od-theme-brand: #7a1f5c; }
`;

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
  res.end(body);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = decodeURIComponent(url.pathname);
    if (p === '/host.css') return send(res, 200, types['.css'], HOST_CSS);
    if (p === `${BASE}/config.json`) {
      // The catalogue from another origin, as from a CDN.
      const cfg = { apiBase: api, basePath: BASE, mount: '#opendata-root', tileUrl: '', tileAttribution: '', catalogue: `${api}/catalogue/manifest.json` };
      return send(res, 200, types['.json'], JSON.stringify(cfg));
    }
    if (p === '/' ) { res.writeHead(302, { Location: `${BASE}/` }); return res.end(); }
    if (!p.startsWith(`${BASE}/`) && p !== BASE) return send(res, 404, 'text/plain', 'not found');
    const rel = p.slice(BASE.length + 1);
    if (path.extname(rel) && rel !== 'index.html') {
      const file = path.join(root, rel);
      if (!file.startsWith(root) || !fs.existsSync(file)) return send(res, 404, 'text/plain', 'not found');
      return send(res, 200, types[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    }
    send(res, 200, types['.html'], hostPage());
  })
  .listen(port, '127.0.0.1', () => console.log(`host page: http://127.0.0.1:${port}${BASE}/ (API ${api})`));
