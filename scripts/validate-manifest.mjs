// Validates custom-elements.json (run by scripts/test.sh before the browser tests; exits 1 on any problem):
// 1. against the Custom Elements Manifest JSON schema (the `custom-elements-manifest` package's schema.json);
// 2. every element has a tag name, a summary and a description, and every public attribute, property, method,
//    event, slot, CSS part and CSS property has a description; events that carry a `detail` name its type;
// 3. every element is published: a `custom-element-definition` export, an `exports` entry `./<tag>.js` with types,
//    and package.json's `customElements` points at this file, which is in `files`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('custom-elements-manifest/schema.json');
const file = process.argv[2] ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

// 1. Schema. The analyzer writes schemaVersion 1.0.0; the 2.x schema only added optional fields, so it checks 1.0.0 too.
const ajv = new Ajv({ allErrors: true, strict: false });
if (!ajv.validate(schema, manifest)) {
  for (const e of ajv.errors) problems.push(`schema: ${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

// 2. Descriptions.
const hasText = (s) => typeof s === 'string' && s.trim().length > 0;
const isPublic = (m) => !m.privacy || m.privacy === 'public';
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ module: m, d })));
if (elements.length === 0) problems.push('no custom element with a tag name');
for (const { d } of elements) {
  const where = `<${d.tagName}>`;
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(d.tagName)) problems.push(`${where}: invalid tag name`);
  if (!hasText(d.summary)) problems.push(`${where}: no summary`);
  if (!hasText(d.description)) problems.push(`${where}: no description`);
  const check = (kind, list, named = (x) => x.name) => {
    for (const x of list ?? []) if (!hasText(x.description)) problems.push(`${where}: ${kind} \`${named(x) || '(default)'}\` has no description`);
  };
  check('attribute', d.attributes);
  check('property', (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.name.startsWith('_')));
  check('method', (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !m.static && !m.name.startsWith('_')), (m) => `${m.name}()`);
  check('event', d.events);
  check('slot', d.slots);
  check('CSS part', d.cssParts);
  check('CSS property', d.cssProperties);
  for (const e of d.events ?? []) {
    if (!hasText(e.name)) problems.push(`${where}: an event has no name`);
    if (/`detail/.test(e.description ?? '') && !/^CustomEvent<.+>$/.test(e.type?.text ?? '')) {
      problems.push(`${where}: event \`${e.name}\` describes a detail but has no \`{CustomEvent<Detail>}\` type`);
    }
  }
  for (const a of d.attributes ?? []) {
    if (a.fieldName && !(d.members ?? []).some((m) => m.name === a.fieldName)) problems.push(`${where}: attribute \`${a.name}\` names a missing field \`${a.fieldName}\``);
  }
}

// 3. Published.
const definitions = new Set(manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)));
for (const { d } of elements) {
  if (!definitions.has(d.tagName)) problems.push(`<${d.tagName}>: no custom-element-definition export (define() call)`);
  const entry = pkg.exports?.[`./${d.tagName}.js`];
  if (!entry?.types || !entry?.default) problems.push(`<${d.tagName}>: package.json exports has no "./${d.tagName}.js" with types and default`);
}
if (pkg.customElements !== file && pkg.customElements !== `./${file}`) problems.push(`package.json customElements is ${JSON.stringify(pkg.customElements)}, not ${file}`);
if (!(pkg.files ?? []).includes(file)) problems.push(`package.json files does not include ${file}`);

if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${file}: valid (schema ${manifest.schemaVersion}; ${elements.length} elements, every public API documented and exported)`);
