/**
 * Optional cues for timers: short tones made with Web Audio (no files, no
 * requests), speech with an on-device voice only, and vibration. Every call is
 * safe where the feature is missing: it simply does nothing.
 */

import { baseLanguage } from './text.js';

export type Tone = 'phase' | 'count' | 'end';

const tones: Record<Tone, { freq: number[]; ms: number }> = {
  phase: { freq: [660], ms: 180 },
  count: { freq: [880], ms: 90 },
  end: { freq: [523, 659, 784], ms: 160 },
};

type AudioCtor = typeof AudioContext;
let audio: AudioContext | null = null;

/**
 * Call from a user gesture (the Start tap): creates and resumes the audio
 * context so later tones play on iOS, and asks for "playback" so the iPhone's
 * silent switch does not mute them.
 */
export function unlockAudio(): void {
  try {
    const session = (navigator as Navigator & { audioSession?: { type: string } }).audioSession;
    if (session) session.type = 'playback';
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext);
    if (!Ctor) return;
    audio ??= new Ctor();
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
    const voice = synth.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(baseLanguage(lang)));
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
