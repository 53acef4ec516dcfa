import { stretchIds } from '../content/data.js';
import { expect } from '@open-wc/testing';
import { content } from '../content/en/index.js';
import { guideText, tableText } from '../content/en/ui-guide.js';
import { redFlagLevels } from '../content/ids.js';
import { validateContent } from '../content/validate.js';

/** Every `sources` list anywhere in a value, with the path that leads to it. */
function citations(value: unknown, path = 'content'): { path: string; ids: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citations(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && path !== 'content' ? [{ path, ids: child }] : citations(child, `${path}.${key}`));
}

/** Every string in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('content', () => {
  it('passes the validator', () => {
    expect(validateContent(content)).to.deep.equal([]);
  });

  it('has the five causes of the article and every exercise the timers know, in the data\'s order', () => {
    expect(content.causes.map((c) => c.id)).to.deep.equal(['overuse', 'poor-posture', 'inactivity', 'injury', 'stress']);
    expect(content.stretches.map((s) => s.id)).to.deep.equal([...stretchIds]);
    expect(stretchIds).to.have.length(13);
  });

  it('the validator rejects an empty list', () => {
    expect(validateContent({ ...content, faq: [] })).to.deep.equal(['faq: needs at least one item']);
  });

  it('every fact cites at least one source, and every cited id exists', () => {
    const known = new Set(content.sources.map((s) => s.id));
    const cited = citations(content);
    const { intro, redFlags: flags } = content;
    const facts = intro.what.length + intro.who.length + 1 + intro.muscles.length + content.causes.length + content.symptoms.length
      + content.treatments.length + content.stretches.length + 2 + content.prevention.length + 1 + content.faq.length
      + redFlagLevels.reduce((sum, level) => sum + flags[level].items.length, 0) + flags.box.items.length;
    expect(cited.length, 'every fact item carries a sources list').to.equal(facts);
    for (const { path, ids } of cited) {
      expect(Array.isArray(ids) && ids.length > 0, `${path} cites nothing`).to.equal(true);
      for (const id of ids as string[]) expect(known.has(id), `${path} cites unknown source ${id}`).to.equal(true);
    }
  });

  it('source ids are unique and every source is used', () => {
    const ids = content.sources.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const used = new Set(citations(content).flatMap(({ ids }) => ids as string[]));
    expect(ids.filter((id) => !used.has(id))).to.deep.equal([]);
  });

  it('the words of the table and the guide are all filled in', () => {
    for (const text of [...strings(tableText), ...strings(guideText)]) expect(text.trim()).to.not.equal('');
    expect(guideText.disclaimer).to.contain('{date}').and.contain('not medical advice');
  });
});
