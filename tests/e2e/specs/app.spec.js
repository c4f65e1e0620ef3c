// The standalone site: overview, goal views, navigation, deep links, sub-path.
const { test, expect } = require('@playwright/test');
const { watch, appReady, content } = require('./helpers');

test('overview loads cleanly, shows eight cards, and a card opens its goal', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await appReady(page);
  const cards = page.locator('.malkort');
  await expect(cards).toHaveCount(8);
  await expect(page.getByRole('link', { name: /^Mål 3: Upptäcka tidigt/ })).toBeVisible();
  await page.getByRole('link', { name: /^Mål 3: Upptäcka tidigt/ }).click();
  await expect(page).toHaveURL(/\/mal\/3\/$/);
  await expect(page.locator('h1')).toHaveText('Mål 3: Upptäcka tidigt');
  await expect(page).toHaveTitle('Mål 3: Upptäcka tidigt – Våld i Stockholms län');
  expect(problems).toEqual([]);
});

test('walks the overview to each of the eight goals and back', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/');
  await appReady(page);
  for (let n = 1; n <= 8; n++) {
    await page.locator(`a.malkort-lank[href="/mal/${n}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/mal/${n}/$`));
    await expect(page.locator('h1')).toContainText(`Mål ${n}:`);
    await page.goBack();
    await expect(page).toHaveURL('http://127.0.0.1:8080/');
    await expect(page.locator('.malkort')).toHaveCount(8);
  }
  await page.goForward();
  await expect(page.locator('h1')).toContainText('Mål 8:');
  expect(problems).toEqual([]);
});

test('a reload or deep link opens the view directly on a plain static server', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/mal/5/');
  await expect(page.locator('h1')).toHaveText('Mål 5: Effektiv brottsbekämpning');
  await appReady(page);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Mål 5: Effektiv brottsbekämpning');
  await page.goto('/mal/5');
  await expect(page.locator('h1')).toHaveText('Mål 5: Effektiv brottsbekämpning');
  await page.goto('/tips/?aktor=kommun');
  await appReady(page);
  await expect(page.locator('.chip[aria-pressed="true"]')).toHaveText(/^Kommun/);
  expect(problems).toEqual([]);
});

test('every indicator table shows the content values', async ({ page, request }) => {
  const data = await content(request);
  for (const goal of data.mal) {
    await page.goto(`/mal/${goal.nummer}/`);
    await appReady(page);
    for (const ind of goal.indikatorer) {
      const section = page.locator(`#mal-${goal.nummer}-${ind.id}`);
      const cells = await section.locator('td[data-varde]').evaluateAll((tds) => tds.map((td) => Number(td.dataset.varde)));
      const expected = [];
      const years = [...new Set(ind.serier.flatMap((s) => s.punkter.map((p) => p.ar)))].sort((a, b) => a - b);
      for (const y of years) for (const s of ind.serier) { const p = s.punkter.find((p) => p.ar === y); if (p) expected.push(p.varde); }
      expect(cells, `${goal.nummer} ${ind.id}`).toEqual(expected);
    }
  }
});

test('unknown addresses show the not-found view with a link home', async ({ page }) => {
  for (const path of ['mal/0/', 'mal/9', 'mal/abc', 'finns-inte']) {
    const res = await page.goto(`http://127.0.0.1:8081/strategi/${path}`);
    expect(res.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    await appReady(page);
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    await expect(page.getByRole('link', { name: 'Till startsidan med alla mål' })).toHaveAttribute('href', '/strategi/');
  }
});

test('a sub-path build works under /strategi/', async ({ page }) => {
  const problems = watch(page);
  await page.goto('http://127.0.0.1:8081/strategi/');
  await appReady(page);
  await expect(page.locator('.malkort')).toHaveCount(8);
  await page.locator('a.malkort-lank').first().click();
  await expect(page).toHaveURL('http://127.0.0.1:8081/strategi/mal/1/');
  await expect(page.locator('h1')).toHaveText('Mål 1: Förebygga våld');
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Mål 1: Förebygga våld');
  await page.goBack();
  await expect(page).toHaveURL('http://127.0.0.1:8081/strategi/');
  expect(problems).toEqual([]);
});
