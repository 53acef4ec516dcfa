// Language packs hold words only: every shipped pack has English's sections, ids and keys, passes the validator once
// joined with the shared data, and cannot change a hold or drop a citation.
import { expect, fixture, html } from '@open-wc/testing';
import * as en from '../content/en/index.js';
import * as es from '../content/es/index.js';
import { contentSections, shippedLocales, uiSections } from '../content/ids.js';
import { joinContent } from '../content/join.js';
import { validateContent } from '../content/validate.js';
import { registerLocale } from '../src/core/locale.js';
import '../src/stretch-timer/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';

const packs: Record<string, Record<string, unknown>> = { es };

/** Every key path in a value (lists are leaves: a translation may have more or fewer steps). */
function keyPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [`${path}.${key}`, ...keyPaths(child, `${path}.${key}`)]).sort();
}

/** Plural categories a language may add (Spanish has `many`). */
const pluralKey = /\.(zero|one|two|few|many)$/;

describe('language packs', () => {
  it('the shipped packs are the ones declared in content/ids.ts', () => {
    expect(Object.keys(packs)).to.deep.equal([...shippedLocales]);
  });

  for (const [lang, pack] of Object.entries(packs)) {
    it(`${lang}: has English's health-content ids and keys, no more and no fewer`, () => {
      for (const section of contentSections) {
        expect(keyPaths(pack[section]), `${lang}.${section}`).to.deep.equal(keyPaths(en[section]));
      }
    });

    it(`${lang}: has every interface string English has, and nothing else but plural forms`, () => {
      for (const section of uiSections) {
        const mine = keyPaths(pack[section]);
        const english = keyPaths(en[section]);
        expect(english.filter((key) => !mine.includes(key)), `${lang}.${section} lacks`).to.deep.equal([]);
        expect(mine.filter((key) => !english.includes(key) && !pluralKey.test(key)), `${lang}.${section} adds`).to.deep.equal([]);
      }
    });

    it(`${lang}: joined with the shared data, passes the content validator`, () => {
      expect(validateContent(joinContent(pack as never))).to.deep.equal([]);
    });
  }

  it('a pack cannot change a hold or drop a citation: those come from the shared data', async () => {
    registerLocale('x-hold', {
      stretches: { 'pigeon-pose': { name: 'Paloma X', hold: 45, sides: 'one', sources: [] } as never },
    });
    const el = await fixture<StretchTimer>(html`<stretch-timer lang="x-hold" stretch="pigeon-pose"></stretch-timer>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Paloma X').and.contain('30 seconds').and.not.contain('45');
    const joined = joinContent({ ...en, stretches: { ...en.stretches, 'pigeon-pose': { ...en.stretches['pigeon-pose'], hold: 45, sources: [] } as never } });
    const pigeon = joined.stretches.find((s) => s.id === 'pigeon-pose')!;
    expect(pigeon.hold).to.equal(30);
    expect(pigeon.sides).to.equal('both');
    expect(pigeon.sources.length).to.be.greaterThan(0);
  });
});
