import type { RoutineText, TimerText } from '../types.js';

/** Spanish strings for `<stretch-timer>`. */
export const timerText: TimerText = {
  genericName: 'Estiramiento de glúteos',
  phases: { ready: 'Todo listo', 'lead-in': 'Colócate en posición', rest: 'Descansa', done: 'Terminado' },
  work: { stretch: 'Mantén', release: 'Rueda', strength: 'Sube y mantén' },
  sides: { left: 'Lado izquierdo', right: 'Lado derecho' },
  round: 'Ronda {rep} de {reps}',
  planBoth: '{phase} {duration}, {rounds}, en cada lado',
  planOne: '{phase} {duration}, {rounds}',
  rounds: { one: '{n} ronda', many: '{n} rondas', other: '{n} rondas' },
  nextSide: '{side}, ronda {rep} de {reps}',
  upNext: 'A continuación: {next}',
  seconds: { one: '{n} segundo', many: '{n} segundos', other: '{n} segundos' },
  timeLabel: 'Tiempo restante',
  start: 'Empezar',
  pause: 'Pausa',
  resume: 'Continuar',
  skip: 'Saltar',
  skipLabel: 'Saltar al siguiente paso',
  reset: 'Reiniciar',
  again: 'Otra vez',
  controlsLabel: 'Controles del temporizador',
  stepsSummary: 'Cómo hacerlo',
  cautionsHeading: 'Precauciones',
  doneMessage: '¡Bien hecho! Has completado: {name}.',
  announce: {
    leadIn: '{name}: colócate en posición. Empezamos en {duration}.',
    holdSide: '{side}, ronda {rep} de {reps}. {phase} durante {duration}.',
    hold: 'Ronda {rep} de {reps}. {phase} durante {duration}.',
    rest: 'Descansa {duration}. A continuación: {next}.',
    left: 'Tiempo restante: {duration}.',
    paused: 'En pausa.',
    resumed: 'Reanudado.',
    done: 'Terminado. ¡Bien hecho!',
  },
};

/** Spanish strings for `<stretch-routine>`. */
export const routineText: RoutineText = {
  listLabel: 'Ejercicios de esta rutina',
  progress: 'Ejercicio {index} de {count}',
  upNext: 'A continuación: {name}',
  announceStep: 'Ejercicio {index} de {count}: {name}.',
  complete: 'Rutina terminada. ¡Bien hecho!',
  startAgain: 'Empezar la rutina de nuevo',
  unknown: 'Ejercicio desconocido: «{id}» (se omite)',
};
