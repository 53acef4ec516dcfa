/** Dispatches a bubbling, composed CustomEvent from `host` (the events every element fires). */
export function emit<T>(host: EventTarget, type: string, detail?: T): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
