// Screenshots a page in Debian's Chromium: node scripts/screenshot.mjs URL out.png [width] [height] [--dark] [--full] [--eval=JS]
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';

const [url, out, width = '1280', height = '900', ...flags] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  if (flags.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const script = flags.find((f) => f.startsWith('--eval='));
  if (script) await page.evaluate(script.slice(7));
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
} finally {
  await browser.close();
}
