import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * "Full screen": the timer large, for a phone on the floor or a screen across a studio. The element's base goes
 * full screen through the Fullscreen API where the browser has it for elements; elsewhere (iPhone Safari), or if the
 * browser refuses, the base becomes a fixed overlay over the whole viewport. Escape and the toggle leave it (the
 * browser handles Escape for the API). The frame around the base keeps its height meanwhile, so nothing in the page
 * moves, and keyboard focus stays on (or comes back to) the toggle.
 */
export class FullscreenController implements ReactiveController {
  /** How the timer is shown large now, if it is. */
  mode: 'api' | 'overlay' | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get active(): boolean {
    return this.mode !== null;
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
    document.removeEventListener('keydown', this.onKey);
    if (this.active) this.leave();
  }

  toggle(): void {
    if (this.active) this.leave();
    else this.enter();
  }

  enter(): void {
    const base = this.part('.gk');
    if (!base || this.active) return;
    this.keepHeight(true);
    if (typeof base.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      this.set('api');
      // Refused (no user gesture, a frame without allowfullscreen, a browser that cannot): the overlay instead.
      base.requestFullscreen().catch(() => {
        if (this.mode === 'api') this.set('overlay');
      });
    } else {
      this.set('overlay');
    }
  }

  leave(): void {
    if (!this.active) return;
    if (this.mode === 'api' && this.isFullscreen()) void document.exitFullscreen?.().catch(() => undefined);
    const hadFocus = this.host.matches(':focus-within');
    this.set(null);
    this.keepHeight(false);
    if (hadFocus) void this.host.updateComplete.then(() => this.part('.full-toggle')?.focus());
  }

  private isFullscreen(): boolean {
    return document.fullscreenElement === this.host;
  }

  private set(mode: FullscreenController['mode']): void {
    this.mode = mode;
    this.host.requestUpdate();
  }

  /** The frame keeps the height the timer had in the page while the timer is shown large. */
  private keepHeight(keep: boolean): void {
    const frame = this.part('.frame');
    if (!frame) return;
    if (keep) frame.style.setProperty('min-block-size', `${frame.getBoundingClientRect().height}px`);
    else frame.style.removeProperty('min-block-size');
  }

  private part(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** The browser left full screen (Escape, the system's own control): follow it. */
  private onChange = (): void => {
    if (this.mode === 'api' && !this.isFullscreen()) this.leave();
  };

  private onKey = (event: KeyboardEvent): void => {
    if (this.mode === 'overlay' && event.key === 'Escape') {
      event.preventDefault();
      this.leave();
    }
  };
}
