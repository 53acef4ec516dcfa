import type { RoutineText, TimerText } from '../types.js';

/** English strings for `<stretch-timer>`. */
export const timerText: TimerText = {
  genericName: 'Glute stretch',
  phases: { ready: 'Ready', 'lead-in': 'Get into position', hold: 'Hold', rest: 'Rest', done: 'Done' },
  sides: { left: 'Left side', right: 'Right side' },
  round: 'Round {rep} of {reps}',
  planBoth: 'Hold {duration}, {rounds}, each side',
  planOne: 'Hold {duration}, {rounds}',
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
    holdSide: '{side}, round {rep} of {reps}: hold for {duration}.',
    hold: 'Round {rep} of {reps}: hold for {duration}.',
    rest: 'Rest for {duration}. Up next: {next}.',
    left: '{duration} left.',
    paused: 'Paused.',
    resumed: 'Resumed.',
    done: 'Done. Well done!',
  },
};

/** English strings for `<stretch-routine>`. */
export const routineText: RoutineText = {
  listLabel: 'Stretches in this routine',
  progress: 'Stretch {index} of {count}',
  upNext: 'Up next: {name}',
  announceStep: 'Stretch {index} of {count}: {name}.',
  complete: 'Routine finished. Well done!',
  startAgain: 'Start the routine again',
};
