// The published post in Chromium, for scripts/test-wordpress.mjs: every element defined with its attributes, the
// payloads as text, the script deferred and versioned in the footer, the language pack and `lang` with the locale,
// the fallback text in the server's HTML, and no script of the plugin on a post without its blocks.

const tags = ['stretch-timer', 'stretch-routine', 'causes-table', 'glute-knot-guide', 'glute-muscle-map'];
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);
const count = (forms, n) => fill(n === 1 ? forms.one : forms.other, { n });
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');

/** Checks the post (and the plain post) in one language; `words` are that language's content. */
export async function pageChecks({ browser, post, plain, cases, check, lang, words, who = 'Author' }) {
  const label = `[${who}, ${lang}]`;
  const html = await (await fetch(post.url)).text();
  const { timerText: timer, routineText: routine, stretches } = words;
  // The cases with fallback text are stretches, or an exercise with its own phase word (the massage ball's).
  const sentence = (name, phase, hold, reps, sides) => `${name}: ${fill(sides === 'one' ? routine.doseOne : routine.doseBoth,
    { phase, duration: count(timer.seconds, hold), times: count(routine.times, reps) })}.`;
  const expected = cases.filter((c) => c.fallback).map(({ fallback: f }) =>
    sentence(f.name ?? stretches[f.stretch].name, stretches[f.stretch]?.phase ?? timer.work.stretch, f.hold, f.reps, f.sides));
  if (cases.some((c) => c.tag === 'stretch-routine')) expected.push(routine.safety);
  const missing = expected.filter((s) => !html.includes(escapeHtml(s)));
  check(`${label} the server's HTML has readable fallback text from the content inside the elements`, missing.length === 0, missing.join(' | '));
  check(`${label} the server's HTML has no payload as markup`, !html.includes('<script>window.gkPwned') && !/<img src=("x"|x)/.test(html) && !/ onclick=/.test(html));

  const page = await (await browser.createBrowserContext()).newPage(); // an anonymous reader
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const failedRequests = [];
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(`console: ${m.text()}`));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(post.url, { waitUntil: 'networkidle0' });
  await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), { timeout: 10000 }, tags);
  const seen = await page.evaluate(async (t) => {
    const shadowText = (el) => {
      let text = '';
      const walk = (n) => {
        if (n.nodeType === 3) text += n.data;
        for (const c of (n.shadowRoot ?? n).childNodes) walk(c);
      };
      if (el.shadowRoot) walk(el.shadowRoot);
      return text.replace(/\s+/g, ' ');
    };
    const deepImgs = (root) => [...root.querySelectorAll('*')].reduce((n, e) => n + (e.localName === 'img' && e.getAttribute('src') === 'x') + (e.shadowRoot ? deepImgs(e.shadowRoot) : 0), 0);
    const els = [...document.querySelectorAll(t.join(','))];
    await Promise.all(els.map((e) => e.updateComplete));
    const lib = [...document.querySelectorAll('script[src*="/plugins/glute-knots/assets/glute-knots.iife.js"]')];
    const pack = [...document.querySelectorAll('script[src*="/plugins/glute-knots/assets/locales/"]')];
    return {
      elements: els.map((e) => ({ tag: e.localName, attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])), upgraded: e.constructor !== HTMLElement && !!e.shadowRoot, text: shadowText(e) })),
      pwned: window.gkPwned, imgs: deepImgs(document),
      lib: lib.map((s) => ({ src: s.getAttribute('src'), defer: s.defer, inBody: document.body.contains(s), afterElements: !!(els.at(-1).compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) })),
      pack: pack.map((s) => ({ src: s.getAttribute('src'), defer: s.defer, afterLib: !!lib[0] && !!(lib[0].compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) })),
    };
  }, tags);
  check(`${label} the post has every block and shortcode, in order`, seen.elements.map((e) => e.tag).join() === cases.map((c) => c.tag).join(),
    seen.elements.map((e) => e.tag).join());
  for (const [i, c] of cases.entries()) {
    const el = seen.elements[i];
    if (!el) continue;
    const wrong = Object.entries(c.attrs).filter(([k, v]) => el.attrs[k] !== v).map(([k, v]) => `${k}=${JSON.stringify(el.attrs[k])} (want ${JSON.stringify(v)})`);
    const extra = (c.absent ?? []).filter((k) => k in el.attrs);
    check(`${label} ${c.id}: <${c.tag}> defined, with the given attributes and lang="${lang}"`,
      el.upgraded && el.text.trim().length > 0 && !wrong.length && !extra.length && el.attrs.lang === lang,
      `upgraded ${el.upgraded}; wrong: ${wrong.join(', ')}; should be absent: ${extra.join(', ')}; lang ${el.attrs.lang}`);
    const notShown = (c.shows ?? []).filter((s) => !el.text.includes(s));
    if (c.shows) check(`${label} ${c.id}: shows ${c.shows.map((s) => JSON.stringify(s.slice(0, 30))).join(', ')} as text`, !notShown.length, el.text.slice(0, 200));
  }
  const timerText = seen.elements[cases.findIndex((c) => c.id === 'code-timer')]?.text;
  if (timerText !== undefined) check(`${label} the timer speaks the page's language (${stretches['pigeon-pose'].name}, ${timer.start})`,
    timerText.includes(stretches['pigeon-pose'].name) && timerText.includes(timer.start), timerText.slice(0, 200));
  check(`${label} no payload ran (no script, no <img src=x>, no dialog)`, seen.pwned === undefined && seen.imgs === 0, `gkPwned=${seen.pwned}, imgs=${seen.imgs}`);
  check(`${label} no page error or console error`, errors.length === 0, errors.join(' | '));
  const ours = failedRequests.filter((u) => /glute-knots/.test(u));
  check(`${label} every request for the plugin's files succeeds`, ours.length === 0, ours.join(', '));
  const remote = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));
  check(`${label} no request leaves 127.0.0.1`, remote.length === 0, [...new Set(remote)].join(', '));
  const [lib] = seen.lib;
  check(`${label} one library script, deferred, versioned (?ver=), in the footer after the elements`,
    seen.lib.length === 1 && lib.defer && /[?&]ver=\d/.test(lib.src) && lib.inBody && lib.afterElements, JSON.stringify(seen.lib));
  if (lang === 'en') check(`${label} no language pack on an English site`, seen.pack.length === 0, JSON.stringify(seen.pack));
  else {
    check(`${label} the ${lang} language pack, deferred and versioned, after the library`,
      seen.pack.length === 1 && seen.pack[0].src.includes(`locales/${lang}.iife.js`) && seen.pack[0].defer && /ver=\d/.test(seen.pack[0].src) && seen.pack[0].afterLib, JSON.stringify(seen.pack));
  }
  if (!plain) return page.browserContext().close();
  await page.goto(plain.url, { waitUntil: 'networkidle0' });
  const plainSeen = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src]')].map((s) => s.src).filter((s) => /glute-knots/.test(s)),
    defined: !!customElements.get('stretch-timer'), text: document.body.textContent.includes('No blocks of ours.'),
  }));
  check(`${label} a post without the blocks loads no glute-knots script`, plainSeen.text && !plainSeen.scripts.length && !plainSeen.defined, JSON.stringify(plainSeen));
  await page.browserContext().close();
}
