import type { RoutineText, TimerText } from '../types.js';
import type { GuideText, TableText } from '../ui-guide-types.js';
import type { MapText } from '../ui-map-types.js';

/** Spanish strings for `<stretch-timer>`. */
export const timerText: TimerText = {
  genericName: 'Estiramiento de glúteos',
  phases: { ready: 'Todo listo', 'lead-in': 'Colócate en posición', hold: 'Mantén', rest: 'Descansa', done: 'Terminado' },
  sides: { left: 'Lado izquierdo', right: 'Lado derecho' },
  round: 'Ronda {rep} de {reps}',
  planBoth: 'Mantén {duration}, {rounds}, en cada lado',
  planOne: 'Mantén {duration}, {rounds}',
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
    holdSide: '{side}, ronda {rep} de {reps}: mantén durante {duration}.',
    hold: 'Ronda {rep} de {reps}: mantén durante {duration}.',
    rest: 'Descansa {duration}. A continuación: {next}.',
    left: 'Tiempo restante: {duration}.',
    paused: 'En pausa.',
    resumed: 'Reanudado.',
    done: 'Terminado. ¡Bien hecho!',
  },
};

/** Spanish strings for `<stretch-routine>`. */
export const routineText: RoutineText = {
  listLabel: 'Estiramientos de esta rutina',
  progress: 'Estiramiento {index} de {count}',
  upNext: 'A continuación: {name}',
  announceStep: 'Estiramiento {index} de {count}: {name}.',
  complete: 'Rutina terminada. ¡Bien hecho!',
  startAgain: 'Empezar la rutina de nuevo',
};

/** Spanish strings for `<causes-table>`. */
export const tableText: TableText = {
  caption: 'Causas frecuentes de los nudos en los glúteos, y qué ayuda',
  note: 'Son desencadenantes probables, basados sobre todo en la experiencia.',
  columns: {
    cause: 'Causa',
    description: 'Cómo provoca nudos',
    helps: 'Qué ayuda',
  },
  highlighted: '(destacada)',
};

/** Spanish strings for `<glute-knot-guide>`. The health facts come from the other modules in this folder. */
export const guideText: GuideText = {
  dateLocale: 'es',
  navLabel: 'En esta página',
  disclaimer: 'Esto es información general, no consejo médico. No sirve para darte un diagnóstico. Última revisión: {date}.',
  sections: {
    what: { heading: '¿Qué es un nudo en los glúteos?', nav: 'Qué es un nudo' },
    who: { heading: '¿A quién le salen?', nav: 'A quién le salen' },
    causes: { heading: '¿Qué los causa?', nav: 'Causas' },
    symptoms: { heading: 'Señales y síntomas', nav: 'Señales' },
    'see-a-professional': { heading: 'Cuándo pedir ayuda', nav: 'Cuándo pedir ayuda' },
    treatments: { heading: 'Qué puede ayudar', nav: 'Qué puede ayudar' },
    prevention: { heading: 'Cómo reducir el riesgo', nav: 'Prevención' },
    faq: { heading: 'Preguntas frecuentes', nav: 'Preguntas' },
    sources: { heading: 'Fuentes', nav: 'Fuentes' },
  },
  evidenceHeading: '¿Hasta qué punto estamos seguros?',
  musclesHeading: 'Los músculos implicados',
  muscleLabels: {
    where: 'Dónde está',
    does: 'Qué hace',
    knots: 'Dónde se forman los nudos',
    referral: 'Dónde puedes notar el dolor',
  },
  howHeading: 'Cómo hacerlo',
  safetyLabel: 'Ten cuidado:',
  stretchesHeading: 'Estiramientos que puedes probar',
  akaLabel: 'Otros nombres:',
  stepsHeading: 'Pasos',
  cautionsHeading: 'Precauciones',
  timerPlaceholder: 'Temporizador para: {name}',
  tableSources: 'Fuentes de la tabla:',
  citeLabel: 'fuente',
  sourcesIntro: 'Los números entre corchetes del texto remiten a estas fuentes.',
};

/** Spanish strings for `<glute-muscle-map>`. */
export const mapText: MapText = {
  groupLabel: 'Músculos glúteos: elige uno',
  caption: 'Las caderas vistas desde atrás. Los músculos están dibujados en el lado derecho del cuerpo.',
  shortNames: {
    'gluteus-maximus': 'Mayor',
    'gluteus-medius': 'Medio',
    'gluteus-minimus': 'Menor',
    piriformis: 'Piriforme',
  },
  nerve: 'Nervio ciático',
  legend: {
    nerve: 'Nervio ciático',
    deep: 'Contorno discontinuo: un músculo profundo, debajo de los demás',
    zone: 'Zona punteada: por donde puede extenderse el dolor',
  },
  prompt: 'Elige un músculo en el dibujo para ver qué hace, dónde están sus nudos y hacia dónde pueden mandar dolor.',
  headings: {
    where: 'Dónde está',
    does: 'Qué hace',
    knots: 'Dónde están los nudos',
    referral: 'Por dónde puede extenderse el dolor',
  },
  sources: 'Fuentes:',
  sourceLink: 'Fuente: {title}, {publisher}',
  listLabel: 'Los músculos glúteos, en texto',
};
