// A small static file server for tests and benchmarks, like a typical host:
// directory → index.html, /dir → /dir/ redirect, 404.html for missing files,
// precompressed .br/.gz when the client accepts them, .wasm as application/wasm.
//   node serve.mjs ROOT PORT [--no-compress]
import { createServer } from 'node:http';
import { stat, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const [root, port = '8081', flag] = process.argv.slice(2);
const compress = flag !== '--no-compress';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};

async function isFile(p) { try { return (await stat(p)).isFile(); } catch { return false; } }
async function isDir(p) { try { return (await stat(p)).isDirectory(); } catch { return false; } }

async function send(req, res, file, status = 200) {
  // CORS: embed.js and the WASM are loaded by other sites' pages.
  const headers = { 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', 'Vary': 'Accept-Encoding', 'Access-Control-Allow-Origin': '*' };
  const accept = String(req.headers['accept-encoding'] || '');
  let body;
  if (compress && /\bbr\b/.test(accept) && await isFile(file + '.br')) { body = await readFile(file + '.br'); headers['Content-Encoding'] = 'br'; }
  else if (compress && /\bgzip\b/.test(accept) && await isFile(file + '.gz')) { body = await readFile(file + '.gz'); headers['Content-Encoding'] = 'gzip'; }
  else body = await readFile(file);
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    let path;
    try { path = decodeURIComponent(url.pathname); } catch { path = '/'; }
    const full = normalize(join(root, path));
    if (!full.startsWith(normalize(root + sep)) && full !== normalize(root)) { res.writeHead(403); return res.end(); }
    if (await isDir(full)) {
      if (!path.endsWith('/')) { res.writeHead(301, { Location: url.pathname + '/' + url.search }); return res.end(); }
      if (await isFile(join(full, 'index.html'))) return send(req, res, join(full, 'index.html'));
    } else if (await isFile(full)) {
      return send(req, res, full);
    }
    // Missing: the nearest 404.html walking up (supports sub-path hosting).
    let dir = normalize(join(root, path.endsWith('/') ? path : join(path, '..')));
    while (dir.startsWith(normalize(root))) {
      if (await isFile(join(dir, '404.html'))) return send(req, res, join(dir, '404.html'), 404);
      const up = normalize(join(dir, '..'));
      if (up === dir) break;
      dir = up;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('404');
  } catch (e) {
    res.writeHead(500); res.end(String(e));
  }
}).listen(+port, '127.0.0.1', () => console.log(`serve: http://127.0.0.1:${port}/ → ${root}`));
