// A real WordPress for the tests and screenshots, from Debian's packages only (see ../shared notes): MariaDB and PHP's
// built-in server on 127.0.0.1, outgoing HTTP blocked in the site's config. `ensurePackages()` installs what is
// missing; `startSite()` gives a fresh site (its own database, dropped and made again) and `stop()` ends what it started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const testDir = join(here, '../../wordpress/test');
export const packages = ['wordpress', 'wordpress-l10n', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'mariadb-client', 'php-cli', 'php-mysql'];
export const pluginsDir = '/var/lib/wordpress/wp-content/plugins';
const database = 'glute_knots_wp_test';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** What of Debian's WordPress setup is missing here (empty when everything is installed). */
export function missingPackages() {
  const missing = [];
  if (!existsSync('/usr/share/wordpress/wp-load.php')) missing.push('wordpress');
  if (!existsSync('/usr/share/wordpress/wp-content/languages/es_ES.mo')) missing.push('wordpress-l10n'); // a Spanish site
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json')) missing.push('wordpress-theme-twentytwentythree');
  if (!has('mariadbd') && !existsSync('/usr/sbin/mariadbd')) missing.push('mariadb-server');
  if (!has('mariadb')) missing.push('mariadb-client');
  if (!has('php')) missing.push('php-cli');
  else if (spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status !== 0) missing.push('php-mysql');
  return missing;
}

/** Installs the missing packages with apt-get (through sudo when not root). */
export function ensurePackages() {
  const missing = missingPackages();
  if (!missing.length) return [];
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => execFileSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
  return missing;
}

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Starts or stops MariaDB with its init script (a container may have no `service`). */
const mariadb = (action) => (existsSync('/etc/init.d/mariadb')
  ? execFileSync('/etc/init.d/mariadb', [action], { stdio: 'ignore' })
  : execFileSync('service', ['mariadb', action], { stdio: 'ignore' }));

const sql = (statement) => execFileSync('mariadb', ['-u', 'root', '-e', statement], { stdio: ['ignore', 'pipe', 'inherit'] });

function mariadbRunning() {
  return spawnSync('mariadb-admin', ['-u', 'root', 'ping'], { stdio: 'ignore' }).status === 0;
}

/** The per-host config Debian's wp-config.php loads for Host: 127.0.0.1 (any port). */
function writeConfig(port) {
  const salt = (name) => `define('${name}', '${name.toLowerCase()}-glute-knots-test-only');`;
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync('/etc/wordpress/config-127.0.0.1.php', `<?php
// Written by glute-knots' scripts/lib/wordpress-site.mjs for its offline test site; rewritten on every run.
define('DB_NAME', '${database}');
define('DB_USER', 'glute_knots');
define('DB_PASSWORD', 'glute-knots-test');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://127.0.0.1:${port}');
define('WP_SITEURL', 'http://127.0.0.1:${port}');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '/tmp/glute-knots-wp-debug.log');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
`);
}

/** Runs a command of wordpress/test/wp.php against the site and returns its JSON. */
export function wp(port, command, args) {
  const out = execFileSync('php', [join(testDir, 'wp.php'), String(port), command, ...(args ? [JSON.stringify(args)] : [])],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.slice(out.indexOf('{')));
}

/** A fresh site: MariaDB (started if it is not running), a new database, WordPress installed, the PHP server started. */
export async function startSite() {
  const startedMariadb = !mariadbRunning();
  if (startedMariadb) mariadb('start');
  sql(`DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database};
    CREATE USER IF NOT EXISTS 'glute_knots'@'localhost' IDENTIFIED BY 'glute-knots-test';
    GRANT ALL ON ${database}.* TO 'glute_knots'@'localhost';`);
  const port = await freePort();
  writeConfig(port);
  const users = wp(port, 'install');
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(testDir, 'router.php')], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    detached: true, // its own process group: the server forks workers, and stop() ends the group
  });
  let log = '';
  server.stderr.on('data', (chunk) => { log = (log + chunk).slice(-20000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port, url, users,
    wp: (command, args) => wp(port, command, args),
    serverLog: () => log,
    async stop() {
      const exited = new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
      await exited;
      for (let i = 0; i < 50 && spawnSync('pgrep', ['-g', String(server.pid)], { stdio: 'ignore' }).status === 0; i++) await new Promise((r) => setTimeout(r, 100));
      if (startedMariadb) mariadb('stop');
    },
  };
}
