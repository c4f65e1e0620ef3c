// Tips filtered by actor type, search, and the state kept in the URL.
const { test, expect } = require('@playwright/test');
const { watch, appReady, content } = require('./helpers');

const chip = (page, name) => page.locator('.chip', { hasText: new RegExp(`^${name}`) });

test('every goal and actor type shows exactly its tips, with matching chip counts', async ({ page, request }) => {
  const data = await content(request);
  const actors = data.strategi.aktorstyper;
  for (const goal of data.mal) {
    await page.goto(`/mal/${goal.nummer}/`);
    await appReady(page);
    for (const actor of actors) {
      const expected = goal.tips.filter((t) => t.aktorer.includes(actor.id)).map((t) => t.id);
      await expect(chip(page, actor.namn).locator('.chip-antal')).toHaveText(`(${expected.length} tips)`);
      await chip(page, actor.namn).click();
      await expect(page).toHaveURL(new RegExp(`\\?aktor=${actor.id}$`));
      const shown = await page.locator('li.tips').evaluateAll((els) => els.map((e) => e.dataset.tips));
      expect(shown, `goal ${goal.nummer} ${actor.id}`).toEqual(expected);
      await expect(page.locator('.resultat')).toHaveText(`Visar ${expected.length} av ${goal.tips.length} tips för ${actor.namn}`);
      await chip(page, actor.namn).click(); // off again
      await expect(page.locator('li.tips')).toHaveCount(goal.tips.length);
    }
  }
});

test('the URL holds the filter: shared links, back and forward, carried between goals', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/mal/3/?aktor=region,kommun,okand,kommun');
  await appReady(page);
  await expect(chip(page, 'Kommun')).toHaveAttribute('aria-pressed', 'true');
  await expect(chip(page, 'Region')).toHaveAttribute('aria-pressed', 'true');
  await chip(page, 'Civilsamhälle').click();
  await expect(page).toHaveURL(/\/mal\/3\/\?aktor=kommun,region,civilsamhalle$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?aktor=region,kommun,okand,kommun$/);
  await expect(chip(page, 'Civilsamhälle')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(chip(page, 'Civilsamhälle')).toHaveAttribute('aria-pressed', 'true');
  // Carried over to the next goal and to /tips.
  await page.getByRole('link', { name: /^Nästa: Mål 4/ }).click();
  await expect(page).toHaveURL(/\/mal\/4\/\?aktor=kommun,region,civilsamhalle$/);
  await page.getByRole('link', { name: 'Se förslag från alla åtta mål' }).click();
  await expect(page).toHaveURL(/\/tips\/\?aktor=kommun,region,civilsamhalle$/);
  await expect(chip(page, 'Region')).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('search finds words with and without Swedish marks, marks them, and is kept in the URL', async ({ page }) => {
  await page.goto('/tips/');
  await appReady(page);
  const all = await page.locator('li.tips').count();
  const field = page.getByLabel('Sök i strategin');
  await field.fill('aterfall');
  await expect(page).toHaveURL(/\/tips\/\?q=aterfall$/);
  const without = await page.locator('li.tips').count();
  expect(without).toBeGreaterThan(0);
  expect(without).toBeLessThan(all);
  await expect(page.locator('mark').first()).toHaveText(/^återfall$/i);
  await field.fill('återfall');
  await expect(page.locator('li.tips')).toHaveCount(without);
  await field.fill('freda kommun');
  await expect(page.locator('.resultat')).toContainText('som matchar "freda kommun"');
  await expect(page.locator('.traff').first()).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Sök i strategin')).toHaveValue('freda kommun');
  await field.fill('');
  await expect(page.locator('li.tips')).toHaveCount(all);
});

test('chips work with the keyboard alone and announce the result politely', async ({ page }) => {
  await page.goto('/mal/2/');
  await appReady(page);
  const region = chip(page, 'Region');
  await region.focus();
  await page.keyboard.press('Enter');
  await expect(region).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(region).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.resultat')).toHaveAttribute('aria-live', 'polite');
  const box = await region.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
});

test('an empty result explains itself and offers to clear the filter', async ({ page, request }) => {
  const data = await content(request);
  // Find a goal and actor type with no tips, if the content has one; else use a search with no match.
  await page.goto('/tips/?q=zzzxyq');
  await appReady(page);
  await expect(page.locator('.tomt')).toContainText('Inga förslag matchar');
  await page.getByRole('button', { name: 'Rensa val och sökning' }).click();
  const total = data.mal.reduce((n, g) => n + g.tips.length, 0);
  await expect(page.locator('li.tips')).toHaveCount(total);
});

test('a search draws its first 50 hits and says so; "Visa alla" draws the rest and moves focus there', async ({ page }) => {
  await page.goto('/tips/?q=a');
  await appReady(page);
  const summary = page.locator('.resultat');
  await expect(summary).toHaveText(/^Visar 50 av (\d+) tips som matchar "a"$/);
  const total = Number((await summary.textContent()).match(/av (\d+)/)[1]);
  expect(total).toBeGreaterThan(50);
  await expect(page.locator('li.tips')).toHaveCount(50);
  await page.getByRole('button', { name: `Visa alla ${total}` }).click();
  await expect(page.locator('li.tips')).toHaveCount(total);
  await expect(summary).toHaveText(`Visar ${total} tips som matchar "a"`);
  await expect(page.locator('li.tips').nth(50)).toBeFocused();
  // A new search starts from the first 50 again.
  await page.getByLabel('Sök i strategin').fill('e');
  await expect(page.locator('li.tips')).toHaveCount(50);
});

test('each tip links to the plan by its own name, carrying the chosen actor types', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/mal/3/?aktor=kommun');
  await appReady(page);
  const first = page.locator('li.tips').first();
  const title = (await first.locator('.tips-rubrik').textContent()).trim();
  const link = first.getByRole('link', { name: `Lägg till i handlingsplanen – ${title}` });
  await expect(link).toHaveAttribute('href', '/handlingsplan/?aktor=kommun');
  await link.click();
  await expect(page).toHaveURL(/\/handlingsplan\/\?aktor=kommun$/);
  await expect(page.locator('h1')).toHaveText('Vår handlingsplan');
  expect(problems).toEqual([]);
});
