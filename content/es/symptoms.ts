import type { SymptomsText } from '../types.js';

export const symptoms: SymptomsText = {
  'look-alikes': "Otros problemas, como un nervio atrapado o un problema de la cadera o de un tendón, pueden causar las mismas sensaciones. Un médico de familia o un fisioterapeuta puede distinguirlos.",
  lump: "Un bulto pequeño y duro, en una banda tensa de músculo, que duele al apretarlo.",
  'deep-ache': "Un dolor profundo en la nalga que no se pasa como se pasa el dolor muscular normal.",
  'referred-pain': "Dolor lejos del nudo, por ejemplo en la parte baja de la espalda, en el lateral de la cadera o en la parte de atrás del muslo.",
  'leg-pain': "Dolor que baja por el lateral o por la parte de atrás de la pierna, incluso hasta el tobillo. Puede parecer una ciática. Si no se pasa, pide que te lo revisen.",
  stiffness: "Caderas rígidas. Puede que el músculo no se estire tanto como antes.",
  'sitting-pain': "Dolor al pasar mucho tiempo en una silla, al levantarte de ella, al caminar o al acostarte sobre el lado que duele.",
  limp: "Cojera, o debilidad al separar la pierna hacia un lado. Si cojeas o notas una debilidad nueva, pide a un médico de familia o a un fisioterapeuta que te revise.",
  'poor-sleep': "Dormir mal y tener cansancio por culpa del dolor.",
  tingling: "Hormigueo, sensación de alfileres o entumecimiento por la parte de atrás de la pierna. Un piriforme tenso puede causarlo, pero también un problema en la columna. Pide que te lo revisen.",
};
