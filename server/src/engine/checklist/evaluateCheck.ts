import type { CheckSpec } from '../doctypes/docTypeSpec';
import { bodyText, hasContent, itemsOf, itemTexts, sectionText } from '../derive/sectionContent';
import type { CheckContext } from './checkContext';
import { compilePattern, type PatternEngine } from '../doctypes/checklistPatterns';
import type { Section } from '../model/blocks';
import type { LeadDocument } from '../model/leadDocument';

/**
 * A section's authored text, read once per analysis however many patterns look at it (stripping
 * template comments from a long section costs more than the match).
 */
export class SectionTexts {
  private readonly texts = new Map<Section, string>();
  constructor(private readonly document: LeadDocument) {}

  of(section: Section): string {
    let text = this.texts.get(section);
    if (text === undefined) this.texts.set(section, (text = sectionText(section, this.document)));
    return text;
  }
}

/** Evaluates one predicate of the checklist vocabulary. Unknown sections simply fail. */
export function evaluateCheck(check: CheckSpec, context: CheckContext, texts = new SectionTexts(context.document)): boolean {
  switch (check.kind) {
    case 'section': {
      const section = context.sectionsById.get(check.section);
      return section !== undefined && (check.nonEmpty !== true || hasContent(section));
    }
    case 'fields': {
      const present = (name: string): boolean => context.fields[name] !== undefined;
      const all = check.all === undefined || check.all.every(present);
      const any = check.any === undefined || check.any.some(present);
      return all && any;
    }
    case 'status':
      return context.status?.value !== null && context.status?.value !== undefined && check.in.includes(context.status.value);
    case 'listItems': {
      const section = context.sectionsById.get(check.section);
      if (section === undefined) return false;
      // Options are written either as bullets or as one sub-heading each (MADR's pros and cons).
      const count = Math.max(itemsOf(section).length, section.children.length);
      return count >= check.min;
    }
    case 'pattern': {
      const regex = compilePattern(check.regex, check.flags, context.patternEngine);
      if (check.field !== undefined) {
        const field = context.fields[check.field];
        return field !== undefined && regex.test(field.text);
      }
      if (check.section !== undefined) {
        const section = context.sectionsById.get(check.section);
        return section !== undefined && regex.test(texts.of(section));
      }
      return regex.test(bodyText(context.document));
    }
    case 'eachItem': {
      const section = context.sectionsById.get(check.section);
      if (section === undefined) return false;
      const items = itemTexts(section, context.document);
      return items.length >= (check.min ?? 1) && everyItemMatches(items, check.patterns, check.flags, context.patternEngine);
    }
    case 'sectionsFirst': {
      const first = context.document.sections.find((section) => section.heading.level > 1 || section !== context.document.sections[0]);
      if (first === undefined) return false;
      return check.sections.some((id) => context.sectionsById.get(id) === first);
    }
    case 'allOf':
      return check.checks.every((inner) => evaluateCheck(inner, context, texts));
    case 'anyOf':
      return check.checks.some((inner) => evaluateCheck(inner, context, texts));
    case 'not':
      return !evaluateCheck(check.check, context, texts);
  }
}

/** Every item matches every pattern; loops rather than closures, as this runs for each document. */
function everyItemMatches(items: readonly string[], patterns: readonly string[], flags: string | undefined, engine: PatternEngine): boolean {
  for (const source of patterns) {
    const pattern = compilePattern(source, flags, engine);
    for (const item of items) if (!pattern.test(item)) return false;
  }
  return true;
}
