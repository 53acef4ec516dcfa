// Registration: each class's static define(tag?, registry?), safe when loaded twice or beside another copy, and the
// side-effect-free class entries.
import { expect, fixture } from '@open-wc/testing';
import { LIBRARY_MARK, version } from '../src/core/define.js';
import { elements } from '../src/elements.js';
import { CausesTable, GluteKnotGuide, StretchTimer } from '../src/index.js';
import { openFrame } from './helpers/frame.js';
import { captureWarnings } from './helpers/warnings.js';

describe('registration', () => {
  it('every element in src/elements.ts is defined under its tag by importing the library', () => {
    for (const tag of elements) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('stretch-timer')).to.equal(StretchTimer);
  });

  it('loading twice never throws and says nothing', () => {
    const warnings = captureWarnings(() => {
      StretchTimer.define();
      CausesTable.define('causes-table');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('a site with a name clash registers an element under another tag, and it works there', async () => {
    const warnings = captureWarnings(() => StretchTimer.define('gym-stretch-timer'));
    expect(warnings).to.deep.equal([]);
    const Defined = customElements.get('gym-stretch-timer')!;
    expect(new Defined()).to.be.an.instanceOf(StretchTimer);
    const el = await fixture<StretchTimer>('<gym-stretch-timer stretch="pigeon-pose"></gym-stretch-timer>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Pigeon pose');
    expect(customElements.get('stretch-timer')).to.equal(StretchTimer);
  });

  it('an element that contains others keeps using their default tags under its own new tag', async () => {
    GluteKnotGuide.define('clinic-guide');
    const el = await fixture<GluteKnotGuide>('<clinic-guide sections="causes"></clinic-guide>');
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('causes-table')!;
    expect(table).to.be.an.instanceOf(CausesTable);
  });

  it('warns, and leaves the tag alone, when another script owns it', () => {
    class Other extends HTMLElement {}
    customElements.define('gk-owned-elsewhere', Other);
    const warnings = captureWarnings(() => StretchTimer.define('gk-owned-elsewhere'));
    expect(customElements.get('gk-owned-elsewhere')).to.equal(Other);
    expect(warnings.join(' ')).to.contain('<gk-owned-elsewhere> is already defined by another script');
  });

  it('is silent when another copy of the same version owns the tag, and warns for another version', () => {
    const copy = (v: string) => Object.assign(class extends HTMLElement {}, { [LIBRARY_MARK]: v });
    customElements.define('gk-same-version', copy(version));
    customElements.define('gk-other-version', copy('0.0.1-old'));
    const warnings = captureWarnings(() => {
      StretchTimer.define('gk-same-version');
      StretchTimer.define('gk-other-version');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<gk-other-version> is already defined by glute-knots 0.0.1-old').and.contain(`this copy (${version})`);
  });

  it('the class entry defines nothing; the defining entry defines its tag', async function () {
    this.timeout(20000);
    const win = await openFrame({ body: '' });
    const mod = await (win as unknown as { eval(code: string): Promise<Record<string, unknown>> }).eval('import("/dist/causes-table.class.js")');
    expect(mod.CausesTable).to.be.a('function');
    expect(win.customElements.get('causes-table')).to.equal(undefined);
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval('import("/dist/causes-table.js")');
    expect(win.customElements.get('causes-table')).to.equal(mod.CausesTable);
    expect(win.__errors).to.deep.equal([]);
  });
});
