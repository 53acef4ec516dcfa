// Builds the WordPress plugin (issue 22): stages wordpress/glute-knots/ in dist/wordpress/glute-knots/ with what is
// generated from the manifest and the content (block.json and render.php of each block, data/elements.php for the
// PHP side, assets/editor-data.js for the editor), the built library and language packs, then zips the folder to
// dist/glute-knots-wordpress.zip with fflate. Run by scripts/build.mjs after dist/ is built. The folder is staged in a
// temporary directory (the zip is the one output; package.json's `files` keeps it out of the npm package).
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { phpValue } from '../wordpress/src/php-value.mjs';
import { loadTs } from './lib/load-ts.mjs';

const staging = mkdtempSync(join(tmpdir(), 'glute-knots-wordpress-'));
const out = join(staging, 'glute-knots');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const src = await loadTs(`
  export { elements } from './src/elements.ts';
  export { stretchIds, stretchesData, causesData, muscleIds } from './content/data.ts';
  export { guideSections, shippedLocales } from './content/ids.ts';
  export { describeElements } from './demo/configure/options.ts';
  export { valueLists } from './demo/configure/lists.ts';
  export { wordpressNames } from './demo/configure/platforms.ts';
  export { timerDefaults } from './src/stretch-timer/exercise.ts';
  export { defaultPlan } from './src/stretch-routine/plan.ts';
  import * as en from './content/en/index.ts';
  import * as es from './content/es/index.ts';
  export const packs = { en, es };
`);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// The blocks' options: the configurator's own description of each element (demo/configure/options.ts), from the
// manifest and the single lists of allowed values, so the sidebar and the configurator offer the same choices.
const described = src.describeElements(manifest, src.valueLists);
const causeIds = src.causesData.map((c) => c.id);

const icons = { 'stretch-timer': 'clock', 'stretch-routine': 'list-view', 'causes-table': 'editor-table', 'glute-knot-guide': 'book-alt', 'glute-muscle-map': 'location-alt' };
const blockType = { boolean: 'boolean', number: 'number' };

const blocks = src.elements.map((tag) => {
  const element = described.find((d) => d.tag === tag);
  if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
  const names = src.wordpressNames(tag); // the same names the configurator gives
  return { tag, name: names.block, slug: names.block.split('/')[1], shortcode: names.shortcode,
    title: names.title, description: element.summary, options: element.options };
});

// The words the server's fallback text is made of, per language: from the language packs, never typed in PHP.
const words = Object.fromEntries(['en', ...src.shippedLocales].map((code) => {
  const p = src.packs[code];
  if (!p) throw new Error(`No content pack for ${code}: add it to scripts/wordpress.mjs`);
  return [code, {
    stretches: Object.fromEntries(src.stretchIds.map((id) => [id, p.stretches[id].name])),
    // An exercise's own word for its working phase (the massage ball's "Rest on the spot"), as the timer shows it.
    phases: Object.fromEntries(src.stretchIds.filter((id) => p.stretches[id].phase).map((id) => [id, p.stretches[id].phase])),
    genericName: p.timer.genericName, work: p.timer.work, seconds: p.timer.seconds, times: p.routine.times,
    doseBoth: p.routine.doseBoth, doseOne: p.routine.doseOne, safety: p.routine.safety, routineTitle: p.routine.share.title,
    tableCaption: p.table.caption, causes: Object.fromEntries(causeIds.map((id) => [id, p.causes[id].name])),
    sections: Object.fromEntries(src.guideSections.map((id) => [id, p.guide.sections[id].heading])),
    mapCaption: p.map.caption, muscles: Object.fromEntries(src.muscleIds.map((id) => [id, p.intro.muscles[id].name])),
  }];
}));
const exercises = Object.fromEntries(src.stretchesData.map((s) => [s.id,
  { kind: s.kind, hold: s.hold ?? src.timerDefaults.hold, reps: s.reps ?? src.timerDefaults.reps, sides: s.sides }]));

cpSync('wordpress/glute-knots', out, { recursive: true });
for (const file of ['glute-knots.php', 'readme.txt']) { // the package's version, in the header and the Stable tag
  const path = join(out, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^( \* Version:\s*|Stable tag:\s*).*$/m, `$1${version}`)
    .replace(/'GLUTE_KNOTS_VERSION', '[^']*'/, `'GLUTE_KNOTS_VERSION', '${version}'`));
}
cpSync('LICENSE', join(out, 'LICENSE'));
mkdirSync(join(out, 'assets/locales'), { recursive: true });
cpSync('dist/glute-knots.iife.js', join(out, 'assets/glute-knots.iife.js'));
for (const code of src.shippedLocales) cpSync(`dist/locales/${code}.iife.js`, join(out, `assets/locales/${code}.iife.js`));

const generated = 'Generated by scripts/wordpress.mjs from custom-elements.json and content/: do not edit.';
for (const block of blocks) {
  const dir = join(out, 'blocks', block.slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'block.json'), `${JSON.stringify({
    apiVersion: 2, name: block.name, title: block.title, category: 'widgets', icon: icons[block.tag],
    description: block.description, keywords: ['glute', 'stretch', block.tag], textdomain: 'glute-knots', version,
    attributes: Object.fromEntries(block.options.map((o) => [o.attribute, { type: blockType[o.kind] ?? 'string' }])),
    supports: { html: false, align: ['wide', 'full'] }, editorScript: 'glute-knots-editor', render: 'file:./render.php',
  }, null, 2)}\n`);
  writeFileSync(join(dir, 'render.php'), `<?php
/**
 * Server render of the ${block.name} block: <${block.tag}> with escaped attributes and fallback text.
 * ${generated}
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;
echo glute_knots_render( '${block.tag}', $attributes, get_block_wrapper_attributes() ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside.
`);
}
const data = {
  version, shipped: [...src.shippedLocales], defaultPlan: [...src.defaultPlan], exercises, words,
  elements: Object.fromEntries(blocks.map((b) => [b.tag, { block: b.name, shortcode: b.shortcode,
    attributes: Object.fromEntries(b.options.map((o) => [o.attribute, o.kind])) }])),
};
mkdirSync(join(out, 'data'), { recursive: true });
writeFileSync(join(out, 'data/elements.php'), `<?php
/**
 * The plugin's data: each element's block, shortcode and documented attributes (name => kind), the built-in
 * exercises' doses and the words of the fallback text per language.
 * ${generated}
 *
 * @package glute-knots
 */

defined( 'ABSPATH' ) || exit;
return ${phpValue(data, '')};
`);
// In the sidebar, an id is shown with its English name ("Pigeon pose (pigeon-pose)"), from the same words.
const namesOf = { stretch: words.en.stretches, highlight: words.en.causes, muscle: words.en.muscles, sections: words.en.sections };
const editorBlocks = blocks.map(({ name, tag, options }) => ({ name, tag,
  options: options.map((o) => (namesOf[o.attribute] ? { ...o, names: namesOf[o.attribute] } : o)) }));
writeFileSync(join(out, 'assets/editor-data.js'),
  `// ${generated}\nwindow.gluteKnotsBlocks = ${JSON.stringify(editorBlocks)};\n`);

// The zip: one top folder glute-knots/, as WordPress's "Upload plugin" expects.
const files = {};
const walk = (dir) => readdirSync(dir).forEach((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) walk(path);
  else files[`glute-knots/${relative(out, path)}`] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
});
walk(out);
const zip = zipSync(files, { level: 9 });
writeFileSync('dist/glute-knots-wordpress.zip', zip);
rmSync(staging, { recursive: true, force: true });
console.log(`dist/glute-knots-wordpress.zip: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
