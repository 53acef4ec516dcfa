import type { RoutineText, TimerText } from '../types.js';

/** English strings for `<stretch-timer>`. */
export const timerText: TimerText = {
  genericName: 'Glute stretch',
  phases: { ready: 'Ready', 'lead-in': 'Get into position', rest: 'Rest', done: 'Done' },
  work: { stretch: 'Hold', release: 'Roll', strength: 'Lift and hold' },
  sides: { left: 'Left side', right: 'Right side' },
  round: 'Round {rep} of {reps}',
  planBoth: '{phase} {duration}, {rounds}, each side',
  planOne: '{phase} {duration}, {rounds}',
  rounds: { one: '{n} round', other: '{n} rounds' },
  nextSide: '{side}, round {rep} of {reps}',
  upNext: 'Up next: {next}',
  seconds: { one: '{n} second', other: '{n} seconds' },
  timeLabel: 'Time left',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  skip: 'Skip',
  skipLabel: 'Skip to the next step',
  reset: 'Reset',
  again: 'Again',
  controlsLabel: 'Timer controls',
  stepsSummary: 'How to do it',
  cautionsHeading: 'Take care',
  doneMessage: 'Well done! You finished: {name}.',
  announce: {
    leadIn: '{name}: get into position. Starting in {duration}.',
    holdSide: '{side}, round {rep} of {reps}. {phase} for {duration}.',
    hold: 'Round {rep} of {reps}. {phase} for {duration}.',
    rest: 'Rest for {duration}. Up next: {next}.',
    left: '{duration} left.',
    paused: 'Paused.',
    resumed: 'Resumed.',
    done: 'Done. Well done!',
  },
};

/** English strings for `<stretch-routine>`. */
export const routineText: RoutineText = {
  listLabel: 'Exercises in this routine',
  progress: 'Exercise {index} of {count}',
  upNext: 'Up next: {name}',
  announceStep: 'Exercise {index} of {count}: {name}.',
  complete: 'Routine finished. Well done!',
  startAgain: 'Start the routine again',
  unknown: 'Unknown exercise: “{id}” (skipped)',
};
