import type { GuideText, TableText } from '../ui-guide-types.js';

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
  date: '{day} de {month} de {year}',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
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
  releasesHeading: 'Automasaje guiado',
  strengthHeading: 'Ejercicios para mantener fuertes las caderas',
  akaLabel: 'Otros nombres:',
  stepsHeading: 'Pasos',
  cautionsHeading: 'Precauciones',
  timerPlaceholder: 'Temporizador para: {name}',
  tableSources: 'Fuentes de la tabla:',
  citeLabel: 'fuente',
  sourcesIntro: 'Los números entre corchetes del texto remiten a estas fuentes.',
};
