/** Reading the elements' text and waiting for them to render, shared by every test file. */

type Lit = Element & { updateComplete: Promise<unknown>; isUpdatePending?: boolean };

/** Runs of white space (line breaks from templates included) as one space, trimmed; '' for no text. */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of a node, cleaned; '' for no node. */
export const textOf = (node: Node | null | undefined): string => clean(node?.textContent);

/**
 * The text of the first match for `selector` inside `root`, cleaned ('' when nothing matches). An element is searched
 * through its shadow root when it has one, so `textIn(timer, '.phase')` reads what the timer shows (elements in an
 * iframe too: no `instanceof`, which would ask the wrong window).
 */
export const textIn = (root: ParentNode, selector: string): string =>
  textOf(((root as Partial<Element>).shadowRoot ?? root).querySelector(selector));

/** What a sighted reader sees: the text without the visually hidden words (such as "source" before a number). */
export function seen(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return clean(copy?.textContent);
}

/** `el` if it is a Lit element, and every Lit element inside its shadow root, through nested shadow roots. */
function litHosts(el: Element): Lit[] {
  const found: Lit[] = [];
  const visit = (node: Element) => {
    if ('updateComplete' in node) found.push(node as Lit);
    for (const inner of node.shadowRoot?.querySelectorAll('*') ?? []) if (inner.localName.includes('-')) visit(inner);
  };
  visit(el);
  return found;
}

/**
 * Resolves once `el` and the elements in its shadow tree have finished updating. They start each other's updates (a
 * routine starts its next timer once both have rendered, a guide re-themes its table), so this goes round until a pass
 * ends with no update pending anywhere; it takes at least three passes, for those hand-offs that await in turn.
 */
export async function settled(el: Element): Promise<void> {
  for (let pass = 1; pass <= 20; pass++) {
    await Promise.all(litHosts(el).map((host) => host.updateComplete));
    if (pass >= 3 && litHosts(el).every((host) => !host.isUpdatePending)) return;
  }
  throw new Error(`<${el.localName}> was still updating after 20 passes`);
}
