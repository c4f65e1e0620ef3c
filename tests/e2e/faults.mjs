// A content server that misbehaves on purpose, for the remote-content tests.
//   node faults.mjs BUNDLE_JSON PORT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [bundlePath, port = '8083'] = process.argv.slice(2);
const bundled = JSON.parse(readFileSync(bundlePath, 'utf8'));

function variant(change) {
  const b = structuredClone(bundled);
  change(b);
  return JSON.stringify(b);
}
// Newer and valid: a later check date and one changed figure (goal 6, first indicator, last year).
const newer = variant((b) => {
  b.strategi.om_innehallet.sammanstalld = '2099-12-31';
  const s = b.mal.find((g) => g.nummer === 6).indikatorer[0].serier[0];
  s.punkter[s.punkter.length - 1].varde = 29;
});
const json = 'application/json; charset=utf-8';
const cases = {
  '/ny.json': [200, json, newer],
  '/404.json': [404, 'text/plain', 'finns inte'],
  '/500.json': [500, 'text/plain', 'serverfel'],
  '/langsam.json': [200, json, newer, 7000],
  '/ogiltig.json': [200, json, '{"schema": 1, "strategi": '],
  '/fel-schema.json': [200, json, variant((b) => { b.schema = 99; })],
  '/regelbrott.json': [200, json, variant((b) => { b.strategi.om_innehallet.sammanstalld = '2099-12-31'; b.mal[5].indikatorer[0].serier[0].punkter[0].varde = 150; })],
  '/stor.json': [200, json, newer.replace(/}$/, ' '.repeat(2 * 1024 * 1024) + '}')],
  '/fel-typ.json': [200, 'text/html; charset=utf-8', newer],
  '/aldre.json': [200, json, variant((b) => { b.strategi.om_innehallet.sammanstalld = '2001-01-01'; })],
};

createServer((req, res) => {
  const c = cases[new URL(req.url, 'http://x').pathname];
  const send = () => {
    if (!c) { res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }); return res.end(); }
    const [status, type, body] = c;
    res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    res.end(body);
  };
  if (c && c[3]) setTimeout(send, c[3]); else send();
}).listen(+port, '127.0.0.1', () => console.log(`faults: http://127.0.0.1:${port}/`));
