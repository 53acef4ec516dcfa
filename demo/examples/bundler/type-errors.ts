// Never built: only type-checked (npm run examples). Each marked line must stay a type error, so the element and
// event types keep catching mistakes in plain TypeScript.
import 'glute-knots/stretch-timer.js';
import 'glute-knots/stretch-routine.js';

const timer = document.createElement('stretch-timer');
// @ts-expect-error the detail of stretch-complete has no `seconds`
timer.addEventListener('stretch-complete', (event) => event.detail.seconds);
// @ts-expect-error a phase is 'ready', 'lead-in', 'hold', 'rest' or 'done'
timer.addEventListener('stretch-phase', (event) => event.detail.phase === 'stretch');
// @ts-expect-error `hold` is a number or text, not a boolean
timer.hold = true;

const routine = document.createElement('stretch-routine');
// @ts-expect-error routine-complete's detail lists the stretches, not a count
routine.addEventListener('routine-complete', (event) => event.detail.count);
// The events bubble, so a listener on the document is typed too.
// @ts-expect-error stretch-phase's detail has `phase`, `rep` and `side`, not `round`
document.addEventListener('stretch-phase', (event) => event.detail.round);
