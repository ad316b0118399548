import { headingKey } from '../engine/model/headingKey';
import type { Section } from '../engine/model/blocks';
import { splitHeadingAttributes } from './headingAttributes';

/** Front matter key listing section titles to leave out: `confidential: [Pricing, Headcount]`. */
export const CONFIDENTIAL_KEY = 'confidential';

export interface ConfidentialPlan {
  /** Line ranges [start, end) to cut, outermost sections only, in document order. */
  readonly cuts: readonly { readonly start: number; readonly end: number; readonly title: string }[];
  /** Names listed in front matter that match no heading: a typo here would leak the section. */
  readonly unmatchedNames: readonly string[];
  /** The front matter value was not a list of names. */
  readonly invalidList: boolean;
}

/**
 * Decides which sections never leave the editor. A section is confidential when its heading
 * ends with `{.confidential}` / `{confidential}` or its title is listed under `confidential:`
 * in front matter; its sub-sections go with it and count as part of it.
 */
export function planConfidentialCuts(sections: readonly Section[], frontMatter: Readonly<Record<string, unknown>>, titleLine: number | undefined): ConfidentialPlan {
  const listed = listedNames(frontMatter[CONFIDENTIAL_KEY]);
  const wanted = new Map((listed.names ?? []).map((name) => [headingKey(name), name]));
  const matched = new Set<string>();
  const cuts: { start: number; end: number; title: string }[] = [];
  for (const section of sections) {
    if (section.heading.line === titleLine) continue;
    const { text, confidential } = splitHeadingAttributes(section.heading.text);
    const key = headingKey(text);
    const isListed = wanted.has(key);
    if (isListed) matched.add(key);
    if (!confidential && !isListed) continue;
    const last = cuts[cuts.length - 1];
    // Nested inside a section already cut: removed with it, not counted again.
    if (last !== undefined && section.heading.line < last.end) continue;
    cuts.push({ start: section.heading.line, end: section.endLine, title: text });
  }
  const unmatchedNames = [...wanted].filter(([key]) => !matched.has(key)).map(([, name]) => name);
  return { cuts, unmatchedNames, invalidList: listed.names === undefined };
}

function listedNames(value: unknown): { names: string[] | undefined } {
  if (value === undefined || value === null) return { names: [] };
  if (typeof value === 'string') return { names: [value] };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return { names: value.map(String) };
  }
  return { names: undefined };
}
