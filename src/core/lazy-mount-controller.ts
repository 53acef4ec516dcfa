import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * Creates parts of a long shadow tree only when they are scrolled near: the host renders each such part as a
 * placeholder `[data-asleep][data-key=…]` (with the part's height) until `awake` has its key. After each update the
 * placeholders are watched with one IntersectionObserver (200 px ahead); `wake(keys)` creates them at once.
 */
export class LazyMountController implements ReactiveController {
  /** Keys of the parts that have been scrolled near, and so exist. */
  awake: ReadonlySet<string> = new Set();
  private observer: IntersectionObserver | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-added to the page: observe again what is still asleep.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostUpdated(): void {
    const asleep = this.host.shadowRoot!.querySelectorAll<HTMLElement>('[data-asleep]');
    if (!asleep.length) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.wake([...asleep].map((el) => el.dataset.key!));
      return;
    }
    this.observer ??= new IntersectionObserver((entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      for (const el of near) this.observer?.unobserve(el);
      this.wake(near.map((el) => el.dataset.key!));
    }, { rootMargin: '200px 0px' });
    for (const el of asleep) this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Creates the parts with these keys (the host re-renders). */
  wake(keys: readonly string[]): void {
    if (keys.every((key) => this.awake.has(key))) return;
    this.awake = new Set([...this.awake, ...keys]);
    this.host.requestUpdate();
  }

  /** Wakes every part still asleep before `target` in the tree, and waits until they exist. */
  async wakeAbove(target: Node): Promise<void> {
    const above = [...this.host.shadowRoot!.querySelectorAll<HTMLElement>('[data-asleep]')]
      .filter((el) => el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!above.length) return;
    this.wake(above.map((el) => el.dataset.key!));
    await this.host.updateComplete;
  }
}
