// Build-time content check: validates content/en, and every shipped language pack joined with the shared data
// (review date, sources), against content/validate.ts. Exit 1 on any problem.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'gk-content-'));
const out = join(dir, 'check.mjs');
await build({
  stdin: {
    contents: "export { content } from './content/en/index.ts'; export { validateContent } from './content/validate.ts'; export * as es from './content/es/index.ts'; export { joinContent } from './content/join.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { content, validateContent, es, joinContent } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });
const problems = [
  ...validateContent(content),
  ...validateContent(joinContent(es)).map((problem) => `es: ${problem}`),
];
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const count = (l) => (Array.isArray(l) ? l.length : 0);
console.log(`content ok: ${count(content.causes)} causes, ${count(content.stretches)} stretches, ${count(content.faq)} FAQs, ${count(content.sources)} sources, reviewed ${content.reviewed}`);
