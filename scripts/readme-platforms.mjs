// Writes the README's "Where to paste" table (between the platforms markers) from demo/configure/platforms.ts, the
// same data the configurator's platform tabs show. `--check` exits 1 if the README is stale.
import { loadTs } from './lib/load-ts.mjs';
import { writeReadmeBlock } from './lib/readme-block.mjs';

const { platforms } = await loadTs("export { platforms } from './demo/configure/platforms.ts';");
const rows = platforms.map((p) => `| **${p.name}**${p.editor ? ` (${p.editor})` : ''} | ${p.where} |`);
const body = `| Site builder | Where to paste |\n| --- | --- |\n${rows.join('\n')}`;
writeReadmeBlock('platforms', body, { check: process.argv.includes('--check'), stale: 'README platforms block is stale: run npm run analyze.' });
