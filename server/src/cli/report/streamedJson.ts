/** Stands in for the streamed array while the rest of the document is stringified. */
const PLACEHOLDER = '\u0000leaddocs-streamed-array\u0000';

/**
 * A JSON document, indented by two as `JSON.stringify(document, null, 2)` would print it, with
 * one array written item by item: `withArray` puts a placeholder where the array goes, and the
 * items are stringified one at a time, so the document's text is never whole in memory.
 */
export function* streamedJson(withArray: (placeholder: string) => unknown, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(withArray(PLACEHOLDER), null, 2);
  const quoted = JSON.stringify(PLACEHOLDER);
  const at = text.indexOf(quoted);
  if (at < 0) throw new Error('streamedJson: the document does not hold the placeholder.');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = ' '.repeat(text.slice(lineStart).search(/\S/));
  const itemIndent = `${indent}  `;
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${itemIndent}${JSON.stringify(item, null, 2).replaceAll('\n', `\n${itemIndent}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
  yield `${text.slice(at + quoted.length)}\n`;
}
