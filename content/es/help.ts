/**
 * The Spanish words of the short "Get help now" box and the default emergency number: their own module, so that an
 * element that shows only this box (`<stretch-routine>`) carries none of the other warning signs' text.
 */
import type { RedFlagsText } from '../types.js';

/** The default text for the local emergency number; sites set their own with `emergency-number`. */
export const emergencyNumber = "número de emergencias de tu país (112 en España y la UE; 911 en EE. UU. y México)";

export const helpBox: RedFlagsText['box'] = {
  title: 'Busca ayuda ahora mismo si:',
  action: "Llama al {emergencyNumber} o ve a urgencias.",
  items: {
    'saddle-numbness': "notas entumecidos el ano, las nalgas o los genitales",
    'bladder-bowel': "tienes problemas nuevos para orinar o hacer caca, o no puedes orinar nada",
    'both-legs': "tienes las dos piernas débiles, entumecidas o con dolor como de ciática",
    'clot-breathless': "tienes una pierna hinchada y dolorida y te falta el aire o te duele el pecho",
    'cannot-stand': "no puedes ponerte de pie ni apoyar el peso en la pierna después de una caída",
  },
  more: 'Todas las señales de alarma: {section}',
};
