// The load bench's tables (scripts/lib/bench-load.mjs): ratios to the floor with the goals of issue 15, then the times
// on this machine. Every figure is the median with its interquartile range (25th–75th percentile) in brackets.
import { summary } from './stats.mjs';

/** Issue 15's goals, as ratios to the floor: first paint per element, JS heap after one guide render. */
export const goals = {
  paint: { 'glute-knot-guide': 4, 'stretch-timer': 2.5, 'stretch-routine': 3, 'causes-table': 2, 'glute-muscle-map': 2 },
  heap: { 'glute-knot-guide': 2.5 },
};

const KB = 1024;
const MB = 1024 * 1024;
const spread = (s, f, unit = '') => (Number.isNaN(s.median) ? 'n/a' : `${f(s.median)}${unit} (${f(s.lo)}–${f(s.hi)})`);
const ms = (x) => x.toFixed(1);
const mb = (x) => (x / MB).toFixed(2);
const times = (xs) => spread(summary(xs), ms);
const ratio = (xs) => spread(summary(xs), (x) => x.toFixed(2), '×');
const goal = (xs, limit) => {
  if (limit === undefined) return '–';
  const m = summary(xs).median;
  return `≤ ${limit}×${Number.isNaN(m) ? '' : m <= limit ? ': met' : ': not met'}`;
};

/** Markdown for `{ pages, samples }` from loadBench, and the notes on any failed or unchecked sample. */
export function loadTables({ pages, samples }, rounds) {
  const floor = samples.get('floor');
  const ok = (s) => s && !s.error;
  const figure = (name, key) => samples.get(name).map((s) => (ok(s) && s[key] !== null ? s[key] : NaN));
  const ratios = (name, key) => samples.get(name).map((s, i) => {
    const f = floor[i];
    return ok(s) && ok(f) && s[key] !== null && f[key] !== null ? s[key] / f[key] : NaN;
  });
  const label = (p) => (p.name === 'floor' ? 'floor: Lit + one `<p>`' : `\`<${p.tag}>\``);
  const script = (p) => `\`${p.script}\`${p.name === 'floor' ? ' (built in this run)' : ''}, ${(p.gzip / KB).toFixed(1)} KB`;

  const ratioRows = pages.map((p) => (p.name === 'floor'
    ? `| ${label(p)} | ${script(p)} | 1× | 1× | | 1× | |`
    : `| ${label(p)} | ${script(p)} | ${ratio(ratios(p.name, 'render'))} | ${ratio(ratios(p.name, 'paint'))} | ${goal(ratios(p.name, 'paint'), goals.paint[p.name])} | ${ratio(ratios(p.name, 'heap'))} | ${goal(ratios(p.name, 'heap'), goals.heap[p.name])} |`));
  const timeRows = pages.map((p) => {
    const s = samples.get(p.name);
    const checked = s.filter((x) => ok(x) && x.checked).length;
    return `| ${label(p)} | ${times(figure(p.name, 'render'))} | ${times(figure(p.name, 'paint'))} | ${spread(summary(figure(p.name, 'heap')), mb)} | ${spread(summary(figure(p.name, 'dom')), mb)} | ${spread(summary(figure(p.name, 'nodes')), (x) => x.toFixed(0))} | ${checked} of ${s.length} |`;
  });
  const notes = [];
  for (const p of pages) {
    const s = samples.get(p.name);
    const failed = s.filter((x) => !ok(x));
    if (failed.length) notes.push(`${label(p)}: ${failed.length} of ${s.length} loads failed (${failed[0].error}).`);
    const errors = s.filter((x) => ok(x) && x.errors.length);
    if (errors.length) notes.push(`${label(p)}: ${errors.length} of ${s.length} loads logged errors (${errors[0].errors[0]}).`);
  }

  return `Ratio to the floor, paired per round (each page's figure over the floor's in the same round), median \
(interquartile range) of ${rounds} rounds:

| page | script measured, min+gzip | first render | first paint | goal | JS heap | goal |
| --- | --- | ---: | ---: | --- | ---: | --- |
${ratioRows.join('\n')}

Figures on this machine, median (interquartile range) of the same ${rounds} rounds; "checked": loads whose first \
contentful paint came after the first render, with the element's content in its shadow root and a box:

| page | first render, ms | first paint, ms | JS heap, MB | DOM heap, MB | shadow-tree elements | checked |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${timeRows.join('\n')}${notes.length ? `\n\n${notes.join('\n')}` : ''}`;
}
