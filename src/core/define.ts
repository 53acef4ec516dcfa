
/** Marks the classes of glute-knots, across copies of the library: the value is the copy's version. */
export const LIBRARY_MARK = Symbol.for('glute-knots.element');

/** package.json's version, written in by the build (and the test runner); `0.0.0-dev` where nothing did. */
declare const __GK_VERSION__: string | undefined;

/** The version of this copy of glute-knots. */
export const version: string = typeof __GK_VERSION__ === 'string' ? __GK_VERSION__ : '0.0.0-dev';

type Marked = CustomElementConstructor & { [LIBRARY_MARK]?: string };

/** Tags already warned about: the guide and routine define their inner tags again, which should not repeat it. */
const warned = new Set<string>();
const warn = (tag: string, message: string, ...rest: unknown[]) => {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`glute-knots: ${message}`, ...rest);
};

/**
 * Registers `element` as `tag` in `registry`; never throws. When the tag is taken: by this copy, or another copy of
 * the same version (the script pasted twice), nothing happens; by another version of glute-knots, or by something
 * else, it warns and leaves that definition alone. One class can be registered under several tags (a site with a name
 * clash picks its own): each extra tag gets a subclass, as a registry takes a class only once.
 */
export function defineElement(element: CustomElementConstructor, tag: string, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return; // no custom elements here (server-side rendering, very old browser)
  const existing = registry.get(tag) as Marked | undefined;
  if (existing) {
    const theirs = existing[LIBRARY_MARK];
    if (existing === element || theirs === version) return;
    warn(tag, theirs === undefined
      ? `<${tag}> is already defined by another script; glute-knots leaves it alone.`
      : `<${tag}> is already defined by glute-knots ${theirs}; this copy (${version}) leaves it alone. Load one version on the page.`);
    return;
  }
  try {
    registry.define(tag, element);
  } catch {
    try {
      registry.define(tag, class extends (element as typeof HTMLElement) {});
    } catch (error) {
      warn(tag, `could not define <${tag}>.`, error);
    }
  }
}
