import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Phase } from '../core/clock.js';
import { playTone, speak, stopSpeaking, vibrate } from '../core/cues.js';

/** Which cues the reader gets, read at each cue. */
export interface CueSettings {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
  lang: string;
}

/**
 * The timer's cues: the message in its live region (what a screen reader hears), the on-device voice, tones and
 * vibration, each only where the host asked for it. Speech stops when the host leaves the page.
 */
export class CueController implements ReactiveController {
  /** The text of the live region. */
  message = '';
  private lastSecond = -1;

  constructor(private readonly host: ReactiveControllerHost, private readonly settings: () => CueSettings) {
    host.addController(this);
  }

  hostDisconnected(): void {
    stopSpeaking();
  }

  /** Says `message` to screen readers only (Paused, Resumed). */
  announce(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** A phase began: announce it, and speak, tone and vibrate where asked. */
  phase(message: string): void {
    const { voice, sound, vibrate: buzz, lang } = this.settings();
    this.lastSecond = -1;
    this.announce(message);
    if (voice) speak(message, lang);
    if (sound) playTone('phase');
    if (buzz) vibrate(200);
  }

  /** Once per second of a hold: "10 seconds left" (holds of 15 s or more), count-in tones for the last three. */
  second(phase: Phase, remainingMs: number, tenLeft: () => string): void {
    const secondsLeft = Math.ceil(remainingMs / 1000);
    if (secondsLeft === this.lastSecond) return;
    this.lastSecond = secondsLeft;
    if (secondsLeft === 10 && phase.durationMs >= 15_000) this.announce(tenLeft());
    if (this.settings().sound && secondsLeft >= 1 && secondsLeft <= 3) playTone('count');
  }

  /** The session ended. */
  done(message: string): void {
    const { voice, sound, vibrate: buzz, lang } = this.settings();
    this.announce(message);
    if (voice) speak(message, lang);
    if (sound) playTone('end');
    if (buzz) vibrate([200, 100, 200]);
  }

  /** Back to the start: silence. */
  clear(): void {
    this.message = '';
    stopSpeaking();
    this.host.requestUpdate();
  }
}
