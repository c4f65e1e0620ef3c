// The plan's guide on /handlingsplan/ (its own bundle, strategi-plan): a
// whole journey (organisation, priorities, tips, an own measure with every
// field), the plan in the link (a new browser context sees the same plan),
// the CSV and JSON files opened again in fresh contexts, print, bad links
// and files, keyboard only, axe and a 320 px phone on every step.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const fs = require('node:fs');
const { watch } = require('./helpers');

const guide = (page) => page.locator('#plan-guide');
const ready = async (page) => {
  await expect(guide(page)).toHaveAttribute('data-status', 'igang');
  await expect(page.locator('.guide-steg h3')).toBeVisible();
};
const step = (page, n) => page.locator('.guide-steglista button').nth(n - 1);
const heading = (page) => page.locator('.guide-steg > h3');
const table = (page) => page.locator('.guide-skarm .guide-tabell');
const live = (page) => page.locator('.guide-skarm > [aria-live="polite"]');

/// Builds the plan of the journey on `page` (at /handlingsplan/, step 1).
async function buildPlan(page) {
  await page.getByLabel('Organisationens namn').fill('Testkommunen');
  await page.getByRole('radio', { name: 'Kommun' }).check();
  await page.getByLabel('Enhet eller kommun').fill('Socialtjänsten; enheten för barn & unga');
  await page.getByRole('button', { name: /^Nästa: Analysera/ }).click();
  await expect(heading(page)).toHaveText('Steg 2 av 4 Analysera');
  await expect(heading(page)).toBeFocused();
  await page.getByRole('checkbox', { name: 'Prioriterat mål 1' }).check();
  await page.getByRole('checkbox', { name: 'Prioriterat mål 3' }).check();
  await page.getByLabel('Utgångsläge och behov för mål 1').fill('Vi saknar en rutin för att fråga om våld.');
  await page.getByRole('button', { name: /^Nästa: Välja åtgärder/ }).click();
  await expect(heading(page)).toHaveText('Steg 3 av 4 Välja åtgärder');
  await expect(heading(page)).toBeFocused();
  // Prioritised goals first.
  await expect(page.locator('.guide-steg .guide-mal h4').nth(0)).toContainText('Mål 1:');
  await expect(page.locator('.guide-steg .guide-mal h4').nth(1)).toContainText('Mål 3:');
  // Three tips: two under goal 1, one under goal 3.
  const add = (goal, nth) => page.locator(`.guide-mal[data-mal="${goal}"] .guide-tips`).nth(nth).getByRole('button', { name: /^Lägg till i planen/ });
  await add(1, 0).click();
  await expect(live(page)).toHaveText(/^Lagt till: .+\. 1 åtgärd i planen\. Fyll i uppgifterna under Era åtgärder för målet\.$/);
  await expect(page.locator('.guide-mal[data-mal="1"] .guide-tips').nth(0).getByRole('button')).toHaveText(/^Ta bort ur planen/);
  await add(1, 1).click();
  await add(3, 0).click();
  await expect(live(page)).toHaveText(/ 3 åtgärder i planen\./);
  // Every field of the first tip, among the goal's measures.
  const first = page.locator('.guide-mal[data-mal="1"] .guide-atgarder fieldset').first();
  await first.getByLabel('Vem ansvarar? Roll eller enhet').fill('Rektor, skolenheten');
  await first.getByLabel('Start').fill('2025-03');
  await first.getByLabel('Slut').fill('2026-06');
  await first.getByLabel('Hur följer ni upp åtgärden?').selectOption({ index: 1 });
  await first.getByLabel('Status').selectOption('Pågår');
  // One own measure under goal 3, with every field.
  await page.getByRole('button', { name: 'Lägg till egen åtgärd under mål 3' }).click();
  const own = page.locator('.guide-mal[data-mal="3"] .guide-atgarder fieldset').last();
  const title = own.getByLabel('Åtgärd', { exact: true });
  await expect(title).toBeFocused();
  await expect(live(page)).toHaveText('Lagt till en egen åtgärd under mål 3. 4 åtgärder i planen.');
  await title.fill('Utbildning för all personal');
  await expect(own.locator('legend')).toHaveText('Utbildning för all personal');
  await own.getByLabel('Vem ansvarar? Roll eller enhet').fill('HR-enheten');
  await own.getByLabel('Start').fill('2025-09');
  await own.getByLabel('Slut').fill('2025-12');
  await own.getByLabel('Hur följer ni upp åtgärden?').selectOption('egen');
  await own.getByLabel('Uppföljning med egna ord').fill('Andel av personalen som har gått utbildningen');
  await own.getByLabel('Status').selectOption('Planerad');
  await own.getByLabel('Anteckning').fill('Börja med socialtjänsten.');
  await page.getByRole('button', { name: /^Nästa: Genomföra och följa upp/ }).click();
  await expect(heading(page)).toHaveText('Steg 4 av 4 Genomföra och följa upp');
  await expect(heading(page)).toBeFocused();
}

test('a whole plan: built in four steps, kept in the link, opened again from the link, a CSV and a JSON file, and printed', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto('/handlingsplan/');
  await ready(page);
  await expect(heading(page)).toHaveText('Steg 1 av 4 Organisation');
  const entries = await page.evaluate(() => history.length);
  await buildPlan(page);

  const measures = await table(page).innerText();
  expect(measures).toContain('Mål 1: ');
  expect(measures).toContain('(prioriterat)');
  expect(measures).toContain('Utbildning för all personal');
  expect(measures).toContain('HR-enheten');
  expect(measures).toContain('2025-09 – 2025-12');
  expect(measures).toContain('Andel av personalen som har gått utbildningen');
  expect(measures).toContain('Pågår');
  await expect(page.locator('.guide-antal')).toHaveText(/3\s*planerad\s*1\s*pågår\s*0\s*genomförd\s*0\s*pausad/);
  await expect(page.locator('.guide-steg')).toContainText('Kvar att göra: 3 åtgärder som är planerade eller pausade.');

  // The link is the plan, written in place: no history entry per keystroke.
  const url = page.url();
  expect(new URL(url).hash).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // A new browser context (no shared state of any kind) sees the same plan.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(url);
  await ready(again);
  await expect(heading(again)).toHaveText('Steg 4 av 4 Genomföra och följa upp');
  expect(await table(again).innerText()).toBe(measures);
  await step(again, 1).click();
  await expect(again.getByLabel('Organisationens namn')).toHaveValue('Testkommunen');
  await expect(again.getByRole('radio', { name: 'Kommun' })).toBeChecked();
  expect(await again.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  await other.close();

  // The CSV and the JSON file, each opened in a fresh context.
  for (const [button, extension] of [['Exportera till Excel (CSV)', 'csv'], ['Spara som fil', 'json']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^handlingsplan-testkommunen-\\d{4}-\\d\\d-\\d\\d\\.${extension}$`));
    const file = await download.path();
    const fresh = await browser.newContext();
    const opened = await fresh.newPage();
    await opened.goto('/handlingsplan/');
    await ready(opened);
    await opened.getByLabel(/^Öppna en plan som ni har sparat som fil/).setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/plain', buffer: fs.readFileSync(file) });
    await expect(opened.locator('.guide-notis[role="status"]')).toContainText(`Planen i ${download.suggestedFilename()} är öppnad.`);
    await expect(heading(opened)).toHaveText('Steg 4 av 4 Genomföra och följa upp');
    expect(await table(opened).innerText(), extension).toBe(measures);
    expect(new URL(opened.url()).hash, extension).toBe(new URL(url).hash);
    // Opening a file is a step of its own: Back brings the empty plan back.
    await opened.goBack();
    await expect(opened.locator('.guide-steg h3')).toHaveText('Steg 1 av 4 Organisation');
    await fresh.close();
  }

  // Print: the plan with its table, no guide controls, no page chrome.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-utskrift .guide-tabell')).toBeVisible();
  await expect(page.locator('.plan-utskrift h2')).toHaveText('Handlingsplan för Testkommunen');
  await expect(page.locator('.plan-utskrift')).toContainText('Aktörstyp: Kommun.');
  await expect(page.locator('.plan-utskrift')).toContainText('Vi saknar en rutin för att fråga om våld.');
  expect(await page.locator('.plan-utskrift .guide-tabell').innerText()).toBe(measures);
  for (const hidden of ['.guide-skarm', '.guide-steglista', '.guide-vidare', '#plan-faser', '.plan-checklista', '.sidhuvud', '.sidfot', '.hjalp', '.snabbutgang']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(problems).toEqual([]);
  await context.close();
});

test('a cut-off or hand-edited link shows what could be read and says what could not', async ({ page }) => {
  await page.goto('/handlingsplan/');
  await ready(page);
  await buildPlan(page);
  const url = page.url();
  const hash = new URL(url).hash;
  for (const [bad, message] of [
    [url.slice(0, url.length - Math.floor(hash.length / 3)), /Länken verkar vara (avklippt|ändrad eller skadad)/],
    [`${url.split('#')[0]}#v1.@@@`, /Länken/],
    [`${url.split('#')[0]}#v7.AAAA`, /version 7 av planformatet/],
  ]) {
    await page.goto('about:blank');
    await page.goto(bad);
    await ready(page);
    const notice = page.locator('.guide-notis[role="alert"]');
    await expect(notice).toContainText('Planen i länken kunde inte läsas helt');
    await expect(notice).toContainText(message);
    // The guide works: every step can be reached.
    for (const n of [1, 2, 3, 4]) {
      await step(page, n).click();
      await expect(heading(page)).toBeFocused();
    }
  }
  // The cut-off link kept the organisation (it comes first).
  await page.goto('about:blank');
  await page.goto(url.slice(0, url.length - Math.floor(hash.length / 3)));
  await ready(page);
  await step(page, 1).click();
  await expect(page.getByLabel('Organisationens namn')).toHaveValue('Testkommunen');
});

test('a foreign file, a file with a tip the strategy no longer has, and texts of 100 000 characters', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/handlingsplan/');
  await ready(page);
  const open = page.getByLabel(/^Öppna en plan som ni har sparat som fil/);
  // Not a plan at all: said, and the plan on the page stays.
  await page.getByLabel('Organisationens namn').fill('Kvar');
  for (const [name, text, message] of [
    ['bild.png', '\x89PNG\r\n\x1a\n\0\0\0IHDR', /Det gick inte att öppna någon plan från bild\.png/],
    ['annan.json', '{"typ": "något annat", "data": [1, 2, 3]}', /Filen är inte en handlingsplan från den här tjänsten/],
    ['tom.csv', '', /Filen är tom/],
  ]) {
    await open.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'latin1') });
    const notice = page.locator('.guide-notis[role="alert"]');
    await expect(notice).toContainText(`Det gick inte att öppna någon plan från ${name}`);
    await expect(notice).toContainText(message);
    await expect(page.getByLabel('Organisationens namn')).toHaveValue('Kvar');
  }

  // A plan with a tip the strategy no longer has: kept and shown as such.
  const plan = {
    format: 'strategi-handlingsplan',
    version: 1,
    organisation: { namn: 'Gamla planen', aktorstyp: 'kommun', enhet: '' },
    mal: [], atgarder: [{ forslag: 'm2-ett-forslag-som-har-tagits-bort', status: 'Pågår', ansvarig: 'Någon' }],
  };
  await open.setInputFiles({ name: 'gammal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  const notice = page.locator('.guide-notis');
  await expect(notice).toContainText(/finns inte längre i strategin/);
  await expect(table(page)).toContainText('Förslag som inte längre finns i strategin');
  await step(page, 3).click();
  const gone = page.locator('section[aria-labelledby="guide-borta"]');
  await expect(gone.locator('h4')).toHaveText('Förslag som inte längre finns i strategin');
  await expect(gone.getByLabel('Vem ansvarar? Roll eller enhet')).toHaveValue('Någon');
  await gone.getByRole('button', { name: 'Ta bort åtgärden' }).click();
  await expect(live(page)).toHaveText('Borttaget: Förslag som inte längre finns i strategin. 0 åtgärder i planen.');

  // 100 000 characters: the fields take what the plan holds, the link reads back.
  await step(page, 1).click();
  const long = 'å'.repeat(100_000);
  await page.getByLabel('Organisationens namn').fill(long);
  await step(page, 2).click();
  await page.getByLabel('Utgångsläge och behov för mål 2').fill(long);
  const name = await page.evaluate(() => document.querySelector('#guide-namn')?.value.length);
  expect(name === undefined || name <= 300).toBeTruthy();
  await page.goto('about:blank');
  await page.goBack();
  await ready(page);
  await step(page, 1).click();
  await expect(page.getByLabel('Organisationens namn')).toHaveValue('å'.repeat(300));
  await step(page, 2).click();
  expect((await page.getByLabel('Utgångsläge och behov för mål 2').inputValue()).length).toBe(2000);
  expect(problems).toEqual([]);
});

test('keyboard only: every control of every step is reached, and each step moves focus to its heading', async ({ page }) => {
  await page.goto('/handlingsplan/');
  await ready(page);
  await buildPlan(page);
  await page.getByRole('button', { name: 'Kopiera länken' }).first().focus();
  for (const n of [1, 2, 3, 4]) {
    // Into the step list, then Enter on the step.
    await step(page, n).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText(new RegExp(`^Steg ${n} av 4 `));
    const outline = await step(page, n).evaluate((el) => { el.focus(); return getComputedStyle(el).outlineStyle; });
    expect(outline).not.toBe('none');
    await heading(page).focus();
    // Tab through the step: every control in it gets focus.
    const controls = await page.locator('.guide-steg').evaluate((s) => [...s.querySelectorAll('button, input, select, textarea, summary, a[href], [tabindex="0"]')]
      .filter((el) => !(el.type === 'radio' && !el.checked && el.form === null && document.querySelector(`input[name="${el.name}"]:checked`)))
      .map((el) => el.id || el.textContent.trim()));
    const reached = new Set();
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el.closest('.guide-steg') ? (el.id || el.textContent.trim()) : null;
      });
      if (here === null) break;
      reached.add(here);
    }
    for (const c of controls) expect(reached.has(c), `step ${n}: ${c}`).toBeTruthy();
  }
  // Föregående moves back, with focus on the heading.
  await page.getByRole('button', { name: /^Föregående: Välja åtgärder/ }).press('Enter');
  await expect(heading(page)).toHaveText('Steg 3 av 4 Välja åtgärder');
  await expect(heading(page)).toBeFocused();
});

for (const [width, height] of [[320, 640], [375, 812], [1280, 800]]) {
  test(`axe and reflow on every step of the guide at ${width} px, light and dark`, async ({ browser }) => {
    test.setTimeout(120_000);
    const build = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const builder = await build.newPage();
    await builder.goto('/handlingsplan/');
    await ready(builder);
    await buildPlan(builder);
    const url = builder.url();
    await build.close();
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      const found = [];
      for (const n of [1, 2, 3, 4]) {
        await step(page, n).click();
        await page.locator('.guide-sammanhang').first().evaluate((d) => { if (d) d.open = true; }).catch(() => {});
        const result = await new AxeBuilder({ page }).include('#plan-guide').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const v of result.violations) found.push(`step ${n}: ${v.id} ${v.nodes.slice(0, 3).map((x) => x.target.join(' ')).join(' | ')}`);
        const wide = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          return [...document.querySelectorAll('#plan-guide *')]
            .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 1 || r.left < -1) && !el.closest('.tabell-ram') && !el.closest('.osynlig'); })
            .slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        });
        if (wide.length) found.push(`step ${n}: wider than ${width} px: ${wide.join(', ')}`);
      }
      // With a notice (a file that is not a plan) too.
      await page.getByLabel(/^Öppna en plan som ni har sparat som fil/).setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('hej') });
      await expect(page.locator('.guide-notis')).toBeVisible();
      const result = await new AxeBuilder({ page }).include('#plan-guide').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of result.violations) found.push(`notice: ${v.id} ${v.nodes.slice(0, 3).map((x) => x.target.join(' ')).join(' | ')}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      expect(found, scheme).toEqual([]);
      await context.close();
    }
  });
}

test('copying the link: the clipboard when allowed, and the link in a field to copy by hand', async ({ browser }) => {
  const allowed = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await allowed.newPage();
  await page.goto('/handlingsplan/');
  await ready(page);
  await page.getByLabel('Organisationens namn').fill('Kopierad');
  await page.getByRole('button', { name: 'Kopiera länken' }).click();
  await expect(page.locator('.guide-kopiera .kopierat')).toHaveText(/Länken är kopierad/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page.getByLabel('Länken till planen')).toHaveValue(page.url());
  await allowed.close();

  const denied = await browser.newContext();
  const other = await denied.newPage();
  await other.addInitScript(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined }); });
  await other.goto('/handlingsplan/');
  await ready(other);
  await other.getByLabel('Organisationens namn').fill('För hand');
  await other.getByRole('button', { name: 'Kopiera länken' }).click();
  await expect(other.locator('.guide-kopiera .kopierat')).toHaveText(/Markera länken i fältet/);
  const field = other.getByLabel('Länken till planen');
  await expect(field).toHaveValue(other.url());
  await expect(field).toHaveAttribute('readonly', '');
  await denied.close();
});

test('the plan bundle loads on the plan page only, and a link to the plan loads its page', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/mal/3/');
  await page.locator('#mal-3-tips').scrollIntoViewIfNeeded();
  await expect(page.locator('#strategi')).toHaveAttribute('data-status', 'igang');
  expect(fetched).not.toContain('/strategi-plan_bg.wasm');
  // With the islands running, a tip's link to the plan still loads the page
  // (views are swapped in place, the plan's page is not).
  await page.locator('[data-o="mal-tips"] .tips-plan a').first().click();
  await expect(page).toHaveURL(/\/handlingsplan\/$/);
  await ready(page);
  expect(fetched).toContain('/strategi-plan_bg.wasm');
});
