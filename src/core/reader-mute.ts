/**
 * The reader's own "Mute" for the cues a site turned on (sound, voice, vibration): one switch for every glute-knots
 * element of the page, kept in this module only, so it lasts until the page is reloaded and nothing is stored.
 */

type Listener = (muted: boolean) => void;

let muted = false;
const listeners = new Set<Listener>();

/** Whether the reader has muted the cues on this page. */
export const isMuted = (): boolean => muted;

/** Mutes or unmutes every element on the page (each one is told, and re-renders its toggle). */
export function setMuted(value: boolean): void {
  if (value === muted) return;
  muted = value;
  for (const listener of [...listeners]) listener(muted);
}

/** Calls `listener` at every change until the returned function is called. */
export function onMutedChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
