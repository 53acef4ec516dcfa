/** Stand-ins for the device APIs the timer's cues use, so tests hear what it says and plays in every browser. */

/** Replaces a member of `target` (navigator, window, document, an element) until the returned function is called. */
export function stub(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

export interface FakeVoice {
  lang: string;
  localService: boolean;
  name: string;
}

/** A speech engine that records what is spoken; set `voices` to change what it offers. */
export function fakeSpeech(voices: FakeVoice[]) {
  const engine = {
    voices,
    /** Every utterance's text, the silent priming one ('') included. */
    spoken: [] as string[],
    /** What was said aloud: without the silent priming utterance. */
    said: (): string[] => engine.spoken.filter(Boolean),
    restore: () => undefined as void,
  };
  const undo = [
    stub(window, 'speechSynthesis', {
      getVoices: () => engine.voices,
      speak: (u: SpeechSynthesisUtterance) => engine.spoken.push(u.text),
      cancel: () => undefined,
    }),
    stub(window, 'SpeechSynthesisUtterance', class {
      voice: unknown = null;
      lang = '';
      volume = 1;
      constructor(public text: string) {}
    }),
  ];
  engine.restore = () => undo.forEach((r) => r());
  return engine;
}

/** A Web Audio stand-in that records the frequency of every note played. */
export function fakeAudio() {
  const notes: number[] = [];
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      const osc = { frequency: { value: 0 }, connect: (to: unknown) => to, start: () => notes.push(osc.frequency.value), stop: () => undefined };
      return osc;
    }
    createGain() {
      return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (to: unknown) => to };
    }
  }
  const restore = stub(window, 'AudioContext', FakeAudioContext);
  return { notes, restore };
}
