import 'glute-knots/stretch-timer.js'; // defines <stretch-timer> only; `import 'glute-knots'` defines every element
import type { StretchCompleteDetail } from 'glute-knots/stretch-timer.js';

const timer = document.querySelector('stretch-timer')!; // typed as StretchTimer
timer.addEventListener('stretch-complete', (event) => {
  const { reps, stretch } = (event as CustomEvent<StretchCompleteDetail>).detail;
  document.querySelector('#result')!.textContent = `Done: ${reps} rounds of ${stretch}.`;
});
