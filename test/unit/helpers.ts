/** A stand-in for an element in Node: the attribute checks only read its tag name. */
export const host = (localName: string) => ({ localName }) as unknown as Element;

/** Runs `fn` and returns what it warned. */
export function captured(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}
