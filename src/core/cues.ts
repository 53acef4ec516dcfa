/**
 * Optional cues for timers: short tones made with Web Audio (no files, no
 * requests), speech with an on-device voice only, and vibration. Every call is
 * safe where the feature is missing: it simply does nothing.
 */

import { baseLanguage } from './text.js';

export type Tone = 'phase' | 'count' | 'end' | 'cue';

const tones: Record<Tone, { freq: number[]; ms: number }> = {
  phase: { freq: [660], ms: 180 },
  /** The opt-in cues (switch sides, halfway, 10 seconds left, next exercise): two falling notes, unlike a phase. */
  cue: { freq: [880, 660], ms: 120 },
  count: { freq: [880], ms: 90 },
  end: { freq: [523, 659, 784], ms: 160 },
};

type AudioCtor = typeof AudioContext;
let audio: AudioContext | null = null;
let audioCtor: AudioCtor | null = null;

const audioConstructor = (): AudioCtor | undefined =>
  window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext;

/** Whether this browser can make tones at all. */
export const audioAvailable = (): boolean => typeof audioConstructor() === 'function';

/** Whether this browser has a speech engine at all (voices may still be missing: see `hasLocalVoice`). */
export const speechAvailable = (): boolean =>
  typeof window.speechSynthesis?.speak === 'function' && typeof window.SpeechSynthesisUtterance === 'function';

/** Whether this browser can vibrate (iOS cannot). */
export const vibrationAvailable = (): boolean => typeof navigator.vibrate === 'function';

/** An on-device voice for `lang`, if the engine has one now (a remote voice would send the text away). */
function localVoice(lang: string): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(baseLanguage(lang)));
}

/** Whether an on-device voice for `lang` is available now. */
export function hasLocalVoice(lang: string): boolean {
  try {
    return speechAvailable() && !!localVoice(lang);
  } catch {
    return false;
  }
}

/**
 * Call from a user gesture (the Start tap) when `voice` is on: speaks an empty, silent utterance, which is what iOS
 * needs before it lets a page speak later without a tap. Also asks for the voices, which some engines load lazily.
 */
export function primeSpeech(): void {
  try {
    if (!speechAvailable()) return;
    window.speechSynthesis.getVoices();
    const utterance = new SpeechSynthesisUtterance('');
    utterance.volume = 0;
    window.speechSynthesis.speak(utterance);
  } catch {
    /* speech is optional */
  }
}

/**
 * Call from a user gesture (the Start tap): creates and resumes the audio
 * context so later tones play on iOS, and asks for "playback" so the iPhone's
 * silent switch does not mute them.
 */
export function unlockAudio(): void {
  try {
    const session = (navigator as Navigator & { audioSession?: { type: string } }).audioSession;
    if (session) session.type = 'playback';
    const Ctor = audioConstructor();
    if (!Ctor) return;
    if (!audio || audioCtor !== Ctor) [audio, audioCtor] = [new Ctor(), Ctor];
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  } catch {
    audio = null;
  }
}

/** Plays a short tone; a no-op until `unlockAudio()` has run. */
export function playTone(kind: Tone): void {
  if (!audio || audio.state === 'closed') return;
  try {
    const { freq, ms } = tones[kind];
    freq.forEach((hz, i) => {
      const start = audio!.currentTime + (i * ms) / 1000;
      const osc = audio!.createOscillator();
      const gain = audio!.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + ms / 1000);
      osc.connect(gain).connect(audio!.destination);
      osc.start(start);
      osc.stop(start + ms / 1000 + 0.02);
    });
  } catch {
    /* audio is a nicety: never let it break the timer */
  }
}

/** Speaks `text` with an on-device voice for `lang`; silent if there is none (a remote voice would send the text away). */
export function speak(text: string, lang = 'en'): void {
  try {
    const synth = window.speechSynthesis;
    if (!synth) return;
    const voice = localVoice(lang);
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.cancel();
    synth.speak(utterance);
  } catch {
    /* speech is optional */
  }
}

/** Stops anything being spoken. */
export function stopSpeaking(): void {
  try {
    window.speechSynthesis?.cancel();
  } catch {
    /* optional */
  }
}

/** Vibrates where supported (Android); iOS has no vibration API. */
export function vibrate(pattern: number | number[]): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    /* optional */
  }
}
