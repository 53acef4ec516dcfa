import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { stretchIds } from '../../content/data.js';
import { guideSections } from '../../content/ids.js';
import { valueLists } from '../../demo/configure/lists.js';
import { describeElements, type Manifest } from '../../demo/configure/options.js';
import { elementTag, fallbackText, reserveCssFor, scriptTags, shortcode } from '../../demo/configure/snippet.js';
import { initialState, readFragment, writeFragment } from '../../demo/configure/state.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const described = describeElements(manifest, valueLists);
const optionsOf = (tag: string) => described.find((d) => d.tag === tag)!.options;

describe('configurator: options from custom-elements.json', () => {
  it('describes every element and every attribute of the manifest', () => {
    assert.deepEqual(described.map((d) => d.tag).sort(), ['causes-table', 'glute-knot-guide', 'glute-muscle-map', 'stretch-routine', 'stretch-timer']);
    const timer = optionsOf('stretch-timer');
    assert.deepEqual(timer.find((o) => o.attribute === 'stretch'), { ...timer.find((o) => o.attribute === 'stretch'), kind: 'choice', values: stretchIds });
    assert.equal(timer.find((o) => o.attribute === 'sound')?.kind, 'boolean');
    assert.deepEqual(timer.find((o) => o.attribute === 'sides')?.values, ['both', 'one']);
    const hold = timer.find((o) => o.attribute === 'hold')!;
    assert.deepEqual([hold.kind, hold.min, hold.max, hold.label], ['number', 5, 300, 'Hold']);
    assert.equal(timer.find((o) => o.attribute === 'lead-in')?.label, 'Lead in');
    assert.deepEqual(optionsOf('glute-knot-guide').find((o) => o.attribute === 'sections'), { ...optionsOf('glute-knot-guide').find((o) => o.attribute === 'sections'), kind: 'list', values: guideSections });
    assert.deepEqual(optionsOf('causes-table').find((o) => o.attribute === 'theme')?.values, ['auto', 'light', 'dark']);
    assert.equal(optionsOf('causes-table').find((o) => o.attribute === 'theme')?.default, 'auto');
    assert.ok(described.every((d) => d.styles.some((s) => s.property === '--gk-color-accent')));
  });

  it('a new attribute added to the manifest appears as a control by itself', () => {
    const copy = structuredClone(manifest) as Manifest & { modules: { declarations?: { tagName?: string; attributes?: object[] }[] }[] };
    const timer = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'stretch-timer')!;
    timer.attributes!.push(
      { name: 'count-down', type: { text: 'boolean' }, description: 'Counts down aloud.' },
      { name: 'tempo', type: { text: 'number | undefined' }, description: 'Beats per minute, 40–200.', default: '60' },
      { name: 'mode', type: { text: "'calm' | 'brisk' | undefined" }, description: 'How it feels.' },
      { name: 'motto', type: { text: 'string | undefined' }, description: 'A line shown under the name.' },
    );
    const options = describeElements(copy, valueLists).find((d) => d.tag === 'stretch-timer')!.options;
    const by = (name: string) => options.find((o) => o.attribute === name);
    assert.equal(by('count-down')?.kind, 'boolean');
    assert.deepEqual([by('tempo')?.kind, by('tempo')?.min, by('tempo')?.max, by('tempo')?.default], ['number', 40, 200, '60']);
    assert.deepEqual([by('mode')?.kind, by('mode')?.values], ['choice', ['calm', 'brisk']]);
    assert.deepEqual([by('motto')?.kind, by('motto')?.label, by('motto')?.description], ['text', 'Motto', 'A line shown under the name.']);
  });
});

describe('configurator: the code', () => {
  const build = { version: '9.9.9', integrity: { 'stretch-timer.iife.js': 'sha384-AAA', 'locales/es.iife.js': 'sha384-BBB' }, reserveCss: readFileSync('demo/reserve.css', 'utf8') };

  it('writes the tag with escaped attributes, lang, styles and fallback text from the content', () => {
    const tag = elementTag({ tag: 'stretch-timer', attributes: { stretch: 'clamshell', hold: '45', sound: '', label: '<b>"x"</b>' }, styles: { '--gk-color-accent': '#c00' }, lang: 'es' });
    assert.equal(tag, '<stretch-timer stretch="clamshell" hold="45" sound label="&lt;b&gt;&quot;x&quot;&lt;/b&gt;" lang="es" style="--gk-color-accent: #c00">&lt;b&gt;"x"&lt;/b&gt;: Sube y mantén 45 segundos, 10 veces en cada lado.</stretch-timer>');
    assert.equal(fallbackText('stretch-timer', { stretch: 'pigeon-pose' }, 'en'), 'Pigeon pose: Hold 30 seconds, 3 times on each side.');
    assert.equal(fallbackText('stretch-routine', { stretches: 'pigeon-pose:45x2, nope, clamshell:one', heading: 'Home' }, 'en'),
      'Home. Pigeon pose: Hold 45 seconds, 2 times on each side. Clamshell: Lift and hold 5 seconds, 10 times.');
    assert.equal(fallbackText('glute-knot-guide', { sections: 'what, see-a-professional' }, 'en'), 'What is a knot in the glutes? When to get help.');
  });

  it('loads the element script, or the library, self-hosted or from the CDN with its hash, and the Spanish pack', () => {
    const choices = { ...initialState(), lang: 'es' as const };
    assert.equal(scriptTags(choices, build), '<script src="/glute-knots/stretch-timer.iife.js" defer></script>\n<script src="/glute-knots/locales/es.iife.js" defer></script>');
    assert.equal(scriptTags({ ...choices, source: 'cdn' }, build),
      '<script src="https://cdn.jsdelivr.net/npm/glute-knots@9.9.9/dist/stretch-timer.iife.js" integrity="sha384-AAA" crossorigin="anonymous" defer></script>\n'
      + '<script src="https://cdn.jsdelivr.net/npm/glute-knots@9.9.9/dist/locales/es.iife.js" integrity="sha384-BBB" crossorigin="anonymous" defer></script>');
    assert.equal(scriptTags({ ...initialState(), script: 'library', folder: '/js' }, build), '<script src="/js/glute-knots.iife.js" defer></script>');
  });

  it("keeps only the chosen element's reserve-space lines", () => {
    const css = reserveCssFor('causes-table', build.reserveCss);
    assert.match(css, /^@media \(scripting: enabled\) \{\n {2}causes-table:not\(:defined\) \{ display: block; min-height: [\d.]+em; \}\n\}/);
    assert.doesNotMatch(css, /stretch-timer|glute-knot-guide/);
    assert.equal(css.match(/@media/g)?.length, 2);
  });

  it('writes the shortcode with bare booleans', () => {
    assert.equal(shortcode({ tag: 'stretch-timer', attributes: { stretch: 'pigeon-pose', hold: '45', sound: '' } }), '[stretch_timer stretch="pigeon-pose" hold="45" sound]');
  });

  it('round-trips its choices through the address, and drops what is not allowed', () => {
    const state = { ...initialState('glute-knot-guide'), attributes: { sections: 'what, faq', 'heading-level': '3', 'no-timers': '' }, styles: { '--gk-font': 'Georgia, serif' }, lang: 'es' as const, source: 'cdn' as const, page: 'dark' as const };
    assert.deepEqual(readFragment(`#${writeFragment(state)}`, described), state);
    const odd = readFragment('#element=nope&a.theme=purple&a.onclick=x&s.--evil=1&lang=xx', described);
    assert.deepEqual(odd, initialState());
  });
});
