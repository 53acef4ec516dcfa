/** Marks classes that come from this library, across copies of the bundle. */
const LIBRARY_MARK = Symbol.for('glute-knots.element');

type Marked = CustomElementConstructor & { [LIBRARY_MARK]?: true };

/**
 * Registers `tag` safely. If the tag is already defined by glute-knots (for
 * example the script was pasted twice) this does nothing; if something else
 * owns the tag it warns and leaves that definition alone. Never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  (element as Marked)[LIBRARY_MARK] = true;
  const existing = customElements.get(tag) as Marked | undefined;
  if (existing) {
    if (!existing[LIBRARY_MARK]) {
      console.warn(`glute-knots: <${tag}> is already defined by another script; glute-knots leaves it alone.`);
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`glute-knots: could not define <${tag}>.`, error);
  }
}
