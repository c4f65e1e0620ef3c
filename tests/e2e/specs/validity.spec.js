// Valid pages and a second accessibility engine: the Nu Html Checker (the
// W3C validator, vnu-jar) on every prerendered page of both builds, and
// pa11y with HTML_CodeSniffer (WCAG2AA) on every view.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');

/// Every HTML file under `dir`.
function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

test('every prerendered page and embed.html validates in the Nu Html Checker', async () => {
  test.setTimeout(180_000);
  // Whole documents only: a widget's view fragment (vy.html, vy-kommun.html)
  // is parsed by our own code, never shown as a page.
  const fragment = (f) => /\/vy(-[a-z-]+)?\.html$/.test(f);
  const files = [...htmlFiles(path.join(root, 'dist')), ...htmlFiles(path.join(root, 'dist-sub'))].filter((f) => !fragment(f));
  // In each of the two builds: 14 views, embed.html, and 13 frame views
  // (overview, 8 goals, tips, handlingsplan, om, not found) with and without
  // our heading, unfiltered and for each of the 5 actor types.
  expect(files.length).toBe(2 * (14 + 1 + 13 * 2 * 6));
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  let output;
  try {
    output = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = e.stderr || e.stdout; // vnu exits with 1 when it finds errors
  }
  const messages = JSON.parse(output || '{"messages":[]}').messages
    .filter((m) => m.type === 'error')
    .map((m) => `${path.relative(root, m.url.replace('file:', ''))}:${m.lastLine}: ${m.message}`);
  console.log(`Nu Html Checker: ${files.length} files, ${messages.length} errors`);
  expect(messages).toEqual([]);
});

const views = [
  '/', '/mal/1/', '/mal/2/', '/mal/3/', '/mal/4/', '/mal/5/', '/mal/6/', '/mal/7/', '/mal/8/',
  '/tips/', '/tips/?aktor=kommun&q=v%C3%A5ld', '/handlingsplan/', '/om/', '/tillganglighet/', '/embed.html?mal=3&aktor=region',
  '/inbaddad/kommun/mal/3/', '/inbaddad/kommun/handlingsplan/',
];

test('pa11y with HTML_CodeSniffer (WCAG2AA) reports no error on any view', async () => {
  test.setTimeout(180_000);
  const pa11y = require('pa11y');
  const found = [];
  for (const view of views) {
    const result = await pa11y(`http://127.0.0.1:8080${view}`, {
      standard: 'WCAG2AA',
      runners: ['htmlcs'],
      timeout: 30_000,
      chromeLaunchConfig: {
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    });
    for (const issue of result.issues.filter((i) => i.type === 'error')) {
      found.push(`${view}: ${issue.code} ${issue.selector}`);
    }
  }
  expect(found).toEqual([]);
});
