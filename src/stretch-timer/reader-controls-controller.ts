import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timeSource } from '../core/clock.js';
import {
  audioAvailable, hasLocalVoice, primeSpeech, speechAvailable, stopSpeaking, unlockAudio, vibrationAvailable,
} from '../core/cues.js';
import { isMuted, onMutedChange, setMuted } from '../core/reader-mute.js';

/** The cues the site turned on, and the reader's language. */
export interface OutputSettings {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
  lang: string;
}

export type Output = 'voice' | 'sound' | 'vibrate';

/** How long after Start a voice may take to load before the timer says there is none. */
export const voiceWaitMs = 1000;

/**
 * The reader's side of the cues the site turned on: the "Mute" toggle (one state for every element of the page, see
 * `reader-mute.ts`), priming speech and audio inside the Start tap (iOS allows them later only then), and the notice
 * that a cue cannot work on this device (no speech engine, no on-device voice a second after Start, no Web Audio, no
 * vibration), each said once per element instead of failing silently.
 */
export class ReaderControlsController implements ReactiveController {
  /** Whether the reader muted the cues (on this page, for every element). */
  muted = isMuted();
  /** The cues found not to work here, in the order found. */
  readonly unavailable = new Set<Output>();
  private stopListening?: () => void;
  private voiceCheck: number | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly settings: () => OutputSettings) {
    host.addController(this);
  }

  hostConnected(): void {
    this.muted = isMuted();
    this.stopListening = onMutedChange((muted) => {
      this.muted = muted;
      if (muted) stopSpeaking();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.cancelVoiceCheck();
  }

  /** Whether the site turned on any cue the reader could mute. */
  get offered(): boolean {
    const { sound, voice, vibrate } = this.settings();
    return sound || voice || vibrate;
  }

  /** The reader's toggle: mutes or unmutes every element of the page. Unmuting is a tap too: audio is unlocked again. */
  toggle(): void {
    const muting = !isMuted();
    if (!muting) this.prime();
    setMuted(muting);
  }

  /** Call inside the Start (or Resume) tap: primes speech and audio, and checks that each cue asked for can work. */
  started(): void {
    const { sound, voice, vibrate } = this.prime();
    if (sound && !audioAvailable()) this.mark('sound');
    if (vibrate && !vibrationAvailable()) this.mark('vibrate');
    if (!voice || this.unavailable.has('voice')) return;
    if (!speechAvailable()) {
      this.mark('voice');
      return;
    }
    this.cancelVoiceCheck();
    this.voiceCheck = timeSource.setTimeout(() => {
      this.voiceCheck = null;
      if (!hasLocalVoice(this.settings().lang)) this.mark('voice');
    }, voiceWaitMs);
  }

  /** Back to the start: no check waiting. */
  reset(): void {
    this.cancelVoiceCheck();
  }

  private prime(): OutputSettings {
    const settings = this.settings();
    if (settings.sound) unlockAudio();
    if (settings.voice) primeSpeech();
    return settings;
  }

  private mark(output: Output): void {
    if (this.unavailable.has(output)) return;
    this.unavailable.add(output);
    this.host.requestUpdate();
  }

  private cancelVoiceCheck(): void {
    if (this.voiceCheck !== null) timeSource.clearTimeout(this.voiceCheck);
    this.voiceCheck = null;
  }
}
