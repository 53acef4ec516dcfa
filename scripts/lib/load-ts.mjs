// Imports TypeScript from a Node script: esbuild bundles `source` (TypeScript, resolved from the project root) with
// everything it imports into one temporary ES module, which is imported, then deleted.
// Example: `const { content } = await loadTs("export { content } from './content/en/index.ts';")`.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadTs(source) {
  const dir = mkdtempSync(join(tmpdir(), 'glute-knots-ts-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({ stdin: { contents: source, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
