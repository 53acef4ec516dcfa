// Writes a JSON-like value as PHP source (array( ... ) with single-quoted strings), for the plugin's generated data.
const quote = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function phpValue(value, indent = '') {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string') return quote(value);
  const inner = `${indent}\t`;
  if (Array.isArray(value)) {
    if (!value.length) return 'array()';
    return `array(\n${value.map((v) => `${inner}${phpValue(v, inner)},`).join('\n')}\n${indent})`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return 'array()';
  return `array(\n${entries.map(([k, v]) => `${inner}${quote(k)} => ${phpValue(v, inner)},`).join('\n')}\n${indent})`;
}
