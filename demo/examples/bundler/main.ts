import 'glute-knots/stretch-timer.js'; // defines <stretch-timer> only; `import 'glute-knots'` defines every element

const timer = document.querySelector('stretch-timer')!; // typed as StretchTimer
timer.addEventListener('stretch-complete', (event) => {
  const { reps, stretch } = event.detail; // typed: StretchCompleteDetail
  document.querySelector('#result')!.textContent = `Done: ${reps} rounds of ${stretch}.`;
});
