// With JavaScript off the prerendered pages are readable and linked.
const { test, expect } = require('@playwright/test');

test.use({ javaScriptEnabled: false });

test('without JavaScript: cards, a goal with its indicator table and tips, and working links', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.malkort')).toHaveCount(8);
  await page.getByRole('link', { name: /^Mål 8: Kunskap och forskning/ }).click();
  await expect(page).toHaveURL(/\/mal\/8\/$/);
  await expect(page.locator('h1')).toHaveText('Mål 8: Kunskap och forskning');
  await expect(page.locator('table.vardetabell').first()).toBeVisible();
  await expect(page.locator('table.vardetabell td[data-varde]').first()).toBeVisible();
  await expect(page.locator('li.tips').first()).toBeVisible();
  await page.getByRole('link', { name: /^Föregående: Mål 7/ }).click();
  await expect(page.locator('h1')).toHaveText('Mål 7: Systematisk kunskapsutveckling');
  await page.getByRole('link', { name: 'Se förslag från alla åtta mål' }).click();
  await expect(page.locator('h1')).toHaveText('Vad kan vi göra?');
  await expect(page.locator('.tipsgrupp')).toHaveCount(8);
  await page.getByRole('link', { name: 'Om strategin' }).first().click();
  await expect(page.locator('h1')).toHaveText('Om strategin');
});

test('without JavaScript: from a tip to the plan, with the four phases and every tip to tick', async ({ page, request }) => {
  const data = await (await request.get('/data/innehall.json')).json();
  const total = data.mal.reduce((n, g) => n + g.tips.length, 0);
  await page.goto('/mal/2/');
  await page.getByRole('link', { name: /^Lägg till i handlingsplanen – / }).first().click();
  await expect(page).toHaveURL(/\/handlingsplan\/$/);
  await expect(page.locator('h1')).toHaveText('Vår handlingsplan');
  await expect(page.locator('ol.faser > li h3')).toHaveText(['Fas I: Analysera', 'Fas II: Välja åtgärder', 'Fas III: Genomföra', 'Fas IV: Följa upp']);
  await expect(page.locator('.checkpunkt')).toHaveCount(total);
  await expect(page.locator('.plan-grupp h3')).toHaveCount(data.mal.length);
  await expect(page.locator('.plan-guide')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Vår handlingsplan' })).toHaveAttribute('aria-current', 'page');
});
