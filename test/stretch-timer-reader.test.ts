import { expect, fixture, html } from '@open-wc/testing';
import '../src/stretch-timer/index.js';
import '../src/stretch-routine/index.js';
import '../src/locales/es.js';
import * as es from '../content/es/index.js';
import { joinContent } from '../content/join.js';
import { setMuted } from '../src/core/reader-mute.js';
import type { StretchRoutine } from '../src/stretch-routine/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { settled, textIn } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest } from './helpers/fake-time.js';
import { fakeAudio, fakeSpeech, stub } from './helpers/stubs.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const shadow = (el: Element) => el.shadowRoot!;
const live = (el: StretchTimer) => textIn(el, '[role="status"]');
const muteButton = (el: StretchTimer) => shadow(el).querySelector<HTMLButtonElement>('button.mute');
const put = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
const englishVoice = { lang: 'en-GB', localService: true, name: 'On-device voice' };
const spanishVoice = { lang: 'es-ES', localService: true, name: 'Voz del dispositivo' };

describe('<stretch-timer> in the reader\'s hands', () => {
  let time: FakeTime;
  const restore: (() => void)[] = [];
  fakeTimeForEachTest((fresh) => (time = fresh));
  afterEach(() => {
    restore.splice(0).forEach((r) => r());
    setMuted(false);
  });

  describe('before Start and paused', () => {
    it('before Start shows the hold time, says how long the lead-in is, and gives screen readers the plan, not "time left"', async () => {
      const el = await fixture<StretchTimer>(html`<stretch-timer stretch="pigeon-pose" hold="40" lead-in="5"></stretch-timer>`);
      expect(textIn(el, '[part~="time"]')).to.equal('0:40');
      expect(textIn(el, '.lead-in')).to.equal('Starts with 5 seconds to get into position');
      expect(textIn(el, '.next')).to.equal('Hold 40 seconds, 3 rounds, each side');
      const digits = shadow(el).querySelector('[part~="time"]')!;
      expect(shadow(el).querySelector('[role="timer"]'), 'no timer role before Start').to.equal(null);
      expect(digits.getAttribute('aria-label')).to.equal(null);
      expect(digits.getAttribute('aria-hidden'), 'the plan line says it in words').to.equal('true');
      expect(live(el)).to.equal('');
      expect(el.remaining, 'the property is unchanged: the lead-in comes first').to.equal(5000);
      el.start();
      await settled(el);
      expect(shadow(el).querySelector('[role="timer"]')!.getAttribute('aria-label')).to.equal('Time left');
      expect(textIn(el, '[part~="time"]')).to.equal('0:05');
      expect(getComputedStyle(shadow(el).querySelector('.lead-in')!).visibility, 'gone after Start, its line kept').to.equal('hidden');
      const none = await fixture<StretchTimer>(html`<stretch-timer lead-in="0"></stretch-timer>`);
      expect(textIn(none, '.lead-in'), 'no lead-in, no line').to.equal('');
    });

    it('the lead-in line keeps its height, so nothing moves at Start', async () => {
      const el = await fixture<StretchTimer>(html`<stretch-timer stretch="pigeon-pose"></stretch-timer>`);
      const height = el.getBoundingClientRect().height;
      el.start();
      await settled(el);
      expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
    });

    it('paused: the display says "Paused", the bar is striped and dimmed, announced once; phase and events unchanged', async () => {
      const el = await fixture<StretchTimer>(html`<stretch-timer stretch="pigeon-pose" hold="20" lead-in="0"></stretch-timer>`);
      const events: string[] = [];
      for (const type of ['stretch-phase', 'stretch-pause']) el.addEventListener(type, () => events.push(type));
      el.start();
      time.advance(3000);
      await settled(el);
      const status = shadow(el).querySelector('[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(status.textContent!.trim())).observe(status, { subtree: true, characterData: true, childList: true });
      el.pause();
      await settled(el);
      el.requestUpdate();
      time.advance(5000);
      await settled(el);
      expect(textIn(el, '.phase')).to.equal('Paused');
      expect([el.phase, el.running]).to.deep.equal(['hold', false]);
      expect(events).to.deep.equal(['stretch-phase', 'stretch-pause']);
      expect(said.filter((s) => s === 'Paused.'), 'announced once').to.have.length(1);
      expect(live(el)).to.equal('Paused.');
      const progress = shadow(el).querySelector('[part~="progress"]')!;
      expect(getComputedStyle(progress).backgroundImage).to.contain('repeating-linear-gradient');
      expect(Number(getComputedStyle(progress.querySelector('.fill')!).opacity)).to.be.below(1);
      el.resume();
      await settled(el);
      expect(textIn(el, '.phase')).to.equal('Hold');
      expect(getComputedStyle(progress).backgroundImage).to.equal('none');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe before Start and paused (${theme})`, async () => {
        const el = await fixture<StretchTimer>(html`<stretch-timer theme=${theme} stretch="pigeon-pose" sound></stretch-timer>`);
        await expect(el).to.be.accessible();
        el.start();
        time.advance(6000);
        el.pause();
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('cues', () => {
    it('switch, halfway and last-ten: said in order with the phases, spoken, and sounded with the cue tone', async () => {
      const speech = fakeSpeech([englishVoice]);
      const audio = fakeAudio();
      restore.push(speech.restore, audio.restore);
      const el = await fixture<StretchTimer>(html`<stretch-timer stretch="figure-four" voice sound cues="switch, halfway last-ten"
        hold="30" reps="1" rest="5" lead-in="2"></stretch-timer>`);
      el.start();
      expect(speech.spoken[0], 'the silent utterance that primes speech inside the Start tap').to.equal('');
      time.advance(2000 + 15000);
      await settled(el);
      expect(live(el)).to.equal('Halfway.');
      time.advance(5000);
      await settled(el);
      expect(live(el)).to.equal('10 seconds left.');
      time.advance(10000 + 5000 + 30000);
      await settled(el);
      expect(speech.said()).to.deep.equal([
        'Lying figure-four: get into position. Starting in 2 seconds.',
        'Right side, round 1 of 1. Hold for 30 seconds.',
        'Halfway.',
        '10 seconds left.',
        'Switch sides. Rest for 5 seconds. Up next: Left side, round 1 of 1.',
        'Left side, round 1 of 1. Hold for 30 seconds.',
        'Halfway.',
        '10 seconds left.',
        'Done. Well done!',
      ]);
      // Tones: phase 660; cue 880 then 660; count-in 880 ×3; end 523, 659, 784.
      const cue = [880, 660];
      const count = [880, 880, 880];
      expect(audio.notes).to.deep.equal([
        660, 660, ...cue, ...cue, ...count, ...cue, 660, ...cue, ...cue, ...count, 523, 659, 784,
      ]);
    });

    it('without cues: the live region still says "10 seconds left" (as before) but the voice does not; last-ten never says it twice', async () => {
      const speech = fakeSpeech([englishVoice]);
      restore.push(speech.restore);
      const el = await fixture<StretchTimer>(html`<stretch-timer voice hold="15" reps="1" lead-in="0" sides="one"></stretch-timer>`);
      el.start();
      time.advance(5000);
      await settled(el);
      expect(live(el)).to.equal('10 seconds left.');
      expect(speech.said()).to.deep.equal(['Round 1 of 1. Hold for 15 seconds.']);
      el.cues = 'last-ten';
      el.reset();
      el.start();
      time.advance(5000);
      await settled(el);
      expect(speech.said().filter((s) => s === '10 seconds left.')).to.have.length(1);
      expect(live(el)).to.equal('10 seconds left.');
    });

    it('in Spanish', async () => {
      const speech = fakeSpeech([spanishVoice]);
      restore.push(speech.restore);
      const wrap = await fixture(html`<div lang="es"><stretch-timer stretch="figure-four" voice cues="switch halfway last-ten"
        hold="20" reps="1" rest="0" lead-in="0"></stretch-timer></div>`);
      const el = wrap.querySelector('stretch-timer') as StretchTimer;
      const t = es.timer;
      el.start();
      time.advance(20000 + 20000);
      await settled(el);
      const [right, left] = [t.sides.right, t.sides.left];
      const hold = (side: string) => put(t.announce.holdSide, { side, rep: 1, reps: 1, phase: t.work.stretch, duration: '20 segundos' });
      const both = `${t.announce.halfway} ${put(t.announce.left, { duration: '10 segundos' })}`;
      expect(speech.said()).to.deep.equal([
        hold(right), both, `${t.announce.switchSides} ${hold(left)}`, both, t.announce.done,
      ]);
      expect(speech.said()[2]).to.equal('Cambia de lado. Lado izquierdo, ronda 1 de 1. Mantén durante 20 segundos.');
    });

    it('a routine passes cues on, and with next the rest before each exercise names it (English and Spanish)', async () => {
      const speech = fakeSpeech([englishVoice, spanishVoice]);
      restore.push(speech.restore);
      for (const lang of ['en', 'es']) {
        speech.spoken.length = 0;
        const wrap = await fixture(html`<div lang=${lang}><stretch-routine stretches="seated-forward-bend,figure-four" voice cues="next switch"
          hold="5" reps="1" rest-between="10"></stretch-routine></div>`);
        const el = wrap.querySelector('stretch-routine') as StretchRoutine;
        await settled(el);
        const first = shadow(el).querySelector('stretch-timer.current') as StretchTimer;
        expect(first.getAttribute('cues')).to.equal('next switch');
        first.start();
        time.advance(5000 + 5000);
        await settled(el);
        const second = shadow(el).querySelector('stretch-timer.current') as StretchTimer;
        expect(second.phase).to.equal('lead-in');
        const name = lang === 'es' ? joinContent(es).stretches.find((s) => s.id === 'figure-four')!.name : 'Lying figure-four';
        const expected = lang === 'es'
          ? `A continuación: ${name}. Colócate en posición. Empezamos en 10 segundos.`
          : 'Up next: Lying figure-four. Get into position. Starting in 10 seconds.';
        expect(live(second)).to.equal(expected);
        expect(speech.said().at(-1)).to.equal(expected);
        expect(speech.said().filter((s) => s.includes(name)), 'the name is said once').to.have.length(1);
      }
    });

    it('unknown values warn once, naming the valid ones, and are ignored', async () => {
      let el!: StretchTimer;
      const warnings = await captureWarningsAsync(async () => {
        el = await fixture<StretchTimer>(html`<stretch-timer cues="switch bogus,BOGUS"></stretch-timer>`);
        el.requestUpdate();
        await settled(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<stretch-timer>').and.contain('"bogus"').and.contain('switch, halfway, last-ten, next');
    });
  });

  describe('reader controls', () => {
    it('Mute shows only when the site turned a cue on, and mutes every timer on the page (speech and tones) until unmuted', async () => {
      const speech = fakeSpeech([englishVoice]);
      const audio = fakeAudio();
      restore.push(speech.restore, audio.restore);
      const wrap = await fixture(html`<div>
        <stretch-timer id="a" voice sound hold="15" reps="1" lead-in="0" sides="one"></stretch-timer>
        <stretch-timer id="b" vibrate></stretch-timer>
        <stretch-timer id="c"></stretch-timer></div>`);
      const [a, b, c] = [...wrap.querySelectorAll('stretch-timer')] as StretchTimer[];
      expect(muteButton(c), 'no cue turned on: no toggle').to.equal(null);
      expect(muteButton(a)!.textContent!.trim()).to.equal('Mute');
      expect(muteButton(a)!.getAttribute('aria-pressed')).to.equal('false');
      a.start();
      await settled(a);
      const [saidBefore, notesBefore] = [speech.said().length, audio.notes.length];
      expect(saidBefore).to.equal(1);
      muteButton(a)!.click();
      await settled(wrap);
      expect([muteButton(a)!.getAttribute('aria-pressed'), muteButton(b)!.getAttribute('aria-pressed')]).to.deep.equal(['true', 'true']);
      time.advance(15000);
      await settled(a);
      expect(a.phase).to.equal('done');
      expect(speech.said().length, 'no speech while muted').to.equal(saidBefore);
      expect(audio.notes.length, 'no tones while muted').to.equal(notesBefore);
      expect(live(a), 'screen readers still hear the live region').to.equal('Done. Well done!');
      await expect(a).to.be.accessible();
      muteButton(b)!.click();
      await settled(wrap);
      expect(muteButton(a)!.getAttribute('aria-pressed')).to.equal('false');
      a.start();
      expect(speech.said().length).to.equal(saidBefore + 1);
    });

    it('says once, under the name, that voice cannot work: no speech engine, or no on-device voice a second after Start', async () => {
      restore.push(stub(window, 'speechSynthesis', undefined));
      const el = await fixture<StretchTimer>(html`<stretch-timer voice lead-in="2"></stretch-timer>`);
      expect(textIn(el, '.notice')).to.equal('');
      el.start();
      await settled(el);
      expect(textIn(el, '.notice')).to.equal('Voice is not available on this device');
      restore.splice(0).forEach((r) => r());

      const speech = fakeSpeech([{ ...englishVoice, localService: false }]);
      restore.push(speech.restore);
      const other = await fixture<StretchTimer>(html`<stretch-timer voice lead-in="2"></stretch-timer>`);
      other.start();
      time.advance(500);
      await settled(other);
      expect(textIn(other, '.notice'), 'voices may still be loading').to.equal('');
      time.advance(500);
      await settled(other);
      expect(textIn(other, '.notice')).to.equal('Voice is not available on this device');
      other.reset();
      other.start();
      time.advance(1000);
      await settled(other);
      expect(textIn(other, '.notice'), 'said once').to.equal('Voice is not available on this device');
      const notice = shadow(other).querySelector('[part~="notice"]')!;
      expect(notice.compareDocumentPosition(shadow(other).querySelector('[part~="name"]')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);

      speech.voices = [englishVoice];
      const fine = await fixture<StretchTimer>(html`<stretch-timer voice></stretch-timer>`);
      fine.start();
      time.advance(1000);
      await settled(fine);
      expect(shadow(fine).querySelector('.notice')).to.equal(null);
    });

    it('says so when vibration or sound cannot work (Spanish too)', async () => {
      restore.push(stub(navigator, 'vibrate', undefined), stub(window, 'AudioContext', undefined), stub(window, 'webkitAudioContext', undefined));
      const el = await fixture<StretchTimer>(html`<stretch-timer vibrate sound></stretch-timer>`);
      el.start();
      await settled(el);
      expect(textIn(el, '.notice')).to.equal('Sound is not available on this device Vibration is not available on this device');
      const wrap = await fixture(html`<div lang="es"><stretch-timer vibrate></stretch-timer></div>`);
      const spanish = wrap.querySelector('stretch-timer') as StretchTimer;
      spanish.start();
      await settled(spanish);
      expect(textIn(spanish, '.notice')).to.equal(es.timer.unavailable.vibrate);
    });
  });
});
