import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { stretchIds } from '../../content/data.js';

interface Member { name: string; description?: string }
interface Declaration { tagName?: string; attributes?: Member[] }

describe('documented exercise ids', () => {
  it("the stretch attribute's description lists every exercise id, in the source and in custom-elements.json", () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const timer = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'stretch-timer');
    const described = timer?.attributes?.find((a) => a.name === 'stretch')?.description ?? '';
    const routine = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'stretch-routine');
    assert.match(routine?.attributes?.find((a) => a.name === 'stretches')?.description ?? '', /stretch-timer stretch/);
    for (const id of stretchIds) assert.ok(described.includes(`\`${id}\``), `${id} is missing from the stretch attribute's description`);
  });
});
