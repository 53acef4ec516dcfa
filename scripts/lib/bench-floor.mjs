// The floor of the load bench: Lit plus one trivial element that renders a `<p>`, built by `npm run bench` in the same
// run as it measures (esbuild from node_modules' lit, minified, a classic script like dist/glute-knots.iife.js, same
// target as vite.config.ts). Written to the bench's temporary folder, never into dist/ or the package.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const floorTag = 'bench-floor';
export const floorFile = 'bench-floor.iife.js';

const source = `import { LitElement, html } from 'lit';
customElements.define('${floorTag}', class extends LitElement {
  render() { return html\`<p>The floor: Lit and one paragraph.</p>\`; }
});`;

/** Builds the floor into `dir` and returns its file name. */
export async function buildFloor(dir) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'iife', target: 'es2021', legalComments: 'none', write: false, logLevel: 'error',
  });
  writeFileSync(join(dir, floorFile), result.outputFiles[0].contents);
  return floorFile;
}
