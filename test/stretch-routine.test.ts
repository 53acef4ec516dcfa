import { expect, fixture, html } from '@open-wc/testing';
import '../src/stretch-routine/index.js';
import type { StretchRoutine } from '../src/stretch-routine/index.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { settled, textIn, textOf } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest } from './helpers/fake-time.js';
import { captureWarningsAsync } from './helpers/warnings.js';

/** The timer in view: every exercise's timer is in the page, only the current one shown. */
const timerOf = (el: StretchRoutine) => el.shadowRoot!.querySelector('stretch-timer.current') as StretchTimer;
const names = (el: StretchRoutine) => [...el.shadowRoot!.querySelectorAll('.list .item-name')].map(textOf);

describe('<stretch-routine>', () => {
  let time: FakeTime;
  fakeTimeForEachTest((fresh) => (time = fresh));

  it('defaults to the three stretches from the article', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    expect(names(el)).to.deep.equal(['Lying figure-four', 'Pigeon pose', 'Seated forward bend']);
    expect(textIn(el, '.progress')).to.equal('Exercise 1 of 3');
    expect(textIn(timerOf(el), '.name')).to.equal('Lying figure-four');
  });

  it('runs two short stretches in order with the right events, progress and "Up next"', async () => {
    const el = await fixture<StretchRoutine>(html`
      <stretch-routine stretches="seated-forward-bend,pigeon-pose" hold="5" reps="1" rest="2" rest-between="4"></stretch-routine>`);
    const events: string[] = [];
    for (const type of ['routine-start', 'routine-step', 'routine-complete']) {
      el.addEventListener(type, (e) => {
        const d = (e as CustomEvent).detail;
        events.push(type === 'routine-step' ? `step:${d.index}:${d.stretch}` : type === 'routine-complete' ? `complete:${d.stretches.join('+')}:${d.elapsedMs}` : type);
      });
    }
    timerOf(el).start();
    await settled(el);
    expect(events).to.deep.equal(['routine-start', 'step:0:seated-forward-bend']);
    time.advance(5000 + 5000); // default lead-in 5 s, one 5 s hold on one side
    await settled(el);
    expect(events).to.deep.equal(['routine-start', 'step:0:seated-forward-bend', 'step:1:pigeon-pose']);
    expect(textIn(el, '.progress')).to.equal('Exercise 2 of 2');
    expect(textIn(el, '.next')).to.equal('Up next: Pigeon pose');
    const timer = timerOf(el);
    expect(timer.phase).to.equal('lead-in');
    expect(timer.remaining).to.equal(4000);
    expect(textIn(el, '[aria-current="step"] .item-name')).to.equal('Pigeon pose');
    // One voice at a time: the timer names the new stretch; the routine's own live region stays quiet.
    expect(textIn(timer, '[role="status"]')).to.equal('Pigeon pose: get into position. Starting in 4 seconds.');
    expect(textIn(el, ':scope > .gk > [role="status"]')).to.equal('');
    time.advance(4000);
    await settled(el);
    expect(textIn(el, '.next'), 'no "Up next" once the exercise runs').to.equal('');
    time.advance(5000 + 2000 + 5000); // right hold, rest, left hold
    await settled(el);
    expect(events[events.length - 1]).to.equal(`complete:seated-forward-bend+pigeon-pose:${5000 + 5000 + 4000 + 12000}`);
    expect(textIn(el, '.complete')).to.contain('Routine finished');
    expect(time.pending).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows an unknown id as "Unknown exercise" with a warning naming it, runs only the known ones, and falls back to the default three when none is known', async () => {
    let el!: StretchRoutine;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<StretchRoutine>(html`<stretch-routine stretches="pigeon-pose,<b>x</b>,nope,glute-bridge"></stretch-routine>`);
    });
    expect(warnings.join('\n')).to.contain('unknown exercise "<b>x</b>"').and.contain('unknown exercise "nope"');
    expect(names(el)).to.deep.equal(['Pigeon pose', 'Unknown exercise: “<b>x</b>” (skipped)', 'Unknown exercise: “nope” (skipped)', 'Glute bridge']);
    expect(el.shadowRoot!.querySelector('li b'), 'the id is text, not markup').to.equal(null);
    expect(textIn(el, '.progress')).to.equal('Exercise 1 of 2');
    await expect(el).to.be.accessible();
    const more = await captureWarningsAsync(async () => {
      el.stretches = ',pigeon,';
      await el.updateComplete;
    });
    expect(more.join('\n')).to.contain('no known exercise ids');
    expect(names(el)).to.deep.equal(['Unknown exercise: “pigeon” (skipped)', 'Lying figure-four', 'Pigeon pose', 'Seated forward bend']);
  });

  it('checks its own settings: a warning names <stretch-routine> and its attribute, and the timer gets the checked value', async () => {
    let el!: StretchRoutine;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<StretchRoutine>(html`
        <stretch-routine stretches="seated-forward-bend,pigeon-pose" hold="x" reps="0" rest-between="60"></stretch-routine>`);
      await settled(el);
    });
    expect(warnings.some((w) => w.startsWith('<stretch-routine>: hold="x"'))).to.equal(true);
    expect(warnings.some((w) => w.startsWith('<stretch-routine>: reps="0" is outside 1–20'))).to.equal(true);
    expect(warnings.some((w) => w.startsWith('<stretch-routine>: rest-between="60" is outside 0–30'))).to.equal(true);
    expect(warnings.filter((w) => w.startsWith('<stretch-timer>')), 'no warning about attributes the page never wrote').to.deep.equal([]);
    const timer = timerOf(el);
    expect(timer.remaining, "the first stretch's lead-in: the timer's default 5 s").to.equal(5000);
    timer.start();
    time.advance(5000 + 30000); // lead-in, then the forward bend's own 30 s hold, one round (reps clamped to 1)
    await settled(el);
    expect(el.current).to.equal(1);
    expect(timerOf(el).phase).to.equal('lead-in');
    expect(timerOf(el).remaining, 'rest between stretches clamped to 30 s').to.equal(30000);
  });

  it('fires routine-complete after the last stretch\'s stretch-complete has reached the page', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine stretches="seated-forward-bend" hold="5" reps="1"></stretch-routine>`);
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    document.addEventListener('stretch-complete', record);
    document.addEventListener('routine-complete', record);
    try {
      timerOf(el).start();
      time.advance(5000 + 5000);
      await settled(el);
      expect(seen).to.deep.equal(['stretch-complete', 'routine-complete']);
    } finally {
      document.removeEventListener('stretch-complete', record);
      document.removeEventListener('routine-complete', record);
    }
  });

  it('keyboard: focus stays in the routine at the end, and "Start the routine again" moves it to the new timer', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine stretches="seated-forward-bend" hold="5" reps="1"></stretch-routine>`);
    timerOf(el).focus();
    expect(timerOf(el).shadowRoot!.activeElement?.textContent?.trim()).to.equal('Start');
    timerOf(el).start();
    time.advance(5000 + 5000);
    await settled(el);
    const again = el.shadowRoot!.querySelector<HTMLButtonElement>('.complete button')!;
    expect(el.shadowRoot!.activeElement).to.equal(again);
    again.click();
    await settled(el);
    await settled(el);
    const timer = timerOf(el);
    expect(timer.running).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(timer);
    expect(timer.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Pause');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      it(`passes axe (${theme}, ${width} px)`, async () => {
        const wrap = await fixture(html`<div style="width: ${width}px"><stretch-routine theme=${theme}></stretch-routine></div>`);
        const el = wrap.querySelector('stretch-routine') as StretchRoutine;
        await settled(el);
        await expect(el).to.be.accessible();
        expect(el.shadowRoot!.querySelector('.gk')!.scrollWidth).to.be.at.most(width + 1);
      });
    }
  }
});
