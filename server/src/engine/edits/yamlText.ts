/** Writes values the way an author would type them in front matter: plain when YAML allows it. */

// Plain scalars YAML would read as something other than the same string (numbers, booleans, null).
const NON_STRING_PLAIN = /^(?:~|null|true|false|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

export function yamlScalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text === '') return '""';
  const needsQuotes = NON_STRING_PLAIN.test(text) || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) || /:\s|\s#|:$|\s$/.test(text) || /[\n\r\t]/.test(text);
  return needsQuotes ? JSON.stringify(text) : text;
}

/** A value on one line: scalars plain or quoted, lists in flow style (`[a, b]`). */
export function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlScalar).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return yamlScalar(value);
}
