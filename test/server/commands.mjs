// Server-side commands the browser tests call with `executeServerCommand` (checks that need Node).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const once = new Map();
/** Runs `fn` once per test run (three browsers ask the same question). */
const memo = (key, fn) => {
  if (!once.has(key)) once.set(key, fn());
  return once.get(key);
};

async function seedCopyCheck() {
  try {
    const { stdout } = await exec('../shared/tools/seed-copy-check', []);
    return { ok: true, output: stdout };
  } catch (error) {
    if (error.code === 'ENOENT') return { ok: true, output: 'seed-copy-check not present on this machine', skipped: true };
    return { ok: false, output: String(error.stdout ?? error.message) };
  }
}

/**
 * The names and descriptions Chromium's accessibility tree gives every node of `payload.role` (shadow DOM included),
 * read through the DevTools protocol: `{ nodes }`. Other browsers have no such door: `{ nodes: null }` there.
 */
async function accessibleNames({ session, payload }) {
  if (session?.browser?.type !== 'puppeteer') return { nodes: null };
  const page = session.browser.getPage(session.id);
  if (page.browser().protocol !== 'cdp') return { nodes: null }; // Firefox under puppeteer speaks WebDriver BiDi
  const cdp = await page.createCDPSession();
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return {
      nodes: nodes
        .filter((node) => !node.ignored && node.role?.value === payload.role)
        .map((node) => ({ name: node.name?.value ?? '', description: node.description?.value ?? '' })),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * The text of the test page as Chromium prints it to PDF (A4), extracted with poppler's `pdftotext`: `{ text, pages }`,
 * or `{ text: null }` in other browsers (no print-to-PDF through their drivers).
 */
async function printedText({ session }) {
  if (session?.browser?.type !== 'puppeteer') return { text: null };
  const page = session.browser.getPage(session.id);
  if (page.browser().protocol !== 'cdp') return { text: null };
  const dir = await mkdtemp(join(tmpdir(), 'gk-print-'));
  try {
    await writeFile(join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
    const { stdout } = await exec('pdftotext', ['-layout', join(dir, 'page.pdf'), '-']);
    return { text: stdout, pages: stdout.split('\f').filter((p) => p.trim()).length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The reading-level gate run on `payload.text`: `{ code, output }` (exit code 1 means the gate failed the text). */
async function readability({ payload }) {
  try {
    const { stdout } = await exec('node', ['scripts/readability.mjs', '--text', String(payload?.text ?? '')]);
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.code, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

export function serverCommands() {
  return {
    name: 'glute-knots-commands',
    async executeCommand({ command, session, payload }) {
      if (command === 'accessible-names') return accessibleNames({ session, payload });
      if (command === 'seed-copy-check') return memo(command, seedCopyCheck);
      if (command === 'readability') return readability({ payload });
      if (command === 'printed-text') return printedText({ session });
      return undefined;
    },
  };
}
