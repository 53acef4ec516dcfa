// The pieces of a GitHub release, from dist/integrity.json (written by npm run build) and CHANGELOG.md: the notes
// (the version's changelog entries, the CDN <script> lines with their integrity, every hash) and the asset list.
// Pure functions; scripts/release-notes.mjs reads the files, test/unit/release-notes.test.ts tests these.

/** The CDN that serves the npm package (jsDelivr mirrors every npm release). */
export const CDN = 'https://cdn.jsdelivr.net/npm';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body of the `## [version]` (or `## version`) section of a Keep a Changelog file, up to the next `## ` heading,
 * trimmed. Throws if there is none or it is empty: a release must say what changed.
 * @param {string} changelog
 * @param {string} version
 * @returns {string}
 */
export function changelogSection(changelog, version) {
  const heading = new RegExp(`^## \\[?${escape(version)}\\]?(?:\\s|$).*$`, 'm').exec(changelog);
  if (!heading) {
    throw new Error(`CHANGELOG.md has no section for ${version}: move the Unreleased entries under "## [${version}] - YYYY-MM-DD" (see CONTRIBUTING.md).`);
  }
  if (/unreleased/i.test(heading[0])) {
    throw new Error(`CHANGELOG.md still calls ${version} unreleased: give its heading the release date ("## [${version}] - YYYY-MM-DD").`);
  }
  const rest = changelog.slice(heading.index + heading[0].length);
  const next = /^## /m.exec(rest);
  const body = (next ? rest.slice(0, next.index) : rest).replace(/^\[[^\]]+\]:\s.*$/gm, '').trim();
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty.`);
  return body;
}

/**
 * The classic scripts in dist/integrity.json, grouped: the whole library, one element each, the language packs.
 * @param {Record<string, string>} integrity
 */
function classicScripts(integrity) {
  const files = Object.keys(integrity).filter((f) => f.endsWith('.iife.js'));
  return {
    library: files.filter((f) => f === 'glute-knots.iife.js'),
    elements: files.filter((f) => f !== 'glute-knots.iife.js' && !f.includes('/')),
    locales: files.filter((f) => f.startsWith('locales/')),
  };
}

/**
 * The files to attach to the release, as paths from the package root: every classic script in dist/integrity.json,
 * the integrity file itself and the WordPress plugin's zip.
 * @param {Record<string, string>} integrity
 * @returns {string[]}
 */
export function releaseAssets(integrity) {
  const { library, elements, locales } = classicScripts(integrity);
  return [...library, ...elements, ...locales, 'integrity.json', 'glute-knots-wordpress.zip'].map((f) => `dist/${f}`);
}

/**
 * A `<script>` line for one file of the published package, pinned by its hash.
 * @param {string} version
 * @param {string} file  path inside dist/
 * @param {string} hash  its `sha384-…` value
 */
export function scriptTag(version, file, hash) {
  const type = file.endsWith('.iife.js') ? '' : ' type="module"';
  return `<script${type} src="${CDN}/glute-knots@${version}/dist/${file}" integrity="${hash}" crossorigin="anonymous"></script>`;
}

/**
 * The release notes, as Markdown.
 * @param {{ version: string, integrity: Record<string, string>, changelog: string }} options
 * @returns {string}
 */
export function releaseNotes({ version, integrity, changelog }) {
  const entries = changelogSection(changelog, version);
  const { library, elements, locales } = classicScripts(integrity);
  if (!library.length) throw new Error('dist/integrity.json has no glute-knots.iife.js: run npm run build.');
  const lines = (files) => files.map((f) => scriptTag(version, f, integrity[f])).join('\n');
  const modules = Object.keys(integrity).filter((f) => !f.endsWith('.iife.js'));
  const fence = (code) => ['```html', code, '```'].join('\n');
  return [
    `## What changed`,
    '',
    // The changelog's own `### Added` headings, one level down from this section's.
    entries.replace(/^### /gm, '#### '),
    '',
    `## Install`,
    '',
    `From npm: \`npm install glute-knots@${version}\`. From the CDN, pinned by Subresource Integrity (a browser`,
    `refuses a file whose hash does not match). The whole library, every element:`,
    '',
    fence(lines(library)),
    '',
    ...(elements.length ? [`One element only (a page that shows only that element):`, '', fence(lines(elements)), ''] : []),
    ...(locales.length ? [`Language packs (after the library or element script):`, '', fence(lines(locales)), ''] : []),
    ...(modules.length ? [`As an ES module:`, '', fence(lines(modules)), ''] : []),
    `The same files are attached to this release; \`integrity.json\` lists their hashes, which are also at`,
    `${CDN}/glute-knots@${version}/dist/integrity.json.`,
    '',
    `## Integrity`,
    '',
    '| file | integrity |',
    '| --- | --- |',
    ...Object.entries(integrity).map(([file, hash]) => `| \`dist/${file}\` | \`${hash}\` |`),
    '',
  ].join('\n');
}
