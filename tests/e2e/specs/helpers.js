// Shared helpers: watch for console errors, page errors and failed requests.
const { expect } = require('@playwright/test');

function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`http ${r.status()}: ${r.url()}`); });
  return problems;
}

/// Waits until the WASM app has taken over the prerendered page.
async function appReady(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await page.waitForTimeout(50);
}

async function content(request, base = 'http://127.0.0.1:8080/') {
  const res = await request.get(base + 'data/innehall.json');
  expect(res.ok()).toBeTruthy();
  return res.json();
}

module.exports = { watch, appReady, content };
