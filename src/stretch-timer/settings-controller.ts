import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The timer's settings, checked: resolved again before a render whenever one of its inputs changed (compared value by
 * value), and on demand at Start (settings set just before `start()` have not been rendered yet). `changed` hears of
 * each new resolution made before a render (the timer loads a new plan unless a session is under way: that one keeps
 * its plan, and the new settings apply from the next start).
 */
export class SettingsController<T> implements ReactiveController {
  private current?: T;
  private inputs: readonly unknown[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly read: () => readonly unknown[],
    private readonly resolve: () => T,
    private readonly changed: (settings: T) => void,
  ) {
    host.addController(this);
  }

  /** The settings as last resolved (resolved now if never). */
  get value(): T {
    return this.current ?? this.refresh();
  }

  /** Resolves the settings now. */
  refresh(): T {
    this.inputs = this.read();
    return (this.current = this.resolve());
  }

  hostUpdate(): void {
    const inputs = this.read();
    if (this.current && inputs.every((v, i) => Object.is(v, this.inputs[i]))) return;
    this.changed(this.refresh());
  }
}
