import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScreenWakeLock } from './wake-lock.js';

/**
 * Holds the screen awake whenever `wanted()` is true after an update, where the Screen Wake Lock API exists. The
 * browser drops the lock when the page is hidden: it is asked for again when the page is shown. Released when the
 * host leaves the page.
 */
export class WakeLockController implements ReactiveController {
  private readonly lock = new ScreenWakeLock();

  constructor(host: ReactiveControllerHost, private readonly wanted: () => boolean) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.follow);
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.follow);
    this.lock.release();
  }

  get held(): boolean {
    return this.lock.held;
  }

  private follow = (): void => {
    if (this.wanted() && document.visibilityState !== 'hidden') void this.lock.acquire();
    else this.lock.release();
  };
}
