import type { Section } from '../model/blocks';
import type { InlineField } from '../model/inlineMetadata';
import type { LeadDocument } from '../model/leadDocument';
import type { ContentSignature, DocTypeSpec, ResolvedDocType } from './docTypeSpec';
import { allSectionSpecs, matchSectionTitles, variantsOf } from './sectionMatcher';
import { anyGlob, type PathMatcher } from './teamGlobs';

/** How the type was decided: useful in hovers and when a user wonders why a file is checked. */
export type DetectedBy = 'front-matter' | 'path' | 'content';

export interface Detection {
  readonly docType: ResolvedDocType;
  readonly detectedBy: DetectedBy;
}

/** Names that are never a leadership document by path or content, whatever folder they sit in. */
const ALWAYS_EXCLUDED = ['**/README.md', '**/readme.md', '**/index.md', '**/_index.md', '**/CONTRIBUTING.md', '**/CHANGELOG.md', '**/SUMMARY.md', '**/*template*.md', '**/*TEMPLATE*.md'];

/**
 * Decides a document's type; first match wins: front matter `type:` or `$schema:`, then path
 * globs (a team's own globs before any built-in default), then content. Index, README and
 * template files never match by path or content.
 */
export class DocTypeDetector {
  private readonly byId = new Map<string, ResolvedDocType>();
  private readonly configuredPaths: Array<{ docType: ResolvedDocType; include: PathMatcher }> = [];
  private readonly defaultPaths: Array<{ docType: ResolvedDocType; include: PathMatcher }> = [];
  private readonly excluded: PathMatcher;

  constructor(docTypes: readonly ResolvedDocType[], pathGlobs: Readonly<Record<string, readonly string[]>>) {
    for (const docType of docTypes) this.byId.set(docType.spec.id, docType);
    const excludes = new Set(ALWAYS_EXCLUDED);
    for (const docType of this.byId.values()) {
      const configured = pathGlobs[docType.spec.id];
      const globs = configured ?? docType.spec.detect?.paths ?? [];
      if (globs.length > 0) (configured === undefined ? this.defaultPaths : this.configuredPaths).push({ docType, include: anyGlob(globs) });
      for (const glob of docType.spec.detect?.exclude ?? []) excludes.add(glob);
    }
    this.excluded = anyGlob(excludes);
  }

  detect(document: LeadDocument, inlineFields: () => readonly InlineField[]): Detection | undefined {
    const declared = this.fromFrontMatter(document);
    if (declared !== undefined) return { docType: declared, detectedBy: 'front-matter' };
    const path = document.path;
    if (path !== undefined) {
      // Excluded names (README, index, templates) stay silent even when their content looks typed.
      if (this.excluded(path)) return undefined;
      for (const { docType, include } of [...this.configuredPaths, ...this.defaultPaths]) {
        if (include(path)) return { docType, detectedBy: 'path' };
      }
    }
    for (const docType of this.byId.values()) {
      if (matchesContent(document, docType.spec, inlineFields)) return { docType, detectedBy: 'content' };
    }
    return undefined;
  }

  private fromFrontMatter(document: LeadDocument): ResolvedDocType | undefined {
    const data = document.frontMatter?.data;
    if (data === undefined) return undefined;
    const type = data['type'];
    if (typeof type === 'string') {
      const found = this.byId.get(type.trim().toLowerCase());
      if (found !== undefined) return found;
    }
    const schema = data['$schema'];
    if (typeof schema === 'string') {
      const fileName = schema.split(/[\\/]/).pop()?.toLowerCase();
      for (const docType of this.byId.values()) {
        const id = docType.frontMatterSchema?.['$id'];
        if (schema === id) return docType;
        if (fileName !== undefined && fileName === docType.spec.frontMatterSchema?.toLowerCase()) return docType;
      }
    }
    return undefined;
  }
}

/**
 * Content alone is weak evidence, so it takes exact section titles (no aliases): a design doc
 * with "Background" and "Alternatives" headings is not an ADR.
 */
function matchesContent(document: LeadDocument, spec: DocTypeSpec, inlineFields: () => readonly InlineField[]): boolean {
  const signatures = spec.detect?.content ?? [];
  if (signatures.length === 0 || document.headings.length < 2) return false;
  const matched = matchSectionTitles(document.sections, allSectionSpecs(variantsOf(spec)));
  return signatures.some((signature) => {
    if (!sectionsPresent(signature, matched)) return false;
    if (signature.inlineFields === undefined) return true;
    // A log4brains status is a list line or table row under the title, not a sentence.
    const keys = new Set(inlineFields().filter((field) => field.source !== 'line').map((field) => field.key));
    return signature.inlineFields.every((name) => keys.has(name));
  });
}

function sectionsPresent(signature: ContentSignature, matched: ReadonlyMap<string, Section>): boolean {
  const all = signature.allSections === undefined || signature.allSections.every((id) => matched.has(id));
  const any = signature.anySections === undefined || signature.anySections.some((id) => matched.has(id));
  return all && any;
}
