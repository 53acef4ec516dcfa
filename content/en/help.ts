/**
 * The English words of the short "Get help now" box and the default emergency number: their own module, so that an
 * element that shows only this box (`<stretch-routine>`) carries none of the other warning signs' text.
 */
import type { RedFlagsText } from '../types.js';

/** The default text for the local emergency number; sites set their own with `emergency-number`. */
export const emergencyNumber = "999 in the UK, 911 in the US, 112 in the EU";

export const helpBox: RedFlagsText['box'] = {
  title: 'Get help now if:',
  action: "Call {emergencyNumber}, or go to the emergency department.",
  items: {
    'saddle-numbness': 'your bottom or genitals feel numb',
    'bladder-bowel': "you have new trouble peeing or pooing, or cannot pee at all",
    'both-legs': "both legs are weak, numb or have sciatica-like pain",
    'clot-breathless': "a leg is swollen and painful and you are breathless or have chest pain",
    'cannot-stand': "you cannot stand or put weight on your leg after a fall",
  },
  more: 'All warning signs: {section}',
};
