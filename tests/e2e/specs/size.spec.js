// Size guard for the first view (HTML + CSS + JS + WASM, brotli -q 11, the
// files a visitor's browser fetches before the page is ready). Sizes are
// stable, so this is a fair pass/fail test.
//
// The product target is 90 KB; today's build is about 314 KB, so this guard
// is set just above today's size to stop growth while the gap is closed
// (see README, Prestanda). Lower GUARD_KB as the bundle shrinks.
const { test, expect } = require('@playwright/test');
const fs = require('node:fs');
const path = require('node:path');

const GUARD_KB = 330;
const dist = path.resolve(__dirname, '../../../dist');

test(`first view stays within ${GUARD_KB} KB brotli, and every asset is precompressed`, async ({ page }) => {
  // What the browser actually fetches for the first view.
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await page.waitForLoadState('networkidle');
  const files = [...fetched].map((p) => (p.endsWith('/') ? p + 'index.html' : p)).map((p) => path.join(dist, p));
  expect(files.map((f) => path.basename(f)).sort()).toEqual(['index.html', 'strategi.css', 'strategi.js', 'strategi_bg.wasm']);
  for (const f of files) {
    expect(fs.existsSync(f + '.br'), `${f}.br`).toBeTruthy();
    expect(fs.existsSync(f + '.gz'), `${f}.gz`).toBeTruthy();
  }
  const total = files.reduce((n, f) => n + fs.statSync(f + '.br').size, 0);
  console.log(`first view: ${(total / 1024).toFixed(1)} KB brotli (${files.map((f) => `${path.basename(f)} ${(fs.statSync(f + '.br').size / 1024).toFixed(1)}`).join(', ')})`);
  expect(total).toBeLessThanOrEqual(GUARD_KB * 1024);
});
