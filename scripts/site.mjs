// npm run site: the documentation site in dist-site/ (the demo, the API page, the clinic page, the configurator and
// the two hostile-theme pages), with relative addresses, for any static host. Builds dist/ first unless it is there.
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
if (!existsSync('dist/integrity.json') || process.argv.includes('--build')) run('npm run --silent build');
run('npx vite build --mode site --logLevel warn');
// The theme pages load the built classic script, as a site owner's page does: it sits beside them in the site.
mkdirSync('dist-site/cms', { recursive: true });
copyFileSync('dist/glute-knots.iife.js', 'dist-site/glute-knots.iife.js');
copyFileSync('demo/reserve.css', 'dist-site/reserve.css');
for (const page of readdirSync('demo/cms').filter((f) => f.endsWith('.html'))) {
  writeFileSync(`dist-site/cms/${page}`, readFileSync(`demo/cms/${page}`, 'utf8').replaceAll('../../dist/glute-knots.iife.js', '../glute-knots.iife.js'));
}
console.log('dist-site/: index.html, docs.html, clinic.html, configure.html, cms/*.html');
