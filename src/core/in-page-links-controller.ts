import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/** The Navigation API (`window.navigation`), where the browser has it: it tells Back and Forward from new links. */
const navigationApi = (): EventTarget | undefined => (window as Window & { navigation?: EventTarget }).navigation;

/**
 * `#id` links inside a shadow root, which the browser cannot follow there: a click on one moves focus to the target
 * (a section's heading), scrolls to it and adds a history entry, as a link would, so Back returns the reader to where
 * they were. The page's own links and typed hashes naming an id inside the shadow root (and not in the page) scroll
 * there too, also when the page opens at one. Back and Forward are left to the browser's scroll restoration.
 * `beforeScroll(target)` runs first, e.g. to create what would grow above the target while scrolling past it.
 */
export class InPageLinksController implements ReactiveController {
  /** Set while the browser goes Back or Forward (known through the Navigation API where there is one). */
  private traversing = false;

  constructor(private readonly host: Host, private readonly beforeScroll: (target: HTMLElement) => Promise<void> = async () => {}) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('click', this.onClick as EventListener);
    window.addEventListener('hashchange', this.onHashChange);
    navigationApi()?.addEventListener('navigate', this.onNavigate);
    if (!this.host.hasUpdated) void this.host.updateComplete.then(() => this.followInitialHash());
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('click', this.onClick as EventListener);
    window.removeEventListener('hashchange', this.onHashChange);
    navigationApi()?.removeEventListener('navigate', this.onNavigate);
  }

  private get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  private onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('#') || !this.root.contains(link)) return;
    // The host's own ids are plain ASCII, so the href needs no decoding.
    const id = href.slice(1);
    const target = this.root.getElementById(id);
    if (!target) return;
    event.preventDefault();
    history.pushState(null, '', `#${id}`); // before scrolling: the entry we leave keeps the reader's place
    void this.goTo(target);
  };

  private onNavigate = (event: Event): void => {
    this.traversing = (event as Event & { navigationType?: string }).navigationType === 'traverse';
  };

  private onHashChange = (): void => {
    const traversing = this.traversing;
    this.traversing = false;
    const target = this.hashTarget();
    if (target && !traversing) void this.goTo(target);
  };

  /** The element of the shadow root that `location.hash` names, unless the page itself has an element with that id. */
  private hashTarget(): HTMLElement | null {
    const id = location.hash.slice(1);
    if (!id || document.getElementById(id)) return null;
    return this.host.shadowRoot?.getElementById(id) ?? null;
  }

  private async goTo(target: HTMLElement, focus = true): Promise<void> {
    const into = target.localName === 'section' ? target.querySelector<HTMLElement>('[part~="heading"]') ?? target : target;
    if (focus) into.focus({ preventScroll: true });
    await this.beforeScroll(target);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    into.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }

  /** A page opened at `#faq` (say, after a reload) scrolls to that section if the page itself has no such id. */
  private async followInitialHash(): Promise<void> {
    const target = this.hashTarget();
    if (!target) return;
    // Let what is around it lay out first, so the target does not move afterwards.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    void this.goTo(target, false);
  }
}
