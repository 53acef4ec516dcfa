// Writes the README's table of built-in exercises (between the exercises markers) from the content itself: the ids,
// kinds and default doses in content/data.ts and the English words. `--check` exits 1 if the README is stale.
import { loadTs } from './lib/load-ts.mjs';
import { writeReadmeBlock } from './lib/readme-block.mjs';

const { content, timerText, timerDefaults } = await loadTs(
  "export { content } from './content/en/index.ts'; export { timerText } from './content/en/ui.ts'; export { timerDefaults } from './src/stretch-timer/exercise.ts';",
);

const rows = content.stretches.map((s) => {
  const reps = s.reps ?? timerDefaults.reps;
  const dose = `${s.hold} s × ${reps}, rest ${s.rest ?? timerDefaults.rest} s, ${s.sides === 'both' ? 'each side' : 'one side'}`;
  return `| \`${s.id}\` | ${s.kind} | ${s.name} | ${s.phase ?? timerText.work[s.kind]} | ${dose} |`;
});
const body = `| Id | Kind | Name (English) | Working phase | Default dose |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`;
writeReadmeBlock('exercises', body, { check: process.argv.includes('--check'), stale: 'README exercises block is stale: run npm run analyze.' });
