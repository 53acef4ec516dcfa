import type { CitedText } from '../types.js';

export const prevention: CitedText[] = [
  { text: "No hay un solo hábito que se haya demostrado que evite los nudos. Estos consejos actúan sobre lo que se cree que los desencadena o hace que duren.", sources: ['S5', 'S1', 'S9'] },
  { text: "Interrumpe los ratos largos en la silla. Levántate y muévete a menudo a lo largo del día.", sources: ['S69', 'S70'] },
  { text: "Pasa menos tiempo en la silla en total, aunque también hagas ejercicio. Por ejemplo, ponte de pie mientras hablas por teléfono.", sources: ['S70', 'S69'] },
  { text: "Antes de sentarte, saca la cartera (billetera) o el teléfono del bolsillo de atrás. Puede presionar el nervio ciático y los nudos.", sources: ['S68'] },
  { text: "Cambia de postura a menudo e intenta no encorvarte. Si tu trabajo te obliga a pasar el día en una silla, pide que revisen tu mesa y tu silla.", sources: ['S72'] },
  { text: "En la cama, cuando te acuestes de lado, pon una almohada entre las rodillas. Si te acuestas boca arriba, ponla debajo de las rodillas.", sources: ['S34'] },
  { text: "Trabaja los músculos de la cadera con ejercicios de fuerza al menos 2 días por semana. Intenta también sumar 150 minutos a la semana de actividad moderada: la suficiente para que se te acelere el pulso, pero que todavía te deje hablar.", sources: ['S69', 'S1'] },
  { text: "Aumenta el entrenamiento poco a poco, y calienta de 5 a 10 minutos antes de hacer ejercicio o de estirar.", sources: ['S70', 'S33', 'S44'] },
  { text: "Cuídate en general: controla el estrés, duerme bien y haz actividad física.", sources: ['S6', 'S1'] },
];
