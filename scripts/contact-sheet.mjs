// Contact sheet of every exercise drawing at phone size: node scripts/contact-sheet.mjs [out.png] [--zoom=2] [--only=N]
// (--zoom and --only, for looking closely: device pixels per CSS pixel, and only the Nth sheet: 1 light, 2 dark, 3 end.)
// Bundles src/illustrations with Lit and the theme (esbuild), renders each drawing 170 px wide in a host like the
// elements' (theme styles + illustrationStyles), captioned with its id, on a light and a dark theme, then the end
// position of each drawing that moves; screenshots the page in Debian's Chromium. Default out:
// demo/screenshots/drawings.png.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';

const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'demo/screenshots/drawings.png';
const zoom = Number(process.argv.find((a) => a.startsWith('--zoom='))?.slice(7) ?? 1);

const source = `
import { LitElement, html, css } from 'lit';
import { themeStyles } from './src/core/theme.styles.ts';
import { illustrationFor, illustrationStyles, illustrations } from './src/illustrations/index.ts';

class Sheet extends LitElement {
  static styles = [themeStyles, illustrationStyles, css\`
    .gk { padding: 12px; font: 13px/1.3 system-ui, sans-serif; }
    h2 { font-size: 14px; margin: 4px 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(5, 176px); gap: 8px; }
    figure { margin: 0; padding: 3px; border: 1px solid var(--_border); border-radius: 6px; }
    figcaption { text-align: center; font-size: 12px; }
    .gk-illustration { --gk-illustration-size: 170px; }
    .end .mv { animation-play-state: paused !important; animation-delay: -1.79s !important; }
  \`];
  static properties = { theme: { reflect: true }, end: { type: Boolean } };
  render() {
    const ids = Object.keys(illustrations).filter((id) => !this.end || illustrations[id].moves);
    const label = this.end ? 'End of the motion (played while the timer runs)' : \`\${this.theme} theme\`;
    return html\`<div class="gk \${this.end ? 'end' : ''}"><h2>\${label}</h2><div class="grid">\${ids.map((id) => html\`<figure>
      \${illustrationFor(id, id, { moving: this.end })}<figcaption>\${id}</figcaption></figure>\`)}</div></div>\`;
  }
}
customElements.define('gk-sheet', Sheet);
`;
const bundle = await build({ stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, logLevel: 'error' });
const page = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">
<gk-sheet theme="light"></gk-sheet><gk-sheet theme="dark"></gk-sheet><gk-sheet theme="light" end></gk-sheet>
<script type="module">${bundle.outputFiles[0].text.replaceAll('</script', '<\\/script')}</script>`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--headless=new'] });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 940, height: 600, deviceScaleFactor: zoom });
  tab.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await tab.setContent(page, { waitUntil: 'load' });
  const only = Number(process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 0);
  if (only) await tab.evaluate((n) => document.querySelectorAll('gk-sheet').forEach((s, i) => i + 1 !== n && s.remove()), only);
  await tab.evaluate(() => Promise.all([...document.querySelectorAll('gk-sheet')].map((s) => s.updateComplete)));
  await new Promise((r) => setTimeout(r, 200));
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
