// Prints the GitHub release notes of a version (release.yml writes them to the release): its CHANGELOG.md section, the
// CDN <script> lines with their integrity and every hash in dist/integrity.json. Run npm run build first.
//   node scripts/release-notes.mjs [version]        the notes (version: package.json's by default)
//   node scripts/release-notes.mjs --assets         the files to attach, one a line; exits 1 naming any missing one
import { existsSync, readFileSync } from 'node:fs';
import { releaseAssets, releaseNotes } from './lib/release-notes.mjs';

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--')) ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
if (!existsSync('dist/integrity.json')) {
  console.error('dist/integrity.json is missing: run npm run build first.');
  process.exit(1);
}
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));

try {
  if (args.includes('--assets')) {
    const assets = releaseAssets(integrity);
    const missing = assets.filter((f) => !existsSync(f));
    if (missing.length) {
      console.error(`Release assets missing after npm run build: ${missing.join(', ')}`);
      process.exit(1);
    }
    console.log(assets.join('\n'));
  } else {
    process.stdout.write(releaseNotes({ version, integrity, changelog: readFileSync('CHANGELOG.md', 'utf8') }));
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
