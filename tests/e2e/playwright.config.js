// End-to-end tests against the release build in dist/ (built by .ci/test).
// The system Chromium from apt is used; Playwright never downloads a browser.
const { defineConfig } = require('@playwright/test');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

module.exports = defineConfig({
  testDir: './specs',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:8080',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        // All test servers are on loopback; Chromium's local-network checks would block them.
        '--disable-features=LocalNetworkAccessChecks'],
    },
  },
  webServer: [
    // A plain static file server with no rewrite rules.
    { command: `python3 -m http.server 8080 --bind 127.0.0.1 --directory ${root}/dist`, url: 'http://127.0.0.1:8080/', reuseExistingServer: false, stderr: 'ignore' },
    // A typical host: 404.html, precompressed files; the sub-path build under /strategi/.
    { command: `node serve.mjs ${root}/target/e2e-root 8081`, url: 'http://127.0.0.1:8081/strategi/', reuseExistingServer: false },
    // Host pages that embed the app, on another origin.
    { command: `node serve.mjs ${__dirname}/fixtures 8082`, url: 'http://127.0.0.1:8082/two.html', reuseExistingServer: false },
    // A content server that fails in every way the app must survive.
    { command: `node faults.mjs ${root}/dist/data/innehall.json 8083`, url: 'http://127.0.0.1:8083/ny.json', reuseExistingServer: false },
  ],
});
