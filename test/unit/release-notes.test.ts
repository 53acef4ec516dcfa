import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CDN, changelogSection, releaseAssets, releaseNotes } from '../../scripts/lib/release-notes.mjs';

// The shape npm run build writes to dist/integrity.json (made-up hashes).
const integrity = {
  'glute-knots.js': 'sha384-MODULEmodule+/1',
  'glute-knots.iife.js': 'sha384-LIBRARYlibrary+/2',
  'stretch-timer.iife.js': 'sha384-TIMERtimer+/3',
  'causes-table.iife.js': 'sha384-TABLEtable+/4',
  'locales/es.iife.js': 'sha384-SPANISHspanish+/5',
};
const changelog = `# Changelog

Intro text.

## [Unreleased]

### Added

- Something not released yet.

## [1.2.0] - 2026-05-01

### Added

- \`<stretch-timer>\` reads the time aloud.

### Fixed

- The table's caption is read once.

## [1.1.0] - 2026-04-01

### Added

- An older entry.

[Unreleased]: https://example.org/compare/v1.2.0...HEAD
[1.2.0]: https://example.org/compare/v1.1.0...v1.2.0
`;

describe('release notes', () => {
  const notes = releaseNotes({ version: '1.2.0', integrity, changelog });

  it('list every hash in dist/integrity.json, each with its file', () => {
    for (const [file, hash] of Object.entries(integrity)) {
      assert.ok(notes.includes(`| \`dist/${file}\` | \`${hash}\` |`), `${file} and its hash in the table`);
    }
  });

  it('give a CDN <script> line for each file, pinned by its hash, at the version', () => {
    for (const [file, hash] of Object.entries(integrity)) {
      const type = file.endsWith('.iife.js') ? '' : ' type="module"';
      const line = `<script${type} src="${CDN}/glute-knots@1.2.0/dist/${file}" integrity="${hash}" crossorigin="anonymous"></script>`;
      assert.ok(notes.includes(line), `script line for ${file}`);
    }
    assert.ok(notes.includes('npm install glute-knots@1.2.0'));
  });

  it("hold the version's changelog entries and no other version's", () => {
    assert.ok(notes.includes('- `<stretch-timer>` reads the time aloud.'));
    assert.ok(notes.includes('- The table\'s caption is read once.'));
    assert.ok(notes.includes('#### Added') && notes.includes('#### Fixed'), 'changelog headings one level down');
    assert.ok(!notes.includes('Something not released yet.'));
    assert.ok(!notes.includes('An older entry.'));
    assert.ok(!notes.includes('https://example.org'), 'no link references');
  });

  it('refuse a version with no changelog section, or one still marked unreleased', () => {
    assert.throws(() => releaseNotes({ version: '1.3.0', integrity, changelog }), /no section for 1\.3\.0/);
    assert.throws(() => changelogSection('## 2.0.0 - Unreleased\n\n- x\n', '2.0.0'), /unreleased/);
    assert.throws(() => changelogSection('## [2.0.0] - 2026-06-01\n\n## [1.0.0]\n\n- x\n', '2.0.0'), /empty/);
    assert.equal(changelogSection(changelog, '1.1.0'), '### Added\n\n- An older entry.');
  });

  it('attach the classic scripts, the language packs, integrity.json and the WordPress zip', () => {
    assert.deepEqual(releaseAssets(integrity), [
      'dist/glute-knots.iife.js', 'dist/stretch-timer.iife.js', 'dist/causes-table.iife.js', 'dist/locales/es.iife.js',
      'dist/integrity.json', 'dist/glute-knots-wordpress.zip',
    ]);
  });

  it('work on the real CHANGELOG.md once it has a section for the version', () => {
    const real = readFileSync('CHANGELOG.md', 'utf8');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    // Before the release of package.json's version, date its Unreleased section as CONTRIBUTING.md says to.
    const released = real.includes(`\n## [${version}] - `);
    const dated = released ? real : real.replace(/^## \[Unreleased\]$/m, `## [Unreleased]\n\n## [${version}] - 2026-01-01`);
    const body = releaseNotes({ version, integrity, changelog: dated });
    assert.ok(body.includes('#### Added') && body.includes('<stretch-timer>'));
  });
});
