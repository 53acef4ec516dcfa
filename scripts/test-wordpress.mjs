// npm run test:wordpress: the WordPress plugin on a real WordPress (Debian's 6.1, offline, 127.0.0.1 only). Installs
// the packages if missing, makes a fresh site, installs the built zip through "Upload plugin", activates it, publishes
// as an Author a post with every block and shortcode, and checks it in Chromium. Ends with one line `N passed, N failed`.
//   --status         run nothing: print one line saying whether the packages are there (npm test prints it)
//   --screenshots    also write demo/screenshots/wordpress-*.png (the editor with the block, the published page)
//   --totals FILE    also write the `N passed, N failed` line to FILE (for .ci/run's sum)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { loadTs } from './lib/load-ts.mjs';
import { editorChecks, logIn } from './lib/wordpress-editor.mjs';
import { adminCases, cases, content, contentOf } from './lib/wordpress-post.mjs';
import { ensurePackages, missingPackages, pluginsDir, startSite } from './lib/wordpress-site.mjs';

const args = process.argv.slice(2);
const totalsFile = args.includes('--totals') ? args[args.indexOf('--totals') + 1] : undefined;
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
};
const finish = () => {
  const line = `${passed} passed, ${failed} failed`;
  if (totalsFile) writeFileSync(totalsFile, `${line}\n`);
  console.log(`WordPress tests: ${seconds(started)}`);
  console.log(line);
  process.exit(failed ? 1 : 0);
};

if (args.includes('--status')) {
  const missing = missingPackages();
  console.log(missing.length
    ? `WordPress tests not run: Debian packages missing (${missing.join(', ')}); npm run test:wordpress installs them and runs the tests.`
    : 'WordPress tests not run by npm test: npm run test:wordpress runs them (.ci/run runs both).');
  process.exit(0);
}
if (process.getuid?.() !== 0) {
  console.error('npm run test:wordpress needs root (as in CI\'s container): it writes /etc/wordpress/config-127.0.0.1.php and the plugins folder, and uses MariaDB\'s root socket. Run: sudo npm run test:wordpress');
  check('running as root', false);
  finish();
}
const zipPath = 'dist/glute-knots-wordpress.zip';
if (!existsSync(zipPath)) {
  console.error(`${zipPath} is missing: run npm run build first.`);
  check('the plugin zip is built', false);
  finish();
}
const aptStart = Date.now();
const installed = ensurePackages();
console.log(installed.length ? `Installed ${installed.join(', ')} (${seconds(aptStart)})` : 'Debian packages: already installed');

// The zip's files, unzipped with fflate: the reference for what "Upload plugin" must have installed.
const zipped = unzipSync(readFileSync(zipPath));
const names = Object.keys(zipped).filter((n) => !n.endsWith('/'));
check('the zip holds one folder glute-knots/ with the main file, readme.txt, LICENSE and the library',
  names.every((n) => n.startsWith('glute-knots/')) && ['glute-knots.php', 'readme.txt', 'LICENSE', 'assets/glute-knots.iife.js', 'assets/locales/es.iife.js']
    .every((f) => names.includes(`glute-knots/${f}`)));
const readme = new TextDecoder().decode(zipped['glute-knots/readme.txt']);
check('readme.txt: WordPress.org headers and the filter named', ['Requires at least: 6.1', 'Tested up to: 6.1', 'Requires PHP: 7.4', 'Stable tag: ', 'License: ']
  .every((h) => readme.includes(h)) && readme.includes('glute_knots_default_attributes'));
const remote = names.filter((n) => /\.(php|js|json)$/.test(n) && /\b(wp_remote_|file_get_contents\(\s*['"]https?:|<script[^>]+src=["']https?:)/.test(new TextDecoder().decode(zipped[n])));
check('no remote request in the plugin\'s code', remote.length === 0, remote.join(', '));

// php -l on every PHP file: the plugin as zipped, and the test site's own helpers.
const unpacked = mkdtempSync(join(tmpdir(), 'glute-knots-zip-'));
for (const n of names) {
  mkdirSync(join(unpacked, n, '..'), { recursive: true });
  writeFileSync(join(unpacked, n), zipped[n]);
}
const phpFiles = [...names.filter((n) => n.endsWith('.php')).map((n) => join(unpacked, n)),
  ...readdirSync('wordpress/test').filter((f) => f.endsWith('.php')).map((f) => join('wordpress/test', f))];
const lintErrors = phpFiles.filter((f) => {
  try { execFileSync('php', ['-l', f], { stdio: 'pipe' }); return false; } catch { return true; }
});
check(`php -l on every PHP file (${phpFiles.length})`, lintErrors.length === 0, lintErrors.join(', '));
rmSync(unpacked, { recursive: true, force: true });

rmSync(join(pluginsDir, 'glute-knots'), { recursive: true, force: true });
const muPlugin = '/var/lib/wordpress/wp-content/mu-plugins/glute-knots-test-defaults.php';
const footerPlugin = '/var/lib/wordpress/wp-content/mu-plugins/glute-knots-test-footer.php';
const langPlugin = '/var/lib/wordpress/wp-content/mu-plugins/glute-knots-test-language.php';
const testPlugins = [muPlugin, footerPlugin, langPlugin];
for (const file of testPlugins) rmSync(file, { force: true });
rmSync('/tmp/glute-knots-wp-debug.log', { force: true });
const siteStart = Date.now();
const site = await startSite();
console.log(`Fresh WordPress on ${site.url} (${seconds(siteStart)})`);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  // Install by the normal path: Plugins > Add New > Upload Plugin, as the Administrator.
  // Each visitor in its own browser context (its own cookies): the Administrator here, anonymous readers below.
  const adminContext = await browser.createBrowserContext();
  const admin = await adminContext.newPage();
  await logIn(admin, site.url, 'admin', 'admin-password');
  await admin.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  const input = await admin.waitForSelector('#pluginzip');
  await input.uploadFile(zipPath);
  await Promise.all([admin.waitForNavigation({ timeout: 30000 }), admin.click('#install-plugin-submit')]);
  const uploadText = await admin.evaluate(() => document.querySelector('.wrap')?.textContent ?? '');
  check('"Upload plugin" installs the zip', /Plugin installed successfully/.test(uploadText), uploadText.slice(0, 300));
  const different = names.filter((n) => {
    const file = join(pluginsDir, n);
    return !existsSync(file) || !statSync(file).isFile() || Buffer.compare(readFileSync(file), Buffer.from(zipped[n])) !== 0;
  });
  check('the uploaded plugin\'s files are the zip\'s, byte for byte', different.length === 0, different.slice(0, 5).join(', '));
  await adminContext.close();

  const optionsBefore = site.wp('option-names').names;
  const activated = site.wp('activate');
  check('the plugin activates', activated.active, activated.error);
  const registry = site.wp('registry');
  const blockNames = ['stretch-timer', 'stretch-routine', 'causes-table', 'guide', 'muscle-map'].map((b) => `glute-knots/${b}`);
  check('PHP block registry lists the five blocks', blockNames.every((b) => registry.blocks.includes(b)) && registry.blocks.length === 5, registry.blocks.join(', '));
  check('the five shortcodes are registered', ['stretch_timer', 'stretch_routine', 'causes_table', 'glute_knot_guide', 'glute_muscle_map']
    .every((s) => registry.shortcodes.includes(s)), registry.shortcodes.join(', '));

  const post = site.wp('post', { user: 'author', title: 'Glute stretches', content });
  check('the Author has no unfiltered_html (kses filters what they save)', post.unfiltered_html === false);
  check('kses keeps every block comment and shortcode', cases.every((c) => post.saved.includes(c.html.startsWith('[') ? c.html.split(' ')[0] : c.html.split(' ')[1])), post.saved.slice(0, 300));
  const plain = site.wp('post', { user: 'author', title: 'A plain post', content: '<!-- wp:paragraph --><p>No blocks of ours.</p><!-- /wp:paragraph -->' });
  const { pageChecks } = await import('./lib/wordpress-page.mjs');
  const en = await loadTs("export { stretches } from './content/en/stretches.ts'; export { routineText, timerText } from './content/en/ui.ts';");
  await pageChecks({ browser, post, plain, cases, check, lang: 'en', words: en });
  const adminPost = site.wp('post', { user: 'admin', title: 'Raw payloads', content: contentOf(adminCases) });
  check('the Administrator has unfiltered_html (their raw <script> reaches the plugin)', adminPost.unfiltered_html === true);
  await pageChecks({ browser, post: adminPost, cases: adminCases, check, lang: 'en', words: en, who: 'Administrator' });

  // Site-wide defaults through the filter (a must-use plugin, as a site would add it), then Spanish.
  mkdirSync('/var/lib/wordpress/wp-content/mu-plugins', { recursive: true });
  writeFileSync(muPlugin, `<?php
add_filter( 'glute_knots_default_attributes', function ( $defaults, $tag ) {
	return array( 'emergency-number' => '000 in Australia', 'theme' => 'light', 'sound' => true, 'made-up' => 'x' ) + $defaults;
}, 10, 2 );
`);
  const page = await (await browser.createBrowserContext()).newPage();
  await page.goto(post.url, { waitUntil: 'networkidle0' });
  const filtered = await page.evaluate(() => [...document.querySelectorAll('glute-knot-guide, stretch-routine, causes-table')]
    .map((e) => [e.localName, e.getAttribute('emergency-number'), e.getAttribute('theme'), e.hasAttribute('made-up')]));
  // A boolean default: on where a timer says nothing (block-timer, code-timer, code-timer-ball), off where it says
  // sound="false" (code-timer-flags).
  const sounds = await page.evaluate(() => [...document.querySelectorAll('stretch-timer')].map((e) => e.hasAttribute('sound')));
  check('a boolean default from the filter is on unless a shortcode turns it off (sound="false")', sounds.join() === 'true,true,true,false', sounds.join());
  check('the glute_knots_default_attributes filter sets site-wide defaults, a block\'s own value wins, unknown names dropped',
    filtered.filter(([t]) => t !== 'causes-table').every(([, n]) => n === '000 in Australia') &&
    filtered.filter(([t]) => t === 'causes-table').map(([, , th]) => th).join() === 'dark,light' &&
    filtered.every(([t, n, , madeUp]) => !madeUp && (t !== 'causes-table' || n === null)), JSON.stringify(filtered));
  // A shortcode outside the post content, as a widget or a template part renders it: the script still comes.
  writeFileSync(footerPlugin, `<?php
add_action( 'wp_footer', function () {
	echo do_shortcode( '[glute_muscle_map muscle="piriformis"]' );
}, 5 );
`);
  await page.goto(plain.url, { waitUntil: 'networkidle0' });
  const footer = await page.evaluate(async () => {
    const map = document.querySelector('glute-muscle-map');
    await customElements.whenDefined('glute-muscle-map');
    await map?.updateComplete;
    return { upgraded: !!map?.shadowRoot, muscle: map?.getAttribute('muscle'), deferred: document.querySelector('script[src*="glute-knots.iife.js"]')?.defer };
  });
  check('a shortcode rendered outside the content (a footer hook, as a widget or template part) loads the script too',
    footer.upgraded && footer.muscle === 'piriformis' && footer.deferred === true, JSON.stringify(footer));
  rmSync(footerPlugin, { force: true });
  await page.browserContext().close();
  rmSync(muPlugin, { force: true });

  site.wp('option', { name: 'WPLANG', value: 'es_ES' });
  const es = await loadTs("export { stretches } from './content/es/stretches.ts'; export { routineText, timerText } from './content/es/ui.ts';");
  await pageChecks({ browser, post, plain, cases, check, lang: 'es', words: es });
  site.wp('option', { name: 'WPLANG', value: '' });

  // A post in Spanish on an English site, as a multilingual plugin does it: the `locale` filter, per post.
  writeFileSync(langPlugin, `<?php
add_filter( 'locale', function ( $locale ) {
	return ( ! is_admin() && is_singular() && 'es' === get_post_meta( get_queried_object_id(), 'lang', true ) ) ? 'es_ES' : $locale;
} );
`);
  const spanish = site.wp('post', { user: 'author', title: 'Estiramientos', content: '[stretch_timer stretch="figure-four"]', meta: { lang: 'es' } });
  const reader = await (await browser.createBrowserContext()).newPage();
  const langOf = async (url) => {
    await reader.goto(url, { waitUntil: 'networkidle0' });
    return reader.evaluate(() => ({ lang: document.querySelector('stretch-timer')?.lang,
      pack: !!document.querySelector('script[src*="/glute-knots/assets/locales/es.iife.js"]') }));
  };
  const [inSpanish, inEnglish] = [await langOf(spanish.url), await langOf(post.url)];
  check('a post whose language is Spanish (locale filter, as multilingual plugins set it) gets lang="es" and the pack; the others stay English',
    inSpanish.lang === 'es' && inSpanish.pack && inEnglish.lang === 'en' && !inEnglish.pack, JSON.stringify({ inSpanish, inEnglish }));
  await reader.browserContext().close();
  rmSync(langPlugin, { force: true });

  await editorChecks({ browser, site, check, screenshots: args.includes('--screenshots') });
  const stored = site.wp('options');
  check('no options stored', stored.options.length === 0, stored.options.join(', '));
  const removed = site.wp('uninstall');
  // New options that are core's own: the test's site language, the calendar block's cache, the deactivation record.
  const core = ['WPLANG', 'wp_calendar_block_has_published_posts', 'recently_activated'];
  const after = site.wp('option-names');
  const left = [...after.names.filter((n) => !optionsBefore.includes(n) && !core.includes(n)),
    ...after.mentioning.filter((n) => n !== 'recently_activated')];
  check('Deactivate and Delete remove the plugin\'s folder and leave no new option behind', removed.deleted && !removed.folder && left.length === 0,
    JSON.stringify({ ...removed, left }));
  const log = existsSync('/tmp/glute-knots-wp-debug.log') ? readFileSync('/tmp/glute-knots-wp-debug.log', 'utf8') : '';
  const ours = log.split('\n').filter((l) => /glute-knots/.test(l));
  check('no PHP notice, warning or error from the plugin', ours.length === 0, ours.slice(0, 3).join('\n'));
} catch (error) {
  check('the WordPress tests ran to the end', false, error.stack);
} finally {
  for (const file of testPlugins) rmSync(file, { force: true });
  await browser.close();
  await site.stop();
  rmSync('/tmp/glute-knots-wp-debug.log', { force: true });
}
finish();
