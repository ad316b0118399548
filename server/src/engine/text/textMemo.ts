/**
 * Remembers a pure function of a short text: headings and metadata keys repeat from document to
 * document (every ADR of a team has its `## Context` and `status:`), and working one out again
 * cost several string copies each time. Keyed by the text itself, so an answer is never stale.
 * The memory is bounded: texts longer than `longest` are not kept, and past `limit` texts it
 * starts again, so a workspace of unique headings costs what it did without it, plus a lookup.
 */
export function textMemo(compute: (text: string) => string, limit = 2_000, longest = 200): (text: string) => string {
  let known = new Map<string, string>();
  return (text) => {
    if (text.length > longest) return compute(text);
    let result = known.get(text);
    if (result === undefined) {
      result = detached(compute(text));
      if (known.size >= limit) known = new Map();
      known.set(detached(text), result);
    }
    return result;
  };
}

/**
 * A copy of the text that holds no reference to a larger string: a heading read from a document
 * may be a slice of the whole document's text, and keeping the slice would keep the document.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}
