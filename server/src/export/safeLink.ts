/**
 * Link targets an exported file may keep. Anything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`) would run code or reach into the reader's machine when clicked, so it becomes text.
 */
const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function safeHref(attribute: string | number | null | undefined): string | undefined {
  if (attribute === null || attribute === undefined) return undefined;
  const href = String(attribute);
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = [...href].filter((char) => char.charCodeAt(0) > 0x20 && char.charCodeAt(0) !== 0x7f).join('');
  if (compact === '') return undefined;
  if (SAFE_SCHEME.test(compact)) return href.trim();
  // Relative links and in-page anchors have no scheme; they stay as written.
  if (!HAS_SCHEME.test(compact)) return href.trim();
  return undefined;
}
