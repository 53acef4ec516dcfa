import type { SafetyText } from '../types.js';

export const safety: SafetyText = {
  nerve: "Para si notas hormigueo, entumecimiento o ardor que baja por la pierna.",
  hip: "¿Te han puesto una prótesis de cadera o te han hecho otra operación de cadera? No hagas este ejercicio salvo que tu cirujano o tu fisioterapeuta te haya dicho que es seguro para ti. A muchas personas les indican que no doblen la cadera más allá de un ángulo recto ni crucen la pierna más allá de la línea media del cuerpo.",
};
