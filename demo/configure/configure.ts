/**
 * "Get the code": choose an element and its options, see it at phone and desktop width, copy the code. The controls
 * are generated from custom-elements.json (options.ts); the preview is the very tag of the code, parsed; the choices
 * live in the page's address, so a configuration can be sent on.
 */
import { html, nothing, render } from 'lit';
import '../../src/index.js';
import '../../src/locales/es.js';
import { version } from '../../src/core/define.js';
import { elements, type ElementTag } from '../../src/elements.js';
import type { StretchRoutine } from '../../src/stretch-routine/index.js';
import { optionControl, styleControl, type Change } from './controls.js';
import { languages, valueLists } from './lists.js';
import { describeElements, type ElementDescription, type Manifest } from './options.js';
import { platforms, wordpressNames } from './platforms.js';
import { elementTag, examplePage, scriptFiles, shortcode, snippet, type Build } from './snippet.js';
import { readFragment, writeFragment, type State } from './state.js';

const languageNames: Record<string, string> = { en: 'English', es: 'Español (Spanish)' };
/** The style properties shown first; the rest are under "More style properties". */
const mainStyles = ['--gk-color-accent', '--gk-font'];

const fetchText = async (url: URL, accept = '*/*') => {
  try {
    // A CSS file is asked for as CSS: Vite's dev server otherwise answers with a script that injects it.
    const response = await fetch(url, { headers: { Accept: accept } });
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
};

/** Markdown's **bold** and `code`, as the platform notes carry them. */
const inline = (text: string) => text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part) =>
  (part.startsWith('**') ? html`<strong>${part.slice(2, -2)}</strong>` : part.startsWith('`') ? html`<code>${part.slice(1, -1)}</code>` : part));

/** Mounts the configurator in `root`; resolves once the manifest, hashes and reserve CSS are read. */
export async function mountConfigurator(root: HTMLElement): Promise<void> {
  const [manifestText, integrityText, reserveCss] = await Promise.all([
    fetchText(new URL('../../custom-elements.json', import.meta.url)),
    fetchText(new URL('../../dist/integrity.json', import.meta.url)),
    fetchText(new URL('../reserve.css', import.meta.url), 'text/css'),
  ]);
  const described = describeElements(JSON.parse(manifestText || '{"modules":[]}') as Manifest, valueLists)
    .sort((a, b) => elements.indexOf(a.tag as ElementTag) - elements.indexOf(b.tag as ElementTag));
  const build: Build = { version, integrity: integrityText ? (JSON.parse(integrityText) as Record<string, string>) : {}, reserveCss };
  let state: State = readFragment(location.hash, described);
  let tab = 0;
  let copied = '';

  const update = (next: Partial<State>) => {
    state = { ...state, ...next };
    copied = '';
    history.replaceState(null, '', `#${writeFragment(state)}`);
    draw();
  };
  const change = (c: Change) => {
    if ('attribute' in c) {
      const attributes = { ...state.attributes };
      if (c.value === undefined) delete attributes[c.attribute];
      else attributes[c.attribute] = c.value;
      update({ attributes });
    } else update({ styles: { ...state.styles, [c.style]: c.value } });
  };
  const copy = async () => {
    const text = snippet(state, build);
    try {
      await navigator.clipboard.writeText(text);
      copied = 'Copied';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(root.querySelector('#gk-code')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      copied = 'Selected: copy it with Ctrl+C (⌘C on a Mac)';
    }
    draw();
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([examplePage(state, build)], { type: 'text/html' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `glute-knots-${state.tag}.html` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const tabKeys = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -tab, End: platforms.length - 1 - tab }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    tab = (tab + step + platforms.length) % platforms.length;
    draw();
    root.querySelector<HTMLElement>(`#gk-tab-${tab}`)?.focus();
  };

  const elementPicker = () => html`<fieldset class="elements">
    <legend>Element</legend>
    ${described.map((d) => html`<label class="element-choice"><input type="radio" name="gk-element" .checked=${d.tag === state.tag}
      @change=${() => update({ tag: d.tag as ElementTag, attributes: {}, styles: {} })} />
      <span><code>&lt;${d.tag}&gt;</code> <small>${d.summary}</small></span></label>`)}
  </fieldset>`;

  /** The routine's own editor sets `stretches`: the plan editor a clinic already knows. */
  const planEditor = () => html`<fieldset class="plan-fieldset">
    <legend>The exercises and their doses (<code>stretches</code>)</legend>
    <p class="hint">Add, remove and reorder the exercises, and set each one's seconds, rounds and sides, in the editor below.</p>
    <stretch-routine editable class="plan" stretches=${state.attributes.stretches ?? nothing}
      @routine-edit=${(e: Event) => change({ attribute: 'stretches', value: (e.target as StretchRoutine).stretches })}></stretch-routine>
  </fieldset>`;

  const optionsForm = (d: ElementDescription) => {
    const styles = d.styles.filter((s) => mainStyles.includes(s.property));
    const more = d.styles.filter((s) => !mainStyles.includes(s.property));
    return html`<fieldset>
        <legend>Look and language</legend>
        <div class="control"><label for="gk-lang">Language</label>
          <select id="gk-lang" @change=${(e: Event) => update({ lang: (e.target as HTMLSelectElement).value as State['lang'] })}>
            ${languages.map((l) => html`<option value=${l} ?selected=${l === state.lang}>${languageNames[l] ?? l}</option>`)}
          </select></div>
        <div class="control check"><input type="checkbox" id="gk-page-dark" .checked=${state.page === 'dark'}
          @change=${(e: Event) => update({ page: (e.target as HTMLInputElement).checked ? 'dark' : 'light' })} />
          <label for="gk-page-dark">Preview on a dark page</label></div>
        ${styles.map((s) => styleControl(s, state.styles[s.property] ?? '', change))}
        <details><summary>More style properties</summary>${more.map((s) => styleControl(s, state.styles[s.property] ?? '', change))}</details>
      </fieldset>
      <fieldset>
        <legend>Where the script comes from</legend>
        <label class="check"><input type="radio" name="gk-source" .checked=${state.source === 'self'} @change=${() => update({ source: 'self' })} />
          <span>From your own site</span></label>
        ${state.source === 'self' ? html`<div class="control"><label for="gk-folder">Folder you upload the files to</label>
          <input type="text" id="gk-folder" .value=${state.folder} aria-describedby="gk-folder-hint"
            @input=${(e: Event) => update({ folder: (e.target as HTMLInputElement).value })} />
          <small class="hint" id="gk-folder-hint">Upload ${scriptFiles(state).map((f, i) => html`${i ? ' and ' : ''}<code>${f}</code>`)} from
            <code>dist/</code> (<code>npm run build</code> in a copy of the code, or a release's files), keeping the
            <code>locales</code> folder.</small></div>` : nothing}
        <label class="check"><input type="radio" name="gk-source" .checked=${state.source === 'cdn'} @change=${() => update({ source: 'cdn' })} />
          <span>From the CDN, version ${build.version} (after the first release)</span></label>
        ${state.source === 'cdn' && !Object.keys(build.integrity).length
          ? html`<p class="warning">No integrity hashes here: <code>dist/integrity.json</code> was not found (run <code>npm run build</code>).</p>` : nothing}
      </fieldset>
      <fieldset>
        <legend>Which script</legend>
        <label class="check"><input type="radio" name="gk-script" .checked=${state.script === 'element'} @change=${() => update({ script: 'element' })} />
          <span>This element's own script (smaller)</span></label>
        <label class="check"><input type="radio" name="gk-script" .checked=${state.script === 'library'} @change=${() => update({ script: 'library' })} />
          <span>The whole library (for a page with several elements)</span></label>
      </fieldset>
      ${d.options.some((o) => o.attribute === 'stretches') ? planEditor() : nothing}
      <fieldset class="element-options">
        <legend>Options of <code>&lt;${d.tag}&gt;</code></legend>
        <div class="option-grid">
          ${d.options.filter((o) => o.attribute !== 'stretches').map((o) => optionControl(o, state.attributes[o.attribute], change))}
        </div>
      </fieldset>`;
  };

  /**
   * A preview at one width. The phone one is to look at only (inert): two live copies would give a screen reader two
   * of every landmark and control; the desktop one is the one to try.
   */
  const preview = (label: string, width: number, inert: boolean) => html`<figure class="preview" style=${`--preview-width: ${width}px`}>
    <figcaption>${label} (${width} px)${inert ? ', to look at: try it in the desktop preview' : ''}</figcaption>
    <div class="preview-scroll"><div class="preview-page ${state.page}" data-width=${width} ?inert=${inert}></div></div>
  </figure>`;

  const platformTabs = () => html`<div role="tablist" aria-label="Where to paste it" class="tabs">
      ${platforms.map((p, i) => html`<button type="button" role="tab" id=${`gk-tab-${i}`} aria-selected=${i === tab ? 'true' : 'false'}
        aria-controls="gk-tabpanel" tabindex=${i === tab ? 0 : -1} @click=${() => { tab = i; draw(); }} @keydown=${tabKeys}>${p.name}</button>`)}
    </div>
    <div role="tabpanel" id="gk-tabpanel" aria-labelledby=${`gk-tab-${tab}`} tabindex="0" class="tabpanel">
      <p>${inline(platforms[tab].where)}</p>
      ${platforms[tab].name === 'WordPress' ? html`<p>With the plugin: add the block <strong>${wordpressNames(state.tag).title}</strong>
        (<code>${wordpressNames(state.tag).block}</code>) and set the same options in its sidebar, or paste this shortcode
        (the colours and font are not in it: set them with the theme's CSS): <code id="gk-shortcode">${shortcode(state)}</code></p>` : nothing}
      <p class="unverified">Written from ${platforms[tab].name}'s own help pages; not verified on a live ${platforms[tab].name} site.</p>
    </div>`;

  const draw = () => {
    const d = described.find((x) => x.tag === state.tag);
    document.documentElement.classList.toggle('gk-dark-preview', state.page === 'dark');
    render(html`
      <form class="options" @submit=${(e: Event) => e.preventDefault()} aria-label="Options">
        ${elementPicker()}
        ${d ? optionsForm(d) : html`<p>custom-elements.json could not be read.</p>`}
      </form>
      <section class="previews" aria-label="Preview">
        <h2>Preview</h2>
        <div class="preview-row">${preview('Phone', 375, true)}${preview('Desktop', 720, false)}</div>
      </section>
      <section class="code" aria-labelledby="gk-code-heading">
        <h2 id="gk-code-heading">Your code</h2>
        <p>Paste it where your site builder takes HTML. ${state.source === 'cdn' ? 'The CDN address works once version ' + build.version + ' is published.' : 'Upload the script files to the folder named in it first.'}</p>
        <pre tabindex="0" aria-label="Code to paste"><code id="gk-code">${snippet(state, build)}</code></pre>
        <div class="actions">
          <button type="button" id="gk-copy" @click=${copy}>Copy the code</button>
          <button type="button" id="gk-download" @click=${download}>Download an example page</button>
          <span role="status" class="status">${copied}</span>
        </div>
        <h2 id="gk-where">Where to paste it</h2>
        ${platformTabs()}
      </section>`, root);
    const tag = elementTag(state);
    for (const page of root.querySelectorAll<HTMLElement>('.preview-page')) {
      if (page.dataset.tag !== tag) {
        page.innerHTML = tag; // the code's own tag: every value in it is escaped by elementTag()
        page.dataset.tag = tag;
      }
    }
  };
  root.textContent = '';
  draw();
  addEventListener('hashchange', () => {
    state = readFragment(location.hash, described);
    draw();
  });
}
