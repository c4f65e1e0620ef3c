// Bad input everywhere: remote content that fails in every way, and hostile URL parameters.
const { test, expect } = require('@playwright/test');
const { watch, appReady } = require('./helpers');

const FAULTS = 'http://127.0.0.1:8083';
const NOTICE = 'Nyare siffror kunde inte hämtas. Siffrorna som visas sammanställdes 2026-11-26.';

/// Opens /mal/6/ as if the deployer had set the remote content URL.
async function openWithRemote(page, remote) {
  await page.route('http://127.0.0.1:8080/mal/6/', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('<head>', `<head><meta name="strategi-innehall" content="${remote}">`);
    await route.fulfill({ response: res, body });
  });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('strategi:')) warnings.push(m.text()); });
  await page.goto('/mal/6/');
  await appReady(page);
  return warnings;
}

const firstValue = (page) => page.locator('#mal-6-kontaktforbud-beviljade td[data-varde]').last();

test('a valid newer bundle is swapped in', async ({ page }) => {
  const warnings = await openWithRemote(page, `${FAULTS}/ny.json`);
  await expect(firstValue(page)).toHaveAttribute('data-varde', '29');
  await expect(page.locator('.notis')).toHaveCount(0);
  await expect(page.locator('.sidfot')).toContainText('2099-12-31');
  expect(warnings).toEqual([]);
});

const faults = [
  ['404.json', 'HTTP 404'],
  ['500.json', 'HTTP 500'],
  ['langsam.json', 'inget svar inom 5 sekunder'],
  ['ogiltig.json', 'är inte giltig JSON'],
  ['fel-schema.json', 'okänd schemaversion 99'],
  ['regelbrott.json', 'värdet 150 går inte för enheten procent'],
  ['stor.json', 'högst 1048576 byte'],
  ['fel-typ.json', 'fel innehållstyp'],
  ['aldre.json', 'äldre än det inbyggda'],
];

for (const [file, reason] of faults) {
  test(`remote content fault: ${file} keeps the bundled figures with a notice`, async ({ page }) => {
    test.setTimeout(20_000);
    const problems = watch(page);
    const warnings = await openWithRemote(page, `${FAULTS}/${file}`);
    await expect(page.locator('.notis')).toHaveText(NOTICE, { timeout: 9000 });
    await expect(firstValue(page)).toHaveAttribute('data-varde', '28');
    await expect(page.locator('h1')).toHaveText('Mål 6: Trygg rättsprocess');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(reason);
    // Still usable: a chip still filters.
    await page.locator('.chip', { hasText: /^Kommun/ }).click();
    await expect(page.locator('.resultat')).toContainText('för Kommun');
    expect(problems.filter((p) => !p.includes('8083') && !p.includes('Failed to load resource'))).toEqual([]);
  });
}

const hostile = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '🙂🙂 våld', 'مرحبا \u202eabc', 'x'.repeat(10000),
];

test('hostile query parameters are harmless', async ({ page }) => {
  const problems = watch(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  for (const q of hostile) {
    for (const aktor of ['okand', '', 'kommun,kommun,kommun', 'x'.repeat(10000), 'region&aktor=region']) {
      await page.goto(`/tips/?aktor=${encodeURIComponent(aktor)}&q=${encodeURIComponent(q)}`);
      await appReady(page);
      await expect(page.locator('h1')).toHaveText('Vad kan vi göra?');
      expect(await page.locator('img[onerror]').count()).toBe(0);
      expect(await page.locator('script').evaluateAll((ss) => ss.filter((s) => s.textContent.includes('alert(1)')).length)).toBe(0);
      const value = await page.getByLabel('Sök i strategin').inputValue();
      expect(value.length).toBeLessThanOrEqual(200);
    }
  }
  await page.goto('/mal/3/?aktor=kommun&aktor=kommun&aktor=okand');
  await appReady(page);
  await expect(page.locator('.chip[aria-pressed="true"]')).toHaveText(/^Kommun/);
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});

test('bad goal numbers in paths and embed parameters show a clear not-found view', async ({ page }) => {
  for (const mal of ['0', '9', '-1', '1e9', 'abc', '', '3/3']) {
    const problems = watch(page);
    await page.goto(`http://127.0.0.1:8081/strategi/mal/${mal}`);
    await appReady(page);
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    expect(problems.filter((p) => !/ 404/.test(p))).toEqual([]);
  }
  const OVERVIEW = 'Strategi för att förebygga och bekämpa våld i Stockholms län 2020–2026';
  const embedCases = [
    ['mal=0', 'Sidan finns inte'], ['mal=9', 'Sidan finns inte'], ['mal=-1', 'Sidan finns inte'],
    ['mal=1e9', 'Sidan finns inte'], ['mal=abc', 'Sidan finns inte'], ['mal=', 'Sidan finns inte'],
    ['mal=3&mal=4', 'Mål 3: Upptäcka tidigt'], ['vy=<script>', OVERVIEW], ['aktor=%00%FF', OVERVIEW],
    ['vy=tips&aktor=kommun,okand', 'Vad kan vi göra?'],
  ];
  for (const [query, heading] of embedCases) {
    const problems = watch(page);
    await page.goto(`http://127.0.0.1:8081/strategi/embed.html?${query}`);
    await appReady(page);
    await expect(page.locator('h1'), query).toHaveText(heading);
    expect(problems).toEqual([]);
  }
  // The unknown actor type is dropped, the known one kept.
  await expect(page.locator('.chip[aria-pressed="true"]')).toHaveText(/^Kommun/);
});

test('broken island data in a page: a clear message, the content stays readable', async ({ page }) => {
  await page.route('http://127.0.0.1:8080/mal/2/', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('<script type="application/json" id="strategi-data">{', '<script type="application/json" id="strategi-data">{trasig');
    await route.fulfill({ response: res, body });
  });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/mal/2/');
  await page.evaluate(() => document.querySelector('#strategi [data-o]').dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
  await expect(page.locator('#strategi')).toHaveAttribute('data-status', 'fel');
  await expect(page.getByRole('alert')).toHaveText('Sidan kunde inte starta helt. Innehållet nedan går att läsa men filtren fungerar inte.');
  await expect(page.locator('h1')).toHaveText('Mål 2: Förebygga återfall');
  await expect(page.locator('li.tips')).toHaveCount(16);
  expect(errors.some((e) => e.startsWith('strategi: sidans data gick inte att läsa'))).toBeTruthy();
});
