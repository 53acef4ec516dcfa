import type { CitedText } from '../types.js';

export const symptoms: CitedText[] = [
  { text: "Otros problemas, como un nervio atrapado o un problema de la cadera o de un tendón, pueden causar las mismas sensaciones. Un médico de familia o un fisioterapeuta puede distinguirlos.", sources: ['S30', 'S33', 'S34'] },
  { text: "Un bulto pequeño y duro, en una banda tensa de músculo, que duele al apretarlo.", sources: ['S3', 'S1'] },
  { text: "Un dolor profundo en la nalga que no se pasa como se pasa el dolor muscular normal.", sources: ['S1'] },
  { text: "Dolor lejos del nudo, por ejemplo en la parte baja de la espalda, en el lateral de la cadera o en la parte de atrás del muslo.", sources: ['S1', 'S3', 'S13'] },
  { text: "Dolor que baja por el lateral o por la parte de atrás de la pierna, incluso hasta el tobillo. Puede parecer una ciática. Si no se pasa, pide que te lo revisen.", sources: ['S16', 'S34'] },
  { text: "Caderas rígidas. Puede que el músculo no se estire tanto como antes.", sources: ['S4', 'S5'] },
  { text: "Dolor al pasar mucho tiempo en una silla, al levantarte de ella, al caminar o al acostarte sobre el lado que duele.", sources: ['S16'] },
  { text: "Cojera, o debilidad al separar la pierna hacia un lado. Si cojeas o notas una debilidad nueva, pide a un médico de familia o a un fisioterapeuta que te revise.", sources: ['S18', 'S33'] },
  { text: "Dormir mal y tener cansancio por culpa del dolor.", sources: ['S1'] },
  { text: "Hormigueo, sensación de alfileres o entumecimiento por la parte de atrás de la pierna. Un piriforme tenso puede causarlo, pero también un problema en la columna. Pide que te lo revisen.", sources: ['S28', 'S34'] },
];
