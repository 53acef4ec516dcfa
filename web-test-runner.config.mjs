// Runs every test in real Chromium, Firefox and WebKit from Debian's packages (see scripts/test.sh).
// BROWSERS=chromium,firefox picks a subset.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { serverCommands } from './test/server/commands.mjs';
import { totalsReporter } from './test/server/totals-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const want = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (want.includes('chromium')) {
  browsers.push(chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--headless=new',
        '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
    },
  }));
}
if (want.includes('firefox')) {
  browsers.push(chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', headless: true },
    // Three browsers share two cores in CI: a test page can take longer than puppeteer's 30 s to load in Firefox.
    createPage: async ({ context }) => {
      const page = await context.newPage();
      page.setDefaultNavigationTimeout(120000);
      return page;
    },
  }));
}
if (want.includes('webkit')) {
  browsers.push(webdriverLauncher({
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_WD_PORT ?? 4444),
    path: '/',
    automationProtocol: 'webdriver',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.WEBKIT_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  }));
}

export default {
  // test/unit/ runs in Node (scripts/unit.mjs), not here.
  files: process.env.TEST_FILES ?? 'test/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __GK_VERSION__: JSON.stringify(version) } }), serverCommands()],
  browsers,
  // One page at a time per browser: a background tab gets no requestAnimationFrame and reports itself hidden.
  concurrency: 1,
  // A hang guard, not a speed check: some tests load whole pages with every element in an iframe, and on a loaded 2-core
  // CI machine (three browsers at once, WebKit starting) Firefox once took over 30 s for the strict-CSP page that
  // passes in 8 s alone.
  testFramework: { config: { timeout: 90000 } },
  testsFinishTimeout: 240000,
  // Starting a page (and Firefox's first navigation) under load on a 2-core machine.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), totalsReporter()],
};
