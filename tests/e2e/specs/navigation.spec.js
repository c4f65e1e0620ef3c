// Moving between views on our own site: once the islands run, a link to
// another view swaps that view's prerendered markup in place
// (src/browser/swap.rs). Each journey checks the view, the title, the focus
// and the address, and whether the page was kept (a mark left on window
// survives a swap, not a page load). Expected texts come from the content.
const { test, expect } = require('@playwright/test');
const { watch, appReady, content } = require('./helpers');

let bundle;
test.beforeAll(async ({ request }) => { bundle = await content(request); });

const heading = (n) => `Mål ${n}: ${bundle.mal.find((g) => g.nummer === n).kortnamn}`;
const title = (n) => `${heading(n)} – ${bundle.strategi.kortnamn}`;

// Leaves a mark on the page that only a page load removes.
const mark = (page) => page.evaluate(() => { window.__samma_sida = true; });
const marked = (page) => page.evaluate(() => window.__samma_sida === true);

async function expectView(page, n, url) {
  await expect(page).toHaveURL(url);
  await expect(page.locator('h1')).toHaveText(heading(n));
  await expect(page).toHaveTitle(title(n));
  await expect(page.locator('#strategi')).toHaveAttribute('data-rutt', `mal/${n}/`);
}

test('goal → goal → back → forward swaps views in place, with title, focus and address', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/mal/1/');
  await appReady(page);
  await mark(page);

  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 3, 'http://127.0.0.1:8080/mal/3/');
  await expect(page.locator('h1')).toBeFocused();

  await page.goBack();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  await expect(page.locator('h1')).toBeFocused();
  await page.goForward();
  await expectView(page, 3, 'http://127.0.0.1:8080/mal/3/');
  await page.goBack();
  await page.goBack();
  await expectView(page, 1, 'http://127.0.0.1:8080/mal/1/');
  expect(await marked(page)).toBe(true);

  // The swapped-in view's islands run: its chips filter its tips.
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  await page.locator('.chip', { hasText: 'Kommun' }).first().click();
  await expect(page).toHaveURL('http://127.0.0.1:8080/mal/2/?aktor=kommun');
  const tips = page.locator('li.tips:visible');
  expect(await tips.count()).toBeGreaterThan(0);
  for (const actors of await tips.evaluateAll((els) => els.map((e) => e.dataset.aktorer))) {
    expect(actors.split(',')).toContain('kommun');
  }
  expect(await marked(page)).toBe(true);
  expect(problems).toEqual([]);
});

test('the filter travels to the next view, and the overview cards open goals in place', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/mal/4/?aktor=region');
  await appReady(page);
  await mark(page);
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 5, 'http://127.0.0.1:8080/mal/5/?aktor=region');
  await expect(page.locator('.chip[aria-pressed="true"]')).toHaveText(/^Region/);

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Målen' }).click();
  await expect(page.locator('.malkort')).toHaveCount(8);
  await expect(page).toHaveTitle(`Mål och uppföljning – ${bundle.strategi.kortnamn}`);
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('a.malkort-lank[href^="/mal/7/"]').click();
  await expectView(page, 7, /\/mal\/7\/(\?aktor=region)?$/);
  expect(await marked(page)).toBe(true);
  expect(problems).toEqual([]);
});

test('back restores where the visitor was on the previous view', async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/mal/6/');
  await appReady(page);
  // A long view lays out only what is near the screen, so "where the
  // visitor was" is the text at the top of the window, not a scroll number.
  const atTop = () => page.evaluate(() => {
    let el = document.elementFromPoint(innerWidth / 2, 1);
    for (let c; (c = [...el.children].find((e) => e.getBoundingClientRect().bottom > 0)); ) el = c;
    return { text: el.textContent.trim().slice(0, 60), top: Math.round(el.getBoundingClientRect().top) };
  });
  // A link in the middle of the view (at the bottom the browser would
  // clamp the position), to the tips view.
  const link = page.locator('.vy a[href="/tips/"]');
  for (let i = 0; i < 2; i++) {
    await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300); // what came near the screen is laid out
  }
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const before = await atTop();
  expect(before.text).not.toBe('');
  await link.click();
  await expect(page).toHaveURL('http://127.0.0.1:8080/tips/');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expectView(page, 6, 'http://127.0.0.1:8080/mal/6/');
  // The same text at the top, within a pixel (positions are kept whole).
  await expect.poll(async () => {
    const now = await atTop();
    return now.text === before.text && Math.abs(now.top - before.top) <= 1;
  }).toBe(true);
  expect(problems).toEqual([]);
});

test('a link pointed at is fetched ahead, once', async ({ page }) => {
  await page.goto('/mal/2/');
  await appReady(page);
  const fetched = [];
  page.on('request', (r) => { if (r.resourceType() === 'fetch') fetched.push(new URL(r.url()).pathname); });
  await page.locator('a.bladdra-nasta').hover();
  await expect.poll(() => fetched).toContain('/mal/3/');
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 3, 'http://127.0.0.1:8080/mal/3/');
  expect(fetched.filter((p) => p === '/mal/3/')).toHaveLength(1);
});

test('reload and a new tab open the swapped-in view as a page of its own', async ({ page, context }) => {
  await page.goto('/mal/1/');
  await appReady(page);
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  await page.reload();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');

  await appReady(page);
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('a.bladdra-nasta').click({ modifiers: ['Control'] }),
  ]);
  await tab.waitForLoadState();
  await expectView(tab, 3, 'http://127.0.0.1:8080/mal/3/');
  // The first tab stays where it was.
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
});

test('when the view cannot be fetched, the link loads the page', async ({ page }) => {
  await page.goto('/mal/1/');
  await appReady(page);
  await mark(page);
  await page.route('**/mal/2/', (route) => (route.request().resourceType() === 'fetch' ? route.abort() : route.continue()));
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  expect(await marked(page)).toBe(false);
});

test('a fetched page that is not one of ours is never swapped in', async ({ page }) => {
  await page.goto('/mal/1/');
  await appReady(page);
  await mark(page);
  await page.route('**/mal/2/', (route) => (route.request().resourceType() === 'fetch'
    ? route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>x</title><p id="ej-var">Inte vår sida</p><img src=x onerror="window.__kord=1">' })
    : route.continue()));
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  expect(await marked(page)).toBe(false);
  await expect(page.locator('#ej-var')).toHaveCount(0);
});

test('without JavaScript the same links load their pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8080/mal/1/');
  await page.locator('a.bladdra-nasta').click();
  await expectView(page, 2, 'http://127.0.0.1:8080/mal/2/');
  await page.goBack();
  await expectView(page, 1, 'http://127.0.0.1:8080/mal/1/');
  await context.close();
});

test('under a sub-path, views swap in place too', async ({ page }) => {
  const problems = watch(page);
  await page.goto('http://127.0.0.1:8081/strategi/mal/8/');
  await appReady(page);
  await mark(page);
  await page.locator('a.bladdra-foreg').click();
  await expectView(page, 7, 'http://127.0.0.1:8081/strategi/mal/7/');
  await page.getByRole('link', { name: 'Alla mål' }).click();
  await expect(page).toHaveURL('http://127.0.0.1:8081/strategi/');
  await expect(page.locator('.malkort')).toHaveCount(8);
  expect(await marked(page)).toBe(true);
  expect(problems).toEqual([]);
});
