// Writes the README's API section from custom-elements.json (between the api markers), and the table of the shared
// `--gk-*` custom properties in its Styling section (the tokens markers): each element's API lists only its own.
// `node scripts/readme-api.mjs --check` exits 1 if the README is stale instead of writing.
import { readFileSync } from 'node:fs';
import { writeReadmeBlock } from './lib/readme-block.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (s) => String(s ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s ? `\`${cell(s)}\`` : '');
/** Undocumented privacy means public; the analyzer writes `public` for Lit's `static properties`. */
const isPublic = (m) => !m.privacy || m.privacy === 'public';

function table(head, rows) {
  if (!rows.length) return '';
  return `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n\n`;
}

const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

let out = '';
for (const d of declarations) {
  out += `### \`<${d.tagName}>\`\n\n${cell(d.summary ?? d.description)}\n\n`;
  const attributes = (d.attributes ?? []).filter((a) => a.description);
  out += table(['Attribute', 'Property', 'Type', 'Default', 'Description'],
    attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]));
  const attrFields = new Set(attributes.map((a) => a.fieldName));
  const props = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m) && !m.static && m.description && !attrFields.has(m.name));
  out += table(['Property (read-only unless noted)', 'Type', 'Description'], props.map((p) => [code(p.name), code(p.type?.text), cell(p.description)]));
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && m.description);
  const signature = (m) => (m.static ? `${d.name}.${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.default ? ` = ${p.default}` : p.optional ? '?' : ''}`).join(', ')})` : `${m.name}()`);
  out += table(['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)]));
  out += table(['Event', 'Detail', 'Description'], (d.events ?? []).filter((e) => e.name && e.description).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]));
  out += table(['Slot', 'Description'], (d.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]));
  out += table(['CSS part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));
  const own = (d.cssProperties ?? []).filter((p) => !p.inheritedFrom);
  out += table(['CSS property', 'Default', 'Description'], own.map((p) => [code(p.name), code(p.default), cell(p.description)]));
  out += 'It also reads the shared `--gk-*` properties (see [Styling](#styling)).\n\n';
}

const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'GkElement');
const tokens = table(['Token', 'What it sets'], (base?.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]));

const check = process.argv.includes('--check');
writeReadmeBlock('api', out, { check, stale: 'README API section is stale: run `npm run analyze`.' });
writeReadmeBlock('tokens', tokens, { check, stale: 'README token table is stale: run `npm run analyze`.' });
if (check) console.log('README API section is up to date.');
