import { timeSource } from '../../src/core/clock.js';

/**
 * A fake clock for timer tests: replaces the library's time source so a test
 * can move time forward and count what is scheduled.
 */
export class FakeTime {
  now = 1000;
  private nextId = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private saved = { ...timeSource };

  install(): this {
    timeSource.now = () => this.now;
    timeSource.setTimeout = (fn, ms) => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.now + ms, fn });
      return id;
    };
    timeSource.clearTimeout = (id) => {
      this.timers.delete(id);
    };
    return this;
  }

  uninstall(): void {
    Object.assign(timeSource, this.saved);
  }

  /** How many callbacks are waiting to run. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, running due callbacks in time order (as a visible page would). */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].fn();
    }
    this.now = end;
  }

  /** Moves time forward without running anything (a hidden tab or a blocked main thread). */
  jump(ms: number): void {
    this.now += ms;
  }
}

/**
 * Makes the page report itself `visible` or `hidden` and tells listeners, as
 * switching tabs would; `null` goes back to the browser's own value.
 */
export function setVisibility(state: DocumentVisibilityState | null): void {
  if (state === null) {
    delete (document as unknown as Record<string, unknown>).visibilityState;
    return;
  }
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * For a `describe` block: each test gets a fresh fake clock (handed to `use`) and a visible page; both are put back
 * after it.
 */
export function fakeTimeForEachTest(use: (time: FakeTime) => void): void {
  let time: FakeTime;
  beforeEach(() => {
    time = new FakeTime().install();
    use(time);
    setVisibility('visible');
  });
  afterEach(() => {
    time.uninstall();
    setVisibility(null);
  });
}
