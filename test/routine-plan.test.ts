import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/stretch-routine/index.js';
import type { RoutineEditDetail, StretchRoutine } from '../src/stretch-routine/stretch-routine.js';
import type { StretchTimer } from '../src/stretch-timer/index.js';
import { settled, textIn, textOf } from './helpers/dom.js';
import { FakeTime, fakeTimeForEachTest } from './helpers/fake-time.js';
import { captureWarningsAsync } from './helpers/warnings.js';
import { openFrame, rendered } from './helpers/frame.js';

const shadow = (el: StretchRoutine) => el.shadowRoot!;
const current = (el: StretchRoutine) => shadow(el).querySelector('stretch-timer.current') as StretchTimer;
const doses = (el: StretchRoutine) => [...shadow(el).querySelectorAll('.list .dose')].map(textOf);

describe('<stretch-routine> plan', () => {
  let time: FakeTime;
  fakeTimeForEachTest((fresh) => (time = fresh));

  it('shows each dose in words and the total time before Start; each timer gets its own dose', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine stretches="pigeon-pose:45x2, figure-four:30x3:one, seated-forward-bend"></stretch-routine>`);
    expect(doses(el)).to.deep.equal(['Hold 45 seconds, 2 times on each side', 'Hold 30 seconds, 3 times', 'Hold 30 seconds, 3 times']);
    // 5 + 4×45 + 3×10 | 15 + 3×30 + 2×10 | 15 + 3×30 + 2×10 = 215 + 125 + 125 s: about 8 minutes
    expect(textIn(el, '.next')).to.equal('About 8 minutes');
    const timers = [...shadow(el).querySelectorAll<StretchTimer>('stretch-timer')];
    expect(timers.map((t) => [t.hold, t.reps, t.sides])).to.deep.equal([[45, 2, 'both'], [30, 3, 'one'], [30, 3, 'one']]);
    expect(el.plan).to.deep.equal([
      { stretch: 'pigeon-pose', hold: 45, reps: 2, sides: 'both' },
      { stretch: 'figure-four', hold: 30, reps: 3, sides: 'one' },
      { stretch: 'seated-forward-bend', hold: 30, reps: 3, sides: 'one' },
    ]);
  });

  it('plan as a property: the attribute follows, a site\'s own exercise runs, a bad item warns', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    const warnings = await captureWarningsAsync(async () => {
      el.plan = [{ stretch: 'glute-bridge', reps: 4 }, { exercise: { name: 'Wall sit', steps: ['Sit against a wall.'], kind: 'strength' }, hold: 20, reps: 2 }, { stretch: 'nope' as never }];
      await settled(el);
    });
    expect(warnings.join('\n')).to.contain('plan[2]: "nope" is not a built-in exercise id');
    expect(el.getAttribute('stretches')).to.equal('glute-bridge:x4');
    expect(shadow(el).querySelectorAll('.list .item-name').length).to.equal(2);
    expect(doses(el)).to.deep.equal(['Lift and hold 5 seconds, 4 times', 'Lift and hold 20 seconds, 2 times on each side']);
    expect(el.plan[1]).to.deep.include({ hold: 20, reps: 2, sides: 'both' });
    el.setAttribute('stretches', 'clamshell:10x5:one');
    await settled(el);
    expect(el.plan).to.deep.equal([{ stretch: 'clamshell', hold: 10, reps: 5, sides: 'one' }]);
  });

  it('heading, the clinic\'s note and the emergency number; other text inside the tag is not shown', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine heading="Your home stretches" emergency-number="000 (Australia)">
      <p slot="note">Once a day, after a warm shower.</p>Fallback text for pages without JavaScript.</stretch-routine>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Your home stretches');
    const note = shadow(el).querySelector<HTMLSlotElement>('slot[name="note"]')!;
    expect(note.assignedElements().map(textOf)).to.deep.equal(['Once a day, after a warm shower.']);
    expect(note.assignedElements()[0].getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textIn(el, '.safety')).to.contain('Call 000 (Australia)').and.contain('bottom or genitals feel numb');
    const range = document.createRange();
    range.selectNodeContents(el.lastChild!);
    expect(range.getBoundingClientRect().height, 'fallback text has no box').to.equal(0);
  });

  it('Start here starts any exercise; Reset in the middle goes back to exercise 1 with no stale "Up next"', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine stretches="seated-forward-bend:5x1, pigeon-pose:5x1, figure-four:5x1" rest="0" rest-between="3"></stretch-routine>`);
    const steps: number[] = [];
    el.addEventListener('routine-step', (e) => steps.push(e.detail.index));
    shadow(el).querySelectorAll<HTMLButtonElement>('.start-here')[1].click();
    await settled(el);
    expect(el.current).to.equal(1);
    expect(textIn(current(el), '.name')).to.equal('Pigeon pose');
    expect(current(el).running).to.equal(true);
    time.advance(3000 + 10000); // its lead-in, then both sides
    await settled(el);
    await settled(el);
    expect(el.current).to.equal(2);
    expect(textIn(el, '.next')).to.equal('Up next: Lying figure-four');
    shadow(el).querySelector<HTMLElement>('stretch-timer.current')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')[2].click();
    await settled(el);
    expect(el.current).to.equal(0);
    expect(textIn(el, '.progress')).to.equal('Exercise 1 of 3');
    expect(textIn(el, '.next')).to.equal('About 1 minute');
    expect(current(el).phase).to.equal('ready');
    expect([...shadow(el).querySelectorAll<StretchTimer>('stretch-timer')].map((t) => t.phase)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(steps).to.deep.equal([1, 2]);
  });

  it('the editor, by keyboard: change a dose, move and remove exercises; the plan, the attribute and routine-edit follow', async () => {
    const el = await fixture<StretchRoutine>(html`<stretch-routine editable stretches="pigeon-pose, figure-four"></stretch-routine>`);
    const hold = shadow(el).querySelector<HTMLInputElement>('#edit-0-hold')!;
    expect(textOf(shadow(el).querySelector('label[for="edit-0-hold"]'))).to.equal('Seconds');
    hold.focus();
    hold.select();
    let edits = 0;
    el.addEventListener('routine-edit', () => edits++);
    await sendKeys({ type: '45' });
    expect(edits, 'no event per keystroke').to.equal(0);
    const edited = oneEvent(el, 'routine-edit');
    await sendKeys({ press: 'Tab' });
    const { detail } = (await edited) as CustomEvent<RoutineEditDetail>;
    expect(detail.plan[0]).to.deep.equal({ stretch: 'pigeon-pose', hold: 45, reps: 3, sides: 'both' });
    await settled(el);
    expect(el.getAttribute('stretches')).to.equal('pigeon-pose:45, figure-four');
    shadow(el).querySelector<HTMLButtonElement>('[aria-label="Move Lying figure-four up"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.getAttribute('stretches')).to.equal('figure-four, pigeon-pose:45');
    // Focus follows the exercise moved: at the top its "up" is disabled, so its "down" has focus.
    await waitUntil(() => shadow(el).activeElement?.getAttribute('aria-label') === 'Move Lying figure-four down', 'focus did not follow the exercise');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.getAttribute('stretches')).to.equal('pigeon-pose:45, figure-four');
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('Move Lying figure-four up');
    shadow(el).querySelector<HTMLButtonElement>('[aria-label="Move Lying figure-four up"]')!.click();
    await settled(el);
    const add = shadow(el).querySelector<HTMLSelectElement>('#edit-add')!;
    add.value = 'clamshell';
    shadow(el).querySelector<HTMLButtonElement>('.add button')!.click();
    await settled(el);
    expect(el.plan.map((p) => ('stretch' in p ? p.stretch : ''))).to.deep.equal(['figure-four', 'pigeon-pose', 'clamshell']);
    await expect(el).to.be.accessible();
  });

  it('keeps one height from the first exercise to the last: the text below never moves, no layout shift (Chromium)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"><stretch-routine stretches="pigeon-pose, glute-bridge" hold="5" reps="1" rest="2" rest-between="3"></stretch-routine><p>Text below the routine.</p></div>`);
    const el = wrap.querySelector('stretch-routine')!;
    const below = wrap.querySelector('p')!;
    const shifts: number[] = [];
    const observer = 'LayoutShift' in window ? new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }) : undefined;
    observer?.observe({ type: 'layout-shift' });
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const finished = () => el.shadowRoot!.querySelector('.complete.current') !== null;
    const start = below.getBoundingClientRect().top + scrollY;
    const seen = new Set<string>();
    current(el).start();
    for (let s = 0; s < 80 && !finished(); s++) {
      time.advance(1000);
      await settled(el);
      await frame();
      seen.add(`${el.current}:${current(el)?.phase ?? 'complete'}`);
      expect(below.getBoundingClientRect().top + scrollY, `the text below moved at ${[...seen].pop()}`).to.equal(start);
    }
    await frame();
    observer?.disconnect();
    expect(finished(), 'the routine ran to its end').to.equal(true);
    expect([...seen]).to.include.members(['0:hold', '1:lead-in', '1:hold', '1:complete']);
    const cls = shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shift ${cls.toFixed(4)}`).to.be.at.most(0.01);
  });

  for (const width of [320, 720]) {
    it(`a timer keeps its height, to the pixel, from before Start to the end (${width} px)`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><stretch-timer stretch="knee-to-opposite-shoulder" hold="5" reps="1" rest="2" lead-in="2"></stretch-timer></div>`);
      const timer = wrap.querySelector<StretchTimer>('stretch-timer')!;
      const heights = new Map<string, number>([['ready', timer.getBoundingClientRect().height]]);
      timer.start();
      for (let s = 0; s < 20 && timer.phase !== 'done'; s++) {
        await settled(timer);
        heights.set(timer.phase, timer.getBoundingClientRect().height);
        time.advance(1000);
      }
      await settled(timer);
      heights.set('done', timer.getBoundingClientRect().height);
      expect(new Set(heights.values()).size, JSON.stringify([...heights])).to.equal(1);
    });
  }

  it('the clinic demo page: an editable routine, and its code follows each edit', async () => {
    const win = await openFrame({ src: '/demo/clinic.html', width: 800, height: 900 });
    await rendered(win, ['stretch-routine']);
    const routine = win.document.querySelector('stretch-routine')!;
    await (routine as unknown as StretchRoutine).updateComplete;
    const code = win.document.querySelector('#code')!;
    expect(code.textContent).to.contain('stretches="figure-four:30x2, glute-bridge:5x10, clamshell:5x10, pigeon-pose:45x2"');
    const reps = routine.shadowRoot!.querySelector<HTMLInputElement>('#edit-3-reps')!;
    reps.value = '3';
    reps.dispatchEvent(new Event('change'));
    await (routine as unknown as StretchRoutine).updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(code.textContent).to.contain('pigeon-pose:45x3"');
  });
});
