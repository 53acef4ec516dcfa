import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { introData } from '../../content/data.js';
import { content } from '../../content/en/index.js';
import { elements } from '../../src/elements.js';

/** What `import 'glute-knots/<tag>.js'` puts in a site's bundle (Lit included), as text. */
async function bundle(tag: string): Promise<string> {
  const result = await build({
    entryPoints: [`src/${tag}/index.ts`], bundle: true, write: false, format: 'esm', logLevel: 'error',
    define: { __GK_VERSION__: '"test"' },
  });
  return result.outputFiles[0].text;
}
const urlsIn = (code: string) => content.sources.filter((s) => code.includes(JSON.stringify(s.url))).map((s) => s.url);

describe('each element bundle carries only what it shows', () => {
  it('the muscle map holds the sources its muscles cite and no other; the timer and the table none; the guide all', async () => {
    const code = Object.fromEntries(await Promise.all(elements.map(async (tag) => [tag, await bundle(tag)] as const)));
    const cited = [...new Set(introData.muscles.flatMap((m) => m.sources.map((s) => s.url)))];
    assert.deepEqual(urlsIn(code['glute-muscle-map']).sort(), cited.sort());
    assert.deepEqual(urlsIn(code['stretch-timer']), []);
    assert.deepEqual(urlsIn(code['causes-table']), []);
    assert.equal(urlsIn(code['glute-knot-guide']).length, content.sources.length);
    // Text: the timer holds no questions or causes, the table no questions or stretch steps.
    const question = JSON.stringify(content.faq[0].question);
    for (const tag of ['stretch-timer', 'causes-table', 'glute-muscle-map']) assert.ok(!code[tag].includes(question), `${tag}: no FAQ`);
    assert.ok(!code['stretch-timer'].includes(JSON.stringify(content.causes[0].description)), 'timer: no causes');
    assert.ok(!code['causes-table'].includes(JSON.stringify(content.stretches[0].steps[0])), 'table: no stretch steps');
  });

  it('the QR encoder (lean-qr) is in no bundle but the routine\'s, and there a chunk of its own, loaded on demand', async () => {
    const marker = 'lean-qr error'; // lean-qr's own error text
    for (const tag of ['stretch-timer', 'causes-table', 'glute-knot-guide', 'glute-muscle-map']) {
      assert.ok(!(await bundle(tag)).includes(marker), `${tag}: no lean-qr`);
    }
    const split = await build({
      entryPoints: { 'stretch-routine': 'src/stretch-routine/index.ts' }, bundle: true, splitting: true, outdir: 'out',
      write: false, format: 'esm', logLevel: 'error', define: { __GK_VERSION__: '"test"' },
    });
    const main = split.outputFiles.find((f) => f.path.endsWith('/stretch-routine.js'))!;
    assert.ok(!main.text.includes(marker), 'the routine loads lean-qr only when asked');
    assert.match(main.text, /import\(["']\.\/nano-[\w-]+\.js["']\)/);
    assert.equal(split.outputFiles.filter((f) => f.text.includes(marker)).length, 1);
    // The npm build, when built: the routine's module imports the chunk, and only the classic scripts of the routine
    // and the whole library hold it inline.
    if (existsSync('dist/stretch-routine.class.js')) {
      const shared = readdirSync('dist/shared').filter((f) => f.endsWith('.js'));
      const holders = shared.filter((f) => readFileSync(`dist/shared/${f}`, 'utf8').includes(marker));
      assert.ok(holders.length >= 1 && holders.every((f) => f.startsWith('nano-')), `lean-qr only in its chunk: ${holders.join(', ')}`);
      const routine = shared.filter((f) => f.startsWith('stretch-routine-')).map((f) => readFileSync(`dist/shared/${f}`, 'utf8')).join('');
      assert.match(routine, /import\(["'`]\.\/nano-[\w-]+\.js["'`]\)/);
      for (const tag of ['stretch-timer', 'causes-table', 'glute-knot-guide', 'glute-muscle-map']) {
        assert.ok(!readFileSync(`dist/${tag}.iife.js`, 'utf8').includes(marker), `${tag}.iife.js: no lean-qr`);
      }
      assert.ok(readFileSync('dist/stretch-routine.iife.js', 'utf8').includes(marker), 'the routine\'s classic script holds it');
    }
  });
});
