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
