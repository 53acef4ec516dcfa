import type { MapText } from '../ui-map-types.js';

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
