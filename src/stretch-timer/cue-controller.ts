import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Phase } from '../core/clock.js';
import { tokenList } from '../core/attributes.js';
import { playTone, speak, stopSpeaking, vibrate } from '../core/cues.js';
import { isMuted } from '../core/reader-mute.js';
import { cueNames } from '../../content/ids.js';

export { cueNames };
export type CueName = (typeof cueNames)[number];

/** Which cues the reader gets, read at each cue. */
export interface CueSettings {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
  lang: string;
  /** The `cues` attribute as set, before any check. */
  cues: unknown;
}

/** The words said during a hold, in the reader's language. */
export interface HoldWords {
  tenLeft: string;
  halfway: string;
}

/**
 * The timer's cues: the message in its live region (what a screen reader hears), the on-device voice, tones and
 * vibration, each only where the host asked for it and the reader has not muted them. Speech stops when the host
 * leaves the page.
 */
export class CueController implements ReactiveController {
  /** The text of the live region. */
  message = '';
  private lastSecond = -1;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly settings: () => CueSettings) {
    host.addController(this);
  }

  /** The opt-in cues asked for, checked: an unknown value warns once and is ignored. */
  get active(): Set<CueName> {
    return tokenList(this.host, 'cues', this.settings().cues, cueNames);
  }

  /** Checked at every render, so a bad value warns as soon as it is set. */
  hostUpdate(): void {
    void this.active;
  }

  hostDisconnected(): void {
    stopSpeaking();
  }

  /** Says `message` to screen readers only (Paused, Resumed). */
  announce(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** A phase began: announce it, and speak, tone and vibrate where asked; `cued` (an opt-in cue is in it) sounds the cue tone. */
  phase({ text: message, cued = false }: { text: string; cued?: boolean }): void {
    this.lastSecond = -1;
    this.announce(message);
    this.out(message, cued ? 'cue' : 'phase', 200);
  }

  /**
   * Once per second of a hold. The live region says "10 seconds left" in holds of 15 s or more (always, for screen
   * readers); the `last-ten` cue also speaks and sounds that same line, and `halfway` adds "Halfway" (spoken, sounded
   * and announced). Count-in tones for the last three seconds.
   */
  second(phase: Phase, remainingMs: number, words: () => HoldWords): void {
    const secondsLeft = Math.ceil(remainingMs / 1000);
    if (secondsLeft === this.lastSecond) return;
    this.lastSecond = secondsLeft;
    const { sound } = this.settings();
    const cues = this.active;
    const halfway = cues.has('halfway') && secondsLeft === Math.floor(phase.durationMs / 2000);
    const tenLeft = secondsLeft === 10 && phase.durationMs >= 15_000;
    if (halfway || tenLeft) {
      const { halfway: half, tenLeft: ten } = words();
      this.announce([halfway && half, tenLeft && ten].filter(Boolean).join(' '));
      const said = [halfway && half, tenLeft && cues.has('last-ten') && ten].filter(Boolean).join(' ');
      if (said) this.out(said, secondsLeft <= 3 ? null : 'cue', null);
    }
    if (sound && !isMuted() && secondsLeft >= 1 && secondsLeft <= 3) playTone('count');
  }

  /** The session ended. */
  done(message: string): void {
    this.announce(message);
    this.out(message, 'end', [200, 100, 200]);
  }

  /** Back to the start: silence. */
  clear(): void {
    this.message = '';
    stopSpeaking();
    this.host.requestUpdate();
  }

  /** Speaks `text`, plays `tone` and vibrates `buzz`, each where asked and not muted by the reader. */
  private out(text: string, tone: Parameters<typeof playTone>[0] | null, buzz: number | number[] | null): void {
    if (isMuted()) return;
    const { voice, sound, vibrate: vibrates, lang } = this.settings();
    if (voice) speak(text, lang);
    if (sound && tone) playTone(tone);
    if (vibrates && buzz) vibrate(buzz);
  }
}
