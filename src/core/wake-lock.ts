/**
 * Keeps the screen awake while a timer runs, where the Screen Wake Lock API
 * exists. The browser drops the lock when the page is hidden; call
 * `acquire()` again when it is visible.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private wanted = false;
  /** A request is on its way: asking again meanwhile would end with two locks. */
  private requesting = false;

  async acquire(): Promise<void> {
    this.wanted = true;
    if (this.sentinel || this.requesting || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    this.requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      if (!this.wanted) {
        void sentinel.release();
        return;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.sentinel === sentinel) this.sentinel = null;
      });
    } catch {
      /* denied (battery saver, permissions policy, not visible): the timer still works */
    } finally {
      this.requesting = false;
    }
  }

  release(): void {
    this.wanted = false;
    const sentinel = this.sentinel;
    this.sentinel = null;
    if (sentinel) void sentinel.release().catch(() => undefined);
  }

  get held(): boolean {
    return this.sentinel !== null;
  }
}
