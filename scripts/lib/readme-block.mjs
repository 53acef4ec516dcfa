// The generated blocks of README.md: the text between `<!-- <name>:start … -->` and `<!-- <name>:end -->`, written by
// scripts/readme-api.mjs (api), scripts/size.mjs (size) and scripts/bench.mjs (bench).
import { readFileSync, writeFileSync } from 'node:fs';

const README = 'README.md';

/**
 * Puts `body` between the `name` markers of README.md. With `check`, writes nothing and exits 1 (saying `stale`) if
 * the README differs. Returns whether the block changed.
 */
export function writeReadmeBlock(name, body, { check = false, stale = `README ${name} block is stale.` } = {}) {
  const readme = readFileSync(README, 'utf8');
  const start = new RegExp(`<!-- ${name}:start\\b[^>]*-->`).exec(readme);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (!start || end < start.index) {
    console.error(`README.md has no ${name} markers`);
    process.exit(1);
  }
  const next = `${readme.slice(0, start.index + start[0].length)}\n\n${body.trim()}\n\n${readme.slice(end)}`;
  if (check) {
    if (next !== readme) {
      console.error(stale);
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(README, next);
  }
  return next !== readme;
}
