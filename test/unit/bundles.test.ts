import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
