// Build-time content check: validates content/en, and every shipped language pack joined with the shared data
// (review date, sources), against content/validate.ts. Exit 1 on any problem.
import { loadTs } from './lib/load-ts.mjs';

const { content, validateContent, es, joinContent } = await loadTs(
  "export { content } from './content/en/index.ts'; export { validateContent } from './content/validate.ts'; export * as es from './content/es/index.ts'; export { joinContent } from './content/join.ts';",
);
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
