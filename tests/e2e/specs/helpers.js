// Shared helpers: watch for console errors, page errors and failed requests.
const { expect } = require('@playwright/test');

function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // The browser cancels (net::ERR_ABORTED) what a page was still loading
  // when the visitor moves on to another page; that is not a fault of ours.
  // Any other failure, and a cancel without a navigation after it, is.
  let navigations = 0;
  const issued = new WeakMap();
  page.on('request', (r) => {
    issued.set(r, navigations);
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations += 1;
  });
  page.on('requestfailed', (r) => {
    const cancelled = r.failure()?.errorText === 'net::ERR_ABORTED';
    if (cancelled && navigations > (issued.get(r) ?? navigations)) return;
    problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`http ${r.status()}: ${r.url()}`); });
  return problems;
}

/// Starts the page's islands (as a visitor's focus would) and waits until
/// they run. The pages load their WASM only when an island is needed; see
/// public/sida.js.
/// The iframe's frame pages (inbaddad/…, where embed.html moves to) run
/// their islands the same way; one without islands has nothing to start.
/// The plan's guide (/handlingsplan/) runs its own bundle, started at once:
/// it is waited for too, on its own element.
async function appReady(page) {
  const root = page.locator('#strategi[data-status]');
  await root.waitFor({ state: 'attached' });
  const guide = page.locator('#strategi [data-o="handlingsplan"]');
  if (await guide.count()) await expect(guide).toHaveAttribute('data-status', 'igang');
  const islands = '#strategi [data-o]:not([data-o="handlingsplan"])';
  if (!(await page.locator(islands).count()) && !(await page.evaluate(() => location.search))) return;
  await page.evaluate((selector) => {
    const island = document.querySelector(selector);
    if (island) island.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }, islands);
  await expect(root).toHaveAttribute('data-status', 'igang');
}

async function content(request, base = 'http://127.0.0.1:8080/') {
  const res = await request.get(base + 'data/innehall.json');
  expect(res.ok()).toBeTruthy();
  return res.json();
}

module.exports = { watch, appReady, content };
