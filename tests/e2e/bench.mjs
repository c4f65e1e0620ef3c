// Benchmark: sizes, Lighthouse (mobile preset), interaction timings.
//   node bench.mjs DIST DIST_50X
import { readdirSync, statSync, existsSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('@playwright/test');
const [dist, dist50] = process.argv.slice(2);
const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => (n / 1000).toFixed(1); // kB = 1000 bytes, as in the size test
const size = (f) => (existsSync(f) ? statSync(f).size : 0);

function walk(dir) {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

// 1. Sizes
const rows = walk(dist).filter((f) => !/\.(br|gz)$/.test(f)).map((f) => ({ file: relative(dist, f), raw: size(f), gz: size(f + '.gz'), br: size(f + '.br') }));
const total = (rs, k) => rs.reduce((n, r) => n + r[k], 0);
const row = (file) => rows.find((r) => r.file === file) ?? { file, raw: 0, gz: 0, br: 0 };
const staticLimit = ['index.html', 'strategi.css'].map(row);
const islands = ['strategi-sida.js', 'strategi-sida_bg.wasm'].map(row);

// 2. Servers
function serve(root, port) {
  const p = spawn('node', [new URL('./serve.mjs', import.meta.url).pathname, root, String(port)], { stdio: 'ignore' });
  return p;
}
const servers = [serve(dist, 8090), serve(dist50, 8091)];
await new Promise((r) => setTimeout(r, 800));

// What a phone fetches for the first view: every request until the page
// has settled (the islands' WASM comes later, when it is needed).
async function firstView(url) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true });
  const files = [];
  page.on('request', (r) => { const p = new URL(r.url()).pathname; files.push(p.endsWith('/') ? p.slice(1) + 'index.html' : p.slice(1)); });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.close();
  return files.map(row);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
const fv = { '/': await firstView('http://127.0.0.1:8090/'), '/mal/3/': await firstView('http://127.0.0.1:8090/mal/3/') };

// 2b. Embeds: the "Bädda in" panel's two snippets for goal 3 with kommun
// chosen (the iframe's height as the panel measures it), each pasted into a
// plain host page served from another origin.
const hostDir = mkdtempSync(join(tmpdir(), 'vard-'));
const panel = await browser.newPage();
await panel.goto('http://127.0.0.1:8090/mal/3/?aktor=kommun');
await panel.locator('summary', { hasText: 'Bädda in' }).click();
await panel.waitForFunction(() => document.querySelector('#badda-in-iframe-kod')?.textContent.includes('height:'));
const snippets = {
  script: await panel.locator('#badda-in-skript-kod').textContent(),
  iframe: await panel.locator('#badda-in-iframe-kod').textContent(),
};
await panel.close();
const hostPage = (snippet) => `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Värdsida</title></head>
<body><main><h1>Kommunens sida</h1><p>Text före inbäddningen.</p>
${snippet}
<p>Text efter inbäddningen.</p></main></body></html>`;
for (const [name, snippet] of Object.entries(snippets)) writeFileSync(join(hostDir, `${name}.html`), hostPage(snippet));
servers.push(serve(hostDir, 8092));
await new Promise((r) => setTimeout(r, 500));
// Everything the host page fetches from our origin until it is idle.
async function fromUs(url) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true });
  const files = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (u.port === '8090') files.push(u.pathname.endsWith('/') ? u.pathname.slice(1) + 'index.html' : u.pathname.slice(1)); });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.close();
  return files.map(row);
}
const embeds = { script: await fromUs('http://127.0.0.1:8092/script.html'), iframe: await fromUs('http://127.0.0.1:8092/iframe.html') };

// 3. Lighthouse, median of 3
function lighthouse(url) {
  const out = mkdtempSync(join(tmpdir(), 'lh-'));
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const path = join(out, `r${i}.json`);
    execFileSync('lighthouse', [url, '--quiet', `--chrome-flags=${CHROME_ARGS.join(' ')}`, '--only-categories=performance,accessibility',
      '--output=json', `--output-path=${path}`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' });
    const r = JSON.parse(readFileSync(path, 'utf8'));
    runs.push({
      perf: r.categories.performance.score * 100, a11y: r.categories.accessibility.score * 100,
      fcp: r.audits['first-contentful-paint'].numericValue, lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue, cls: r.audits['cumulative-layout-shift'].numericValue,
      bytes: r.audits['total-byte-weight'].numericValue,
    });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  return { perf: m('perf'), a11y: m('a11y'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), bytes: m('bytes') };
}
// BENCH_LIGHTHOUSE=0 skips Lighthouse (for a quick look at sizes and interactions).
const skipLh = process.env.BENCH_LIGHTHOUSE === '0';
const lh = skipLh ? {} : {
  '/': lighthouse('http://127.0.0.1:8090/'), '/mal/3/': lighthouse('http://127.0.0.1:8090/mal/3/'),
  'värdsida med skriptinbäddning': lighthouse('http://127.0.0.1:8092/script.html'),
  'värdsida med iframe-inbäddning': lighthouse('http://127.0.0.1:8092/iframe.html'),
};

// 4. Interactions, median of 20, measured in the page with performance.now()
// (chips and search, in their islands) or by the new page's own timing
// (goal to goal swaps the next view in place; see below).
async function islandsReady(page) {
  await page.evaluate(() => document.querySelector('#strategi [data-o]')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
  await page.waitForSelector('#strategi[data-status="igang"]');
}
async function interactions(origin) {
  const page = await browser.newPage();
  const waitMutation = `(sel) => new Promise((resolve) => { const o = new MutationObserver(() => { o.disconnect(); resolve(performance.now()); }); o.observe(document.querySelector(sel), { childList: true, subtree: true, characterData: true, attributes: true }); })`;
  const times = { chip: [], nav: [], navPaint: [], search: [] };
  await page.goto(origin + '/mal/3/');
  await islandsReady(page);
  for (let i = 0; i < 20; i++) {
    times.chip.push(await page.evaluate(`(async () => { const done = (${waitMutation})('[data-o="mal-tips"]'); const chip = [...document.querySelectorAll('[data-o="mal-tips"] .chip')][1 + (${i} % 5)]; const t0 = performance.now(); chip.click(); return (await done) - t0; })()`));
  }
  // Goal to goal: the islands run, the link was pointed at first (so its
  // view is fetched ahead, as for a mouse user), then clicked. "Swapped" is
  // the click to the new view in the DOM; "painted" adds the wait for the
  // next frame (headless Chromium draws at 60 Hz, so up to 16.7 ms of it is
  // the frame clock).
  await page.goto(origin + '/mal/1/');
  await islandsReady(page);
  for (let i = 0; i < 20; i++) {
    const link = (await page.locator('.bladdra-nasta').count()) ? '.bladdra-nasta' : '.bladdra-foreg';
    await page.locator(link).hover();
    await page.waitForTimeout(300);
    const [swapped, painted] = await page.evaluate(`(async () => {
      const root = document.getElementById('strategi');
      const before = root.getAttribute('data-rutt');
      let swappedAt = 0;
      const done = new Promise((resolve) => {
        const o = new MutationObserver(() => {
          if (root.getAttribute('data-rutt') === before) return;
          o.disconnect();
          swappedAt = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        });
        o.observe(root, { attributes: true });
      });
      const t0 = performance.now();
      document.querySelector('${link}').click();
      const paintedAt = await done;
      return [swappedAt - t0, paintedAt - t0];
    })()`);
    times.nav.push(swapped);
    times.navPaint.push(painted);
  }
  await page.goto(origin + '/tips/');
  await islandsReady(page);
  const words = ['v', 'va', 'val', 'vald', 'f', 'fr', 'fre', 'fred', 'freda', 'k', 'ko', 'kom', 'komm', 'kommun', 's', 'st', 'sto', 'stod', 'a', 'at'];
  for (const w of words) {
    times.search.push(await page.evaluate(`(async () => { const done = (${waitMutation})('[data-o="tips"]'); const f = document.querySelector('#sok-falt'); f.value = ${JSON.stringify(w)}; const t0 = performance.now(); f.dispatchEvent(new Event('input', { bubbles: true })); return (await done) - t0; })()`));
  }
  await page.close();
  return { chip: median(times.chip), nav: median(times.nav), navPaint: median(times.navPaint), search: median(times.search) };
}
const i1 = await interactions('http://127.0.0.1:8090');
const i50 = await interactions('http://127.0.0.1:8091');
await browser.close();
servers.forEach((s) => s.kill());

// 5. Table
const cpu = cpus()[0]?.model?.trim() ?? 'okänd processor';
console.log(`\nBenchmark ${new Date().toISOString().slice(0, 10)}, ${cpus().length} kärnor (${cpu}), Chromium ${execFileSync('/usr/bin/chromium', ['--version']).toString().trim()}\n`);
console.log('| Fil | rå (kB) | gzip -9 (kB) | brotli -q 11 (kB) |');
console.log('|---|---:|---:|---:|');
for (const r of rows.filter((r) => !r.file.includes('/') || r.file.startsWith('data/')).sort((a, b) => b.br - a.br)) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
for (const [u, files] of Object.entries(fv)) {
  console.log(`| **Första vyn ${u}** (${files.map((r) => r.file).join(' + ')}) | ${kb(total(files, 'raw'))} | ${kb(total(files, 'gz'))} | **${kb(total(files, 'br'))}** |`);
}
console.log(`| Gräns: statisk HTML av översikten (index.html + strategi.css) | ${kb(total(staticLimit, 'raw'))} | ${kb(total(staticLimit, 'gz'))} | ${kb(total(staticLimit, 'br'))} |`);
console.log(`| Kvot första vyn / statisk HTML (brotli) | | | ${(total(fv['/'], 'br') / total(staticLimit, 'br')).toFixed(2)}× |`);
console.log(`| Öarna, hämtas när de behövs (strategi-sida.js + strategi-sida_bg.wasm) | ${kb(total(islands, 'raw'))} | ${kb(total(islands, 'gz'))} | ${kb(total(islands, 'br'))} |`);
for (const [name, files] of Object.entries(embeds)) {
  console.log(`| **Inbäddning (${name}), allt från oss tills sidan vilar** (${files.map((r) => r.file).join(' + ')}) | ${kb(total(files, 'raw'))} | ${kb(total(files, 'gz'))} | **${kb(total(files, 'br'))}** |`);
}
console.log('\n| Lighthouse mobil (median av 3) | prestanda | tillgänglighet | FCP (s) | LCP (s) | TBT (ms) | CLS | överfört (kB) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [u, r] of Object.entries(lh)) console.log(`| ${u} | ${r.perf} | ${r.a11y} | ${(r.fcp / 1000).toFixed(2)} | ${(r.lcp / 1000).toFixed(2)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} | ${kb(r.bytes)} |`);
console.log('\n| Interaktion (median av 20, ms) | 1× innehåll | 50× innehåll |');
console.log('|---|---:|---:|');
console.log(`| Aktörsknapp av/på (mål 3) | ${i1.chip.toFixed(1)} | ${i50.chip.toFixed(1)} |`);
console.log(`| Från mål till mål: klick → ny vy på plats | ${i1.nav.toFixed(1)} | ${i50.nav.toFixed(1)} |`);
console.log(`| Från mål till mål: klick → nästa bildruta | ${i1.navPaint.toFixed(1)} | ${i50.navPaint.toFixed(1)} |`);
console.log(`| Ett tecken i sökfältet (/tips/) | ${i1.search.toFixed(1)} | ${i50.search.toFixed(1)} |`);
