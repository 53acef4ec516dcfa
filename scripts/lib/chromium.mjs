// Debian's Chromium as every script and the test runner start it: no sandbox (CI runs as root), nothing that
// reaches out to Google's servers (this machine's network refuses them).
export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
