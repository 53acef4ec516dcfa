// Keeps the README's usage snippets identical to the example files that `npm run examples` builds and type-checks and
// test/examples.test.ts runs. A snippet is a fenced code block right after a marker line naming its file:
//   <!-- example: demo/examples/react/App.tsx -->
// `node scripts/readme-examples.mjs` rewrites the blocks from the files (run by `npm run analyze`);
// `--check` exits 1 if any block differs (run by scripts/test.sh).
import { readFileSync, writeFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const marker = /(<!-- example: (\S+) -->\n```(\w*)\n)([\s\S]*?)(```)/g;
const stale = [];
let count = 0;
const next = readme.replace(marker, (_all, head, file, _lang, body, fence) => {
  count++;
  const text = `${readFileSync(file, 'utf8').trimEnd()}\n`;
  if (text !== body) stale.push(file);
  return `${head}${text}${fence}`;
});
if (count === 0) {
  console.error('README.md has no example snippets (<!-- example: path --> before a code block).');
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`README snippets differ from their example files: ${stale.join(', ')}. Run \`npm run analyze\`.`);
    process.exit(1);
  }
  console.log(`README snippets match their ${count} example files.`);
} else if (next !== readme) {
  writeFileSync('README.md', next);
}
