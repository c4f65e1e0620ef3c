// Embedding: the custom element in a shadow root and embed.html in an iframe,
// on host pages served from another origin than the app.
const { test, expect } = require('@playwright/test');
const { watch, appReady } = require('./helpers');

const HOST = 'http://127.0.0.1:8082';
const APP = 'http://127.0.0.1:8081/strategi/';

/// Computed styles of the first element matching `selector`, inside the
/// widget `widget` (a shadow host) or in the page when widget is null.
async function styles(page, widget, selector) {
  return page.evaluate(([w, sel]) => {
    const root = w ? document.querySelector(w).shadowRoot : document;
    const el = root.querySelector(sel);
    const cs = getComputedStyle(el);
    const pick = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'margin-top', 'margin-left', 'padding-top',
      'padding-left', 'box-sizing', 'border-top-width', 'border-top-style', 'letter-spacing', 'text-transform', 'background-color', 'list-style-type'];
    return Object.fromEntries(pick.map((p) => [p, cs.getPropertyValue(p)]));
  }, [widget, selector]);
}

async function widgetReady(page, id) {
  await page.waitForFunction((i) => document.querySelector(i)?.shadowRoot?.querySelector('.sida'), id);
}

test('hostile host CSS does not reach inside, and ours does not leak out', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST}/hostile.html`);
  await widgetReady(page, '#kort');
  await widgetReady(page, '#mal');

  const standalone = await page.context().newPage();
  await standalone.goto(`${APP}mal/3/`);
  await appReady(standalone);
  const ownHeading = await styles(standalone, null, 'h1');
  const ownChip = await styles(standalone, null, '.chip');
  await standalone.goto(APP);
  await appReady(standalone);
  const ownCard = await styles(standalone, null, '.malkort');
  const ownCardHeading = await styles(standalone, null, '.malkort-rubrik');

  expect(await styles(page, '#mal', 'h1')).toEqual(ownHeading);
  expect(await styles(page, '#mal', '.chip')).toEqual(ownChip);
  expect(await styles(page, '#kort', '.malkort')).toEqual(ownCard);
  expect(await styles(page, '#kort', '.malkort-rubrik')).toEqual(ownCardHeading);

  // The host keeps its own look.
  const hostHeading = await styles(page, null, '#vardens-rubrik');
  expect(hostHeading['background-color']).toBe('rgb(255, 255, 0)');
  expect(hostHeading['color']).toBe('rgb(0, 0, 255)');
  expect(hostHeading['font-size']).toBe('30px');
  const hostButton = await styles(page, null, '#vardens-knapp');
  expect(hostButton['border-top-style']).toBe('dashed');
  expect(problems).toEqual([]);
});

test('two widgets on one page work independently and the host URL never changes', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST}/two.html?sida=1`);
  await widgetReady(page, '#a');
  await widgetReady(page, '#b');
  const a = page.locator('#a');
  const b = page.locator('#b');
  await expect(a.locator('h1')).toHaveText('Mål 1: Förebygga våld');
  await expect(b.locator('.chip[aria-pressed="true"]')).toHaveText(/^Kommun/);
  // rubrik="nej" hides b's heading visually but keeps it for screen readers.
  expect(await b.locator('h1').evaluate((h) => h.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  // Theming through a custom property.
  expect(await b.locator('.chip[aria-pressed="true"]').evaluate((c) => getComputedStyle(c).backgroundColor)).toBe('rgb(122, 31, 92)');

  await a.getByRole('link', { name: /^Nästa: Mål 2/ }).click();
  await expect(a.locator('h1')).toHaveText('Mål 2: Förebygga återfall');
  await b.locator('.chip', { hasText: /^Region/ }).click();
  await expect(b.locator('.chip[aria-pressed="true"]')).toHaveCount(2);
  await expect(a.locator('.chip[aria-pressed="true"]')).toHaveText(/^Alla/);
  expect(page.url()).toBe(`${HOST}/two.html?sida=1`);

  // Later attribute changes take effect.
  await page.evaluate(() => document.querySelector('#a').setAttribute('mal', '7'));
  await expect(a.locator('h1')).toHaveText('Mål 7: Systematisk kunskapsutveckling');
  await page.evaluate(() => document.querySelector('#a').setAttribute('rubrik', 'nej'));
  expect(await a.locator('h1').evaluate((h) => h.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  expect(page.url()).toBe(`${HOST}/two.html?sida=1`);
  expect(problems).toEqual([]);
});

test('a widget removed and inserted again shows its view again', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST}/two.html`);
  await widgetReady(page, '#a');
  const a = page.locator('#a');
  await expect(a.locator('h1')).toHaveText('Mål 1: Förebygga våld');
  // Moved elsewhere on the page (removed, then inserted), and removed for a while.
  await page.evaluate(() => document.body.append(document.querySelector('#a')));
  await expect(a.locator('h1')).toHaveText('Mål 1: Förebygga våld');
  await page.evaluate(() => { window.kept = document.querySelector('#a'); window.kept.remove(); });
  await expect(a).toHaveCount(0);
  await page.evaluate(() => { window.kept.setAttribute('mal', '4'); document.body.prepend(window.kept); });
  await expect(a.locator('h1')).toHaveText('Mål 4: Skydda och stödja');
  await a.locator('.chip', { hasText: /^Region/ }).click();
  await expect(a.locator('.chip[aria-pressed="true"]')).toHaveText(/^Region/);
  expect(problems).toEqual([]);
});

test('opt-in hash mirroring, restored on reload', async ({ page }) => {
  await page.goto(`${HOST}/hash.html`);
  await widgetReady(page, '#w');
  const w = page.locator('#w');
  await w.locator('a.malkort-lank', { hasText: 'Mål 2:' }).click();
  await expect(w.locator('h1')).toHaveText('Mål 2: Förebygga återfall');
  await w.locator('.chip', { hasText: /^Kommun/ }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#strategi-mal-2~kommun');
  expect(new URL(page.url()).pathname).toBe('/hash.html');
  await page.reload();
  await widgetReady(page, '#w');
  await expect(w.locator('h1')).toHaveText('Mål 2: Förebygga återfall');
  await expect(w.locator('.chip[aria-pressed="true"]')).toHaveText(/^Kommun/);
});

test('iframe embed resizes to its content as it changes', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${HOST}/iframe.html`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('h1')).toHaveText('Mål 3: Upptäcka tidigt');
  const contentHeight = () => page.frame({ url: /inbaddad\// }).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight()))).toBeLessThanOrEqual(1);
  const before = await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height);
  expect(before).toBeGreaterThan(600);
  // Fewer tips → shorter content → shorter iframe.
  await frame.locator('.chip', { hasText: /^Näringsliv/ }).click();
  await expect.poll(async () => page.locator('#f').evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(before);
  await expect.poll(async () => Math.abs((await page.locator('#f').evaluate((f) => f.getBoundingClientRect().height)) - (await contentHeight()))).toBeLessThanOrEqual(1);
  expect(page.url()).toBe(`${HOST}/iframe.html`);
  expect(problems).toEqual([]);
});

test('a host with the documented strict CSP shows the widget without violations', async ({ page }) => {
  const problems = watch(page);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${HOST}/csp.html`);
  await widgetReady(page, 'strategi-mal');
  const w = page.locator('strategi-mal');
  await expect(w.locator('h1')).toHaveText('Mål 2: Förebygga återfall');
  await expect(w.locator('.chip[aria-pressed="true"]')).toHaveText(/^Region/);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('"Bädda in" gives snippets for the current goal and filter, and Escape closes it', async ({ page }) => {
  await page.goto('/mal/3/?aktor=kommun');
  await appReady(page);
  const summary = page.getByText('Bädda in på din webbplats');
  await summary.click();
  const panel = page.locator('details.badda-in');
  await expect(panel).toHaveAttribute('open', '');
  // The room the view takes is measured, then reserved in both snippets.
  await expect(page.locator('#badda-in-skript-kod')).toHaveText(new RegExp(
    '^<script type="module" src="http://127\\.0\\.0\\.1:8080/embed\\.js"></script>\n<strategi-mal mal="3" aktor="kommun" style="display:block;min-height:\\d+px"></strategi-mal>$'), { timeout: 20_000 });
  await expect(page.locator('#badda-in-iframe-kod')).toContainText(/height:\d+px;/);
  await expect(page.locator('#badda-in-iframe-kod')).toContainText('src="http://127.0.0.1:8080/inbaddad/kommun/mal/3/"');
  await page.locator('.chip', { hasText: /^Region/ }).click();
  await expect(page.locator('#badda-in-skript-kod')).toContainText('aktor="kommun,region"');
  await page.locator('#badda-in-skript-kod').focus();
  await page.keyboard.press('Escape');
  await expect(panel).not.toHaveAttribute('open', '');
  await expect(page.locator('details.badda-in summary')).toBeFocused();
  await expect(page).toHaveURL(/\/mal\/3\/\?aktor=kommun,region$/); // one Escape does not leave the page
});
