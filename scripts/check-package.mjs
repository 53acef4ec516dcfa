// Checks the npm package as it would be published (run by scripts/test.sh after `npm run build`; exits 1 on any problem):
// - `npm pack --dry-run --json`: the tarball holds the built modules, bundles and classic scripts (dist/**/*.js), the
//   types (dist/types/**/*.d.ts), custom-elements.json, the IDE files, dist/integrity.json, README.md, LICENSE and
//   package.json, and nothing else (no source maps, sources, tests or demo); every file package.json points at is in
//   it; no packed file names a source map that is not packed; each element has its classic script, and every hash in
//   dist/integrity.json is that of its file. Prints the size.
// - publint --strict (warnings fail too) and `attw --pack --profile esm-only` (Are the types wrong?; the package is
//   ESM-only, so the CommonJS `require` and the pre-exports node10 resolutions are not goals).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { loadTs } from './lib/load-ts.mjs';

const exec = promisify(execFile);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];

const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 64 * 1024 * 1024 });
const [pack] = JSON.parse(stdout);
const files = new Map(pack.files.map((f) => [f.path, f.size]));

// Everything in the tarball must be one of these.
const allowed = [
  /^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/,
  /^dist\/(?:[\w.-]+\/)*[\w.-]+\.js$/, // modules, bundles, language packs, shared chunks, framework stubs
  /^dist\/types\/(?:[\w.-]+\/)*[\w.-]+\.d\.ts$/, // declarations
  /^dist\/(?:web-types|vscode\.html-custom-data|vscode\.css-custom-data|integrity)\.json$/, // IDE data, SRI hashes
];
for (const path of files.keys()) {
  if (path.endsWith('.map')) problems.push(`source map in the package: ${path}`);
  else if (!allowed.some((re) => re.test(path))) problems.push(`unexpected file in the package: ${path}`);
}

// Everything package.json points at (and the files the README and IDEs rely on) must be in it.
const targets = new Set(['README.md', 'LICENSE', 'dist/index.js', 'dist/glute-knots.js', 'dist/glute-knots.iife.js',
  'dist/types/frameworks/react.d.ts', 'dist/types/frameworks/vue.d.ts', 'dist/integrity.json']);
const addTarget = (value) => {
  if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') Object.values(value).forEach(addTarget);
};
[pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], pkg.exports].forEach(addTarget);
for (const target of targets) {
  if (target.includes('*')) {
    const re = new RegExp(`^${target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`);
    if (![...files.keys()].some((f) => re.test(f))) problems.push(`nothing in the package matches ${target}`);
  } else if (!files.has(target)) problems.push(`package.json or the README points at ${target}, which is not in the package`);
}
for (const path of files.keys()) {
  if (!/\.(js|d\.ts)$/.test(path)) continue;
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path, 'utf8'))?.[1];
  if (map && !map.startsWith('data:')) problems.push(`${path} names a source map (${map}) that is not in the package`);
}

// Each element has its three entries (the module that defines it, its class, its classic script), only the defining
// ones have side effects, and its classic script is packed with its types and its Subresource Integrity hash.
const { elements } = await loadTs("export { elements } from './src/elements.ts';");
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
for (const tag of elements) {
  for (const entry of [`./${tag}.js`, `./${tag}.class.js`, `./${tag}.iife.js`]) if (!pkg.exports[entry]) problems.push(`package.json exports lacks ${entry}`);
  if (!pkg.sideEffects.includes(`./dist/${tag}.js`)) problems.push(`package.json sideEffects lacks ./dist/${tag}.js`);
  for (const file of [`dist/${tag}.iife.js`, `dist/types/${tag}.iife.d.ts`]) if (!files.has(file)) problems.push(`${file} is not in the package`);
  if (!integrity[`${tag}.iife.js`]) problems.push(`dist/integrity.json has no entry for ${tag}.iife.js`);
}
for (const [file, hash] of Object.entries(integrity)) {
  if (!files.has(`dist/${file}`)) problems.push(`dist/integrity.json lists ${file}, which is not in the package`);
  else if (hash !== `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`) problems.push(`dist/integrity.json: the hash of ${file} is stale (run npm run build)`);
}
if (!pkg.sideEffects.includes('./dist/*.iife.js')) problems.push('package.json sideEffects lacks ./dist/*.iife.js (the classic scripts)');
const listed = Object.keys(pkg.exports).map((key) => /^\.\/([a-z]+-[a-z-]+?)(?:\.class|\.iife)?\.js$/.exec(key)?.[1]).filter(Boolean);
for (const tag of new Set(listed)) if (!elements.includes(tag) && tag !== 'glute-knots') problems.push(`package.json exports ${tag}, which src/elements.ts does not list`);
if (pkg.sideEffects.some((path) => path.includes('.class.'))) problems.push('a class entry is marked as having side effects');

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`package: ${pack.filename}, ${pack.entryCount} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked`);
const byDir = new Map();
for (const [path, size] of files) {
  const dir = path.startsWith('dist/types/') ? 'dist/types/' : path.startsWith('dist/') ? `dist/${path.split('/').length > 2 ? `${path.split('/')[1]}/` : ''}` : path;
  byDir.set(dir, (byDir.get(dir) ?? 0) + size);
}
console.log(`  ${[...byDir].map(([dir, size]) => `${dir} ${kB(size)}`).join(', ')}`);

const tool = async (name, cmd, args) => {
  try {
    const { stdout: out } = await exec('npx', ['--no-install', cmd, ...args], { maxBuffer: 16 * 1024 * 1024 });
    console.log(`${name}: ok${/All good/.test(out) ? ' (All good!)' : ''}`);
  } catch (error) {
    problems.push(`${name} failed:\n${String(error.stdout ?? '')}${String(error.stderr ?? '').replace(/^npm warn.*\n/gm, '')}`);
  }
};
await tool('publint', 'publint', ['--strict']);
await tool('attw', 'attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']);

if (problems.length) {
  console.error(`package: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
