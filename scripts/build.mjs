// Builds everything in dist/: per-element modules, the two bundles, types and the manifest.
import { execSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('node scripts/check-content.mjs');
run('npx vite build --logLevel warn');
run('npx vite build --mode bundle --logLevel warn');
run('npx vite build --mode iife --logLevel warn');
for (const file of readdirSync('src/locales')) run(`npx vite build --mode locale-${file.replace(/\.ts$/, '')} --logLevel warn`);
run('npx tsc -p tsconfig.build.json');
run('npm run --silent analyze');
