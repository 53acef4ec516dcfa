import type { PreventionText } from '../types.js';

export const prevention: PreventionText = {
  'no-single-habit': "No hay un solo hábito que se haya demostrado que evite los nudos. Estos consejos actúan sobre lo que se cree que los desencadena o hace que duren.",
  'break-up-sitting': "Interrumpe los ratos largos en la silla. Levántate y muévete a menudo a lo largo del día.",
  'sit-less': "Pasa menos tiempo en la silla en total, aunque también hagas ejercicio. Por ejemplo, ponte de pie mientras hablas por teléfono.",
  'back-pocket': "Antes de sentarte, saca la cartera (billetera) o el teléfono del bolsillo de atrás. Puede presionar el nervio ciático y los nudos.",
  'change-position': "Cambia de postura a menudo e intenta no encorvarte. Si tu trabajo te obliga a pasar el día en una silla, pide que revisen tu mesa y tu silla.",
  pillows: "En la cama, cuando te acuestes de lado, pon una almohada entre las rodillas. Si te acuestas boca arriba, ponla debajo de las rodillas.",
  strength: "Trabaja los músculos de la cadera con ejercicios de fuerza al menos 2 días por semana. Intenta también sumar 150 minutos a la semana de actividad moderada: la suficiente para que se te acelere el pulso, pero que todavía te deje hablar.",
  'build-up': "Aumenta el entrenamiento poco a poco, y calienta de 5 a 10 minutos antes de hacer ejercicio o de estirar.",
  'whole-self': "Cuídate en general: controla el estrés, duerme bien y haz actividad física.",
};
