import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The guide's first paint holds only its top and the opening of its first section when that already fills the screen
 * down to its bottom edge; the other sections are their headings, below the screen. Right after that paint every section is
 * rendered (off screen, so nothing on screen moves), and screen readers, find-in-page, print and in-page links have
 * all of it. When the first section ends on screen, the rest is rendered at once, before the first paint.
 * `whole` says which render this is; `done` resolves once the whole guide has rendered.
 */
export class FirstPaintController implements ReactiveController {
  whole = false;
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private scheduled = false;

  /** `firstPart()`: the last element of the first render (the first section), whose bottom edge is checked. */
  constructor(private readonly host: ReactiveElement, private readonly firstPart: () => Element | null) {
    host.addController(this);
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
  }

  hostUpdated(): void {
    if (this.whole) this.resolveDone();
    if (this.whole || this.scheduled) return;
    this.scheduled = true;
    // A frame's callback runs before its layout and paint (the elements inside have rendered by then): reading the
    // first part's box there is the layout that frame needs anyway. If the first part ends on screen, the rest would
    // show: it renders at once (a microtask, still before the paint); otherwise in a task queued from there, which
    // runs after the paint. A page opened in a background tab has no frames until shown: a timeout renders it there.
    requestAnimationFrame(() => {
      if ((this.firstPart()?.getBoundingClientRect().bottom ?? 0) <= innerHeight) this.renderWhole();
      else setTimeout(() => this.renderWhole());
    });
    if (document.hidden) setTimeout(() => this.renderWhole(), 1000);
  }

  /** Renders every section now (the host updates). */
  renderWhole(): void {
    if (this.whole) return;
    this.whole = true;
    this.host.requestUpdate();
  }
}
