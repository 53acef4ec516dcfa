import type { SafetyText } from '../types.js';

export const safety: SafetyText = {
  nerve: "Stop if you feel tingling, numbness or burning down your leg.",
  hip: "Had a hip replacement or other hip surgery? Do not do this unless your surgeon or physio has said it is safe for you. Many people are told not to bend the hip past a right angle or cross the leg over the middle of the body.",
};
