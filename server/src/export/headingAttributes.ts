/**
 * Trailing heading attributes in the Pandoc / markdown-it-attrs style: `## Pricing {.confidential}`,
 * `## Risks {#risks .no-toc}`. The bare word `{confidential}` is accepted too because authors
 * write it that way; any other bare word (`{TODO}`) is a placeholder, not an attribute.
 */
const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|[^\s}]+)|confidential)`;
// Starts only at the first space before the brace, so a run of spaces is not rescanned from each.
const TRAILING_ATTRIBUTES = new RegExp(String.raw`(?<!\s)\s*\{\s*(${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)\s*\}\s*$`, 'i');

export interface HeadingAttributes {
  /** The heading text without the attribute block. */
  readonly text: string;
  readonly classes: readonly string[];
  readonly confidential: boolean;
}

export function splitHeadingAttributes(heading: string): HeadingAttributes {
  const match = TRAILING_ATTRIBUTES.exec(heading);
  // A heading that is nothing but braces keeps them: it is a template placeholder.
  if (match === null || match.index === 0) return { text: heading.trim(), classes: [], confidential: false };
  const parts = (match[1] ?? '').split(/\s+/);
  const classes = parts.filter((part) => part.startsWith('.')).map((part) => part.slice(1).toLowerCase());
  const confidential = classes.includes('confidential') || parts.some((part) => part.toLowerCase() === 'confidential');
  return { text: heading.slice(0, match.index).trim(), classes, confidential };
}
