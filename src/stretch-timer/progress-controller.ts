import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the session is, as the bar needs it (a `SessionController`). */
export interface ProgressSource {
  /** Progress through the phase, 0–1. */
  readonly fraction: number;
  readonly running: boolean;
  /** The phase in view: the bar's animation restarts when it changes. */
  readonly index: number;
  readonly phases: readonly { durationMs: number }[];
  readonly remainingMs: number;
}

/**
 * The progress bar: while running it is a CSS animation timed from the clock's own deadline (restarted only when the
 * phase or the running state changes), so it moves smoothly with no script per frame; otherwise it shows the
 * fraction. Set through the CSS object model: a `style` attribute would break a strict Content-Security-Policy.
 */
export class ProgressController implements ReactiveController {
  private key = '';
  private sweeps = 0;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }, private readonly session: ProgressSource) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector<HTMLElement>('.fill');
    if (!bar) return;
    const { fraction, running, index, remainingMs } = this.session;
    const durationMs = this.session.phases[index]?.durationMs ?? 0;
    bar.style.setProperty('--fraction', String(fraction));
    const key = `${index}|${running}`;
    if (key === this.key) return;
    this.key = key;
    if (running && durationMs) {
      // Two keyframe names taken in turn, so a new phase restarts the animation.
      bar.style.setProperty('animation-name', this.sweeps++ % 2 ? 'gk-fill-a' : 'gk-fill-b');
      bar.style.setProperty('animation-duration', `${durationMs}ms`);
      bar.style.setProperty('animation-delay', `${-(durationMs - remainingMs)}ms`);
    } else {
      bar.style.setProperty('animation-name', 'none');
    }
  }
}
