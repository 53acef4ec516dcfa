#!/usr/bin/env node
// Readability report for the English health content.
// Loads content/en/index.ts (scripts/lib/load-ts.mjs), collects every reader-facing string and prints Flesch Reading
// Ease and Flesch-Kincaid grade, overall and per section, plus the hardest sentences.
// Exits 1 only if the overall Flesch-Kincaid grade is above 8.
// Usage: node scripts/readability.mjs [--all] [--top N] [--text "words to score instead of the content"]
import { loadTs } from './lib/load-ts.mjs';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const TOP = topIndex >= 0 ? Number(args[topIndex + 1]) || 5 : 5;
const MAX_GRADE = 8;
const textIndex = args.indexOf('--text');

// The gate's own test feeds it text.
const { content } = textIndex >= 0 ? { content: { text: [args[textIndex + 1] ?? ''] } } : await loadTs("export { content } from './content/en/index.ts';");

// Keys whose values are not prose a reader sees (or are not ours to rewrite).
const SKIP_KEYS = new Set(['id', 'sources', 'url', 'grade', 'reviewed', 'hold', 'sides', 'emergencyNumber']);
// Sections left out: source titles are the publishers' own wording.
const SKIP_SECTIONS = new Set(['sources', 'reviewed']);

// Read placeholders the way a site shows them.
const emergencyNumber = content.redFlags?.emergencyNumber ?? '999';
const fill = (text) => text.replaceAll('{emergencyNumber}', emergencyNumber).replaceAll('{help}', 'When to get help').replaceAll('{section}', 'When to get help');

function collect(value, out, key = '') {
  if (SKIP_KEYS.has(key)) return out;
  if (typeof value === 'string') out.push(fill(value));
  else if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, out, k);
  }
  return out;
}

// Syllables: count vowel groups, then apply the silent-e rule.
function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // numbers and symbols: count as one
  if (w.length <= 3) return 1;
  // Silent final e ("stretche" is handled by -es/-ed below): "ache", "knee" stays.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  // Silent -es / -ed after most consonants: "times" -> 1, "crossed" -> 1;
  // kept in "muscles", "pieces", "started".
  else if ((/[^aeiouyszxcgh]es$/.test(w) && !/[^aeiouy]les$/.test(w)) || /[^aeiouytd]ed$/.test(w)) {
    w = w.slice(0, -2);
  }
  const groups = w.match(/[aeiouy]+/g);
  let count = groups ? groups.length : 0;
  return Math.max(1, count);
}

function words(text) {
  return text.match(/[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019-][A-Za-z0-9]+)*/g) ?? [];
}

// Each string ends a sentence; inside a string, split after . ! ? followed by space.
function sentences(text) {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

function stats(strings) {
  let nSentences = 0;
  let nWords = 0;
  let nSyllables = 0;
  const list = [];
  for (const str of strings) {
    for (const s of sentences(str)) {
      const ws = words(s);
      const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
      nSentences += 1;
      nWords += ws.length;
      nSyllables += syl;
      list.push({ text: s, words: ws.length, grade: fkGrade(1, ws.length, syl) });
    }
  }
  return {
    sentences: nSentences,
    words: nWords,
    ease: fre(nSentences, nWords, nSyllables),
    grade: fkGrade(nSentences, nWords, nSyllables),
    wps: nWords / Math.max(1, nSentences),
    list,
  };
}

function fre(s, w, syl) {
  if (!w) return 0;
  return 206.835 - 1.015 * (w / s) - 84.6 * (syl / w);
}
function fkGrade(s, w, syl) {
  if (!w) return 0;
  return 0.39 * (w / s) + 11.8 * (syl / w) - 15.59;
}

const sections = Object.keys(content).filter((k) => !SKIP_SECTIONS.has(k));
const all = [];
const rows = [];
for (const name of sections) {
  const strings = collect(content[name], []);
  all.push(...strings);
  rows.push([name, stats(strings)]);
}
const total = stats(all);

const fmt = (n) => n.toFixed(1).padStart(6);
console.log('Section       Sentences  Words  Words/sent  Reading ease  FK grade');
for (const [name, s] of [...rows, ['ALL', total]]) {
  console.log(
    `${name.padEnd(13)} ${String(s.sentences).padStart(9)} ${String(s.words).padStart(6)} ${fmt(s.wps).padStart(11)} ${fmt(s.ease).padStart(13)} ${fmt(s.grade).padStart(9)}`,
  );
}

console.log(`\n${TOP} hardest sentences (by Flesch-Kincaid grade, 5+ words):`);
total.list
  .filter((s) => s.words >= 5)
  .sort((a, b) => b.grade - a.grade)
  .slice(0, TOP)
  .forEach((s, i) => console.log(`${i + 1}. [${s.grade.toFixed(1)}] ${s.text}`));

const long = total.list.filter((s) => s.words >= 15);
console.log(`\nSentences of 15+ words: ${long.length} of ${total.sentences}`);
if (args.includes('--all')) long.sort((a, b) => b.words - a.words).forEach((s) => console.log(`  (${s.words}) ${s.text}`));

if (total.grade > MAX_GRADE) {
  console.error(`\nOverall FK grade ${total.grade.toFixed(1)} is above ${MAX_GRADE}.`);
  process.exit(1);
}
console.log(`\nOverall FK grade ${total.grade.toFixed(1)} (limit ${MAX_GRADE}; aim for 7 or lower).`);
