import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { elements } from '../src/elements.js';

interface ManifestAttribute { name: string; fieldName?: string }
interface ManifestDeclaration { tagName?: string; attributes?: ManifestAttribute[] }

/** Every element's public attributes, read from custom-elements.json (the documented API is what gets fuzzed). */
async function publicApi(): Promise<{ tag: string; attributes: ManifestAttribute[] }[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  return (manifest.modules as { declarations?: ManifestDeclaration[] }[])
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is Required<ManifestDeclaration> => Boolean(d.tagName))
    .map((d) => ({ tag: d.tagName, attributes: d.attributes ?? [] }));
}

/** Junk of every kind, weighted toward the values people actually mistype. */
const junk = fc.oneof(
  fc.constantFrom('', ' ', 'abc', '-5', '1e9', 'NaN', 'Infinity', '0', '00', '3.7', 'true', 'false', 'null', 'undefined',
    '<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', 'pigeon-pose', 'both', 'one', 'dark', 'what,causes,nope',
    'figure-four,,pigeon-pose', '🙂'.repeat(50), 'x'.repeat(5000)),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.constant({ toString: () => { throw new Error('hostile toString'); } }),
  fc.constant(Symbol('x')),
);

const asAttribute = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'symbol') return 'symbol';
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? '[value]');
  } catch {
    return '[object]';
  }
};

describe('fuzzing every attribute and property (fast-check)', () => {
  let errors: string[];
  let warnings = 0;
  const originalWarn = console.warn;
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  beforeEach(() => {
    errors = [];
    warnings = 0;
    console.warn = () => {
      warnings++;
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('finds every element in the manifest', async () => {
    const tags = (await publicApi()).map((e) => e.tag).sort();
    expect(tags).to.have.members([...elements]);
  });

  it('1000 random values per attribute and per property: nothing throws, warnings are printed, the element still renders', async function () {
    this.timeout(240000);
    for (const { tag, attributes } of await publicApi()) {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<div></div>`).then((div) => {
        const created = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        div.append(created);
        return created;
      });
      await el.updateComplete;
      const names = attributes.map((a) => a.name);
      await fc.assert(
        fc.asyncProperty(fc.array(junk, { minLength: names.length, maxLength: names.length }), fc.boolean(), async (values, viaProperty) => {
          attributes.forEach((attribute, i) => {
            if (viaProperty && attribute.fieldName) (el as unknown as Record<string, unknown>)[attribute.fieldName] = values[i];
            else {
              const text = asAttribute(values[i]);
              if (text === null) el.removeAttribute(attribute.name);
              else el.setAttribute(attribute.name, text);
            }
          });
          await el.updateComplete;
          expect(el.shadowRoot!.childElementCount, `${tag} still renders`).to.be.greaterThan(0);
        }),
        { numRuns: 1000 },
      );
      expect(errors, `${tag}: errors`).to.deep.equal([]);
      expect(warnings, `${tag}: bad values warned`).to.be.greaterThan(0);
      expect((window as unknown as { __pwned?: number }).__pwned, `${tag}: nothing executed`).to.equal(undefined);
      el.parentElement!.remove();
    }
  });
});
