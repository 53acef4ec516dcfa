import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/stretch-timer/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { settled } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest, setVisibility } from './helpers/fake-time.js';

/** Replaces a navigator (or window) member for one test. */
function stub(target: object, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

type FakeSentinel = EventTarget & { release(): Promise<void>; released: boolean; taken: boolean };

/** A Screen Wake Lock that records what the timer asks of it. */
function fakeWakeLock() {
  const log: string[] = [];
  let held = 0;
  const granted: FakeSentinel[] = [];
  const api = {
    log,
    get held() {
      return held;
    },
    /** Every lock granted has been taken by the timer (it listens for its release) or given back. */
    get handled() {
      return granted.every((s) => s.taken || s.released);
    },
    async request(type: string) {
      log.push(`request:${type}`);
      held++;
      const sentinel = new EventTarget() as FakeSentinel;
      granted.push(sentinel);
      sentinel.released = false;
      sentinel.taken = false;
      const listen = sentinel.addEventListener.bind(sentinel);
      sentinel.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
        sentinel.taken = true;
        listen(...args);
      };
      sentinel.release = async () => {
        if (sentinel.released) return;
        sentinel.released = true;
        held--;
        log.push('release');
        sentinel.dispatchEvent(new Event('release'));
      };
      return sentinel;
    },
  };
  return api;
}

describe('<stretch-timer> screen, sound, voice and vibration', () => {
  let time: FakeTime;
  const restore: (() => void)[] = [];
  fakeTimeForEachTest((fresh) => (time = fresh));
  afterEach(() => restore.splice(0).forEach((r) => r()));

  it('keeps the screen awake while running; lets go on pause, hidden, done, reset and removal', async () => {
    const lock = fakeWakeLock();
    /** Waits until the timer has dealt with every lock it was granted (taking one is asynchronous). */
    const flush = () => waitUntil(() => lock.handled, 'the timer takes or gives back each lock it is granted', { interval: 5 });
    restore.push(stub(navigator, 'wakeLock', lock));
    const el = await fixture<StretchTimer>(html`<stretch-timer hold="5" reps="1" lead-in="0" sides="one"></stretch-timer>`);
    expect(lock.log, 'nothing while idle').to.deep.equal([]);
    el.start();
    await flush();
    expect(lock.held).to.equal(1);
    el.pause();
    await flush();
    expect(lock.held, 'released on pause').to.equal(0);
    el.resume();
    await flush();
    expect(lock.held).to.equal(1);
    setVisibility('hidden');
    await flush();
    expect(lock.held, 'released when hidden').to.equal(0);
    setVisibility('visible');
    await flush();
    expect(lock.held, 're-acquired when visible again').to.equal(1);
    time.advance(5000);
    await flush();
    expect(el.phase).to.equal('done');
    expect(lock.held, 'released when done').to.equal(0);
    el.start();
    await flush();
    el.reset();
    await flush();
    expect(lock.held, 'released on reset').to.equal(0);
    el.start();
    await flush();
    el.remove();
    await flush();
    expect(lock.held, 'released on removal').to.equal(0);
  });

  it('allow-sleep never asks for a wake lock', async () => {
    const lock = fakeWakeLock();
    restore.push(stub(navigator, 'wakeLock', lock));
    const el = await fixture<StretchTimer>(html`<stretch-timer allow-sleep></stretch-timer>`);
    el.start();
    await settled(el);
    expect(el.running).to.equal(true);
    expect(lock.log).to.deep.equal([]);
  });

  it('vibrate buzzes at each phase change and at the end', async () => {
    const calls: unknown[] = [];
    restore.push(stub(navigator, 'vibrate', (pattern: unknown) => (calls.push(pattern), true)));
    const el = await fixture<StretchTimer>(html`<stretch-timer vibrate hold="5" reps="1" lead-in="2" sides="one"></stretch-timer>`);
    el.start();
    time.advance(2000);
    time.advance(5000);
    expect(el.phase).to.equal('done');
    expect(calls).to.deep.equal([200, 200, [200, 100, 200]]);
  });

  it('voice speaks phase changes only with an on-device voice', async () => {
    const spoken: string[] = [];
    let voices = [{ lang: 'en-GB', localService: false, name: 'Cloud voice' }];
    restore.push(stub(window, 'speechSynthesis', {
      getVoices: () => voices,
      speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
      cancel: () => undefined,
    }));
    restore.push(stub(window, 'SpeechSynthesisUtterance', class {
      voice: unknown = null;
      lang = '';
      constructor(public text: string) {}
    }));
    const el = await fixture<StretchTimer>(html`<stretch-timer voice hold="5" reps="1" lead-in="2" sides="both"></stretch-timer>`);
    el.start();
    // Only the silent, empty utterance that Start speaks so that iOS allows speech later.
    expect(spoken, 'a remote voice is never used').to.deep.equal(['']);
    el.reset();
    voices = [...voices, { lang: 'en-US', localService: true, name: 'On-device voice' }];
    el.start();
    time.advance(2000);
    expect(spoken.filter(Boolean)).to.deep.equal(['Glute stretch: get into position. Starting in 2 seconds.', 'Right side, round 1 of 1. Hold for 5 seconds.']);
  });

  it('sound asks iOS to play through the silent switch, and a missing audio API never breaks the timer', async () => {
    const session = { type: 'auto' };
    restore.push(stub(navigator, 'audioSession', session));
    restore.push(stub(window, 'AudioContext', undefined));
    restore.push(stub(window, 'webkitAudioContext', undefined));
    const el = await fixture<StretchTimer>(html`<stretch-timer sound hold="5" reps="1" lead-in="0" sides="one"></stretch-timer>`);
    el.start();
    expect(session.type).to.equal('playback');
    time.advance(5000);
    expect(el.phase).to.equal('done');
  });
});
