import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { content } from '../content/en/index.js';
import * as es from '../content/es/index.js';
import { stretchIds } from '../content/data.js';
import { joinContent } from '../content/join.js';
import { exerciseKinds } from '../content/ids.js';
import type { Stretch, TimerText } from '../content/types.js';
import '../src/index.js';
import '../src/locales/es.js';
import { timerText } from '../content/en/ui.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import type { StretchCompleteDetail } from '../src/stretch-timer/events.js';
import { settled, textIn, textOf } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest } from './helpers/fake-time.js';
import { captureWarningsAsync } from './helpers/warnings.js';

const languages: [string, Stretch[], TimerText][] = [
  ['en', content.stretches, timerText],
  ['es', joinContent(es).stretches, es.timer],
];

const texts = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map(textOf);

describe('exercises', () => {
  let time: FakeTime;
  fakeTimeForEachTest((fresh) => (time = fresh));

  it('13 exercises of the three kinds, each id in the content of every language', () => {
    expect(stretchIds).to.have.length(13);
    for (const kind of exerciseKinds) expect(content.stretches.some((s) => s.kind === kind), kind).to.equal(true);
    for (const [lang, list] of languages) expect(list.map((s) => s.id), lang).to.deep.equal([...stretchIds]);
  });

  for (const [lang, list, t] of languages) {
    it(`${lang}: every exercise shows its name, steps, cautions, drawing and its kind's phase word`, async () => {
      for (const exercise of list) {
        const el = await fixture<StretchTimer>(html`<stretch-timer lang=${lang} stretch=${exercise.id} lead-in="1"></stretch-timer>`);
        const id = exercise.id;
        expect(textIn(el, '.name'), id).to.equal(exercise.name);
        expect(texts(el, 'details li'), id).to.deep.equal(exercise.steps);
        const cautions = texts(el, '.cautions li');
        for (const caution of exercise.cautions) expect(cautions, id).to.include(caution);
        const drawing = el.shadowRoot!.querySelector('[part="illustration"] svg[role="img"]');
        expect(drawing?.getAttribute('aria-label'), id).to.equal(exercise.illustrationAlt);
        const work = exercise.phase ?? t.work[exercise.kind];
        expect(textIn(el, '.next'), id).to.contain(work);
        el.start();
        time.advance(1000);
        await settled(el);
        expect(textIn(el, '.phase'), id).to.equal(work);
        expect(textIn(el, '[role="status"]'), id).to.contain(work);
        el.remove();
      }
    });
  }

  it('a release rolls (or rests on the spot), a strength exercise lifts and holds, every round on one side first', async () => {
    const roller = await fixture<StretchTimer>(html`<stretch-timer stretch="foam-roller-release"></stretch-timer>`);
    expect(textIn(roller, '.next')).to.match(/^Roll /);
    const ball = await fixture<StretchTimer>(html`<stretch-timer stretch="massage-ball-release"></stretch-timer>`);
    expect(textIn(ball, '.next')).to.match(/^Rest on the spot /);
    const clam = await fixture<StretchTimer>(html`<stretch-timer stretch="clamshell" reps="2" lead-in="0" rest="0"></stretch-timer>`);
    expect(textIn(clam, '.next')).to.match(/^Lift and hold /);
    clam.start();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await settled(clam);
      seen.push(`${textIn(clam, '.side')} ${textIn(clam, '.round')}`);
      time.advance(clam.remaining);
    }
    expect(seen).to.deep.equal(['Right side Round 1 of 2', 'Right side Round 2 of 2', 'Left side Round 1 of 2', 'Left side Round 2 of 2']);
  });
});

describe("a site's own exercise", () => {
  let time: FakeTime;
  fakeTimeForEachTest((fresh) => (time = fresh));

  it('shows its name, steps, cautions and the borrowed drawing; stretch-complete names it with stretch: null', async () => {
    const el = await fixture<StretchTimer>(html`<stretch-timer hold="5" reps="1" lead-in="0"></stretch-timer>`);
    el.exercise = { name: 'Wall sit', steps: ['Lean your back on a wall.', 'Slide down a little.'], cautions: ['Stop if your knees hurt.'], kind: 'strength', sides: 'one', drawing: 'glute-bridge' };
    await settled(el);
    expect(textIn(el, '.name')).to.equal('Wall sit');
    expect(texts(el, 'details li')).to.deep.equal(['Lean your back on a wall.', 'Slide down a little.']);
    expect(texts(el, '.cautions li')).to.include('Stop if your knees hurt.');
    const bridge = content.stretches.find((s) => s.id === 'glute-bridge')!;
    expect(el.shadowRoot!.querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.equal(bridge.illustrationAlt);
    expect(textIn(el, '.next')).to.equal('Lift and hold 5 seconds, 1 round');
    el.start();
    await settled(el);
    expect(textIn(el, '.phase')).to.equal('Lift and hold');
    const done = oneEvent(el, 'stretch-complete');
    time.advance(5000);
    const { detail } = (await done) as CustomEvent<StretchCompleteDetail>;
    expect(detail).to.include({ stretch: null, name: 'Wall sit', hold: 5, reps: 1, sides: 'one' });
    await expect(el).to.be.accessible();
  });

  it('markup in any field is shown as text, never run', async () => {
    const payload = '<img src=x onerror="window.__gkHacked=1"><b>bold</b>';
    const el = await fixture<StretchTimer>(html`<stretch-timer></stretch-timer>`);
    el.exercise = { name: payload, steps: [payload], cautions: [payload] };
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(textIn(el, '.name')).to.equal(payload);
    expect(texts(el, 'details li')).to.deep.equal([payload]);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __gkHacked?: number }).__gkHacked).to.equal(undefined);
  });

  it('bad values warn and fall back; with stretch set too, the exercise wins with a warning', async () => {
    let el!: StretchTimer;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<StretchTimer>(html`<stretch-timer stretch="pigeon-pose"></stretch-timer>`);
      el.exercise = { name: 'Mine', steps: 'not a list', hold: 9999, kind: 'yoga', drawing: 'nope' } as never;
      await settled(el);
    });
    expect(textIn(el, '.name')).to.equal('Mine');
    expect(textIn(el, '.next')).to.equal('Hold 300 seconds, 3 rounds, each side');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    const all = warnings.join('\n');
    for (const part of ['exercise.steps', 'exercise.hold', 'exercise.kind', 'exercise.drawing', 'both stretch="pigeon-pose" and exercise are set']) {
      expect(all).to.contain(part);
    }
    el.exercise = undefined;
    await settled(el);
    expect(textIn(el, '.name'), 'back to the stretch once the exercise is cleared').to.equal('Pigeon pose');
  });
});
