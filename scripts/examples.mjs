// npm run examples: builds each framework example in demo/examples/ with Vite into dist-examples/<name>/ (loaded by
// test/examples.test.ts), and type-checks them against the package's published types (dist/, so run `npm run build`
// first). demo/examples/preact and solid are only type-checked. The type checks include files whose `@ts-expect-error` / `@vue-expect-error` lines must stay errors.
// `--no-build` or `--no-check` skips a half.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export const examples = ['html', 'bundler', 'react', 'vue'];
const checks = [
  ['tsc', ['-p', 'demo/examples/bundler']],
  ['tsc', ['-p', 'demo/examples/react']],
  ['tsc', ['-p', 'demo/examples/preact']],
  ['tsc', ['-p', 'demo/examples/solid']],
  ['vue-tsc', ['-p', 'demo/examples/vue']],
];

if (!existsSync('dist/types/frameworks/react.d.ts') || !existsSync('dist/glute-knots.iife.js')) {
  console.error('The examples use the built package: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const run = (cmd, args) => new Promise((done) => {
  const child = spawn('npx', ['--no-install', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('close', (code) => done({ name: `${cmd} ${args.join(' ')}`, code, output: output.replace(/^npm warn.*\n/gm, '') }));
});

// Type checks run beside the builds (they take longer than all the builds together).
const checking = process.argv.includes('--no-check') ? Promise.resolve([]) : Promise.all(checks.map(([cmd, args]) => run(cmd, args)));

let failed = 0;
if (!process.argv.includes('--no-build')) {
  for (const name of examples) {
    const root = resolve('demo/examples', name);
    const configFile = resolve(root, 'vite.config.ts');
    try {
      await build({
        root,
        configFile: existsSync(configFile) ? configFile : false,
        base: './',
        logLevel: 'warn',
        build: { outDir: resolve('dist-examples', name), emptyOutDir: true },
      });
    } catch (error) {
      failed++;
      console.error(`examples: building ${name} failed: ${error.message}`);
    }
  }
}
for (const result of await checking) {
  if (result.code !== 0) {
    failed++;
    console.error(`examples: ${result.name} failed:\n${result.output}`);
  }
}
if (failed) process.exit(1);
console.log(`examples: built ${examples.map((e) => `dist-examples/${e}`).join(', ')} and type-checked them (${((Date.now() - started) / 1000).toFixed(1)} s)`);
