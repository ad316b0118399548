import picomatch from 'picomatch';
import type { DocumentAnalysis } from '../analysis';
import type { LeadDocument } from '../model/leadDocument';
import { readInlineFields } from '../model/inlineMetadata';
import type { ContentSignature, DocTypeSpec, ResolvedDocType } from './docTypeSpec';
import { allSectionSpecs, matchSections, variantsOf } from './sectionMatcher';

export interface Detection {
  readonly docType: ResolvedDocType;
  readonly detectedBy: NonNullable<DocumentAnalysis['detectedBy']>;
}

type Matcher = (path: string) => boolean;

/**
 * Decides a document's type; first match wins: front matter `type:` or `$schema:`, then path
 * globs, then content. Index, README and template files never match by path or content.
 */
export class DocTypeDetector {
  private readonly byId = new Map<string, ResolvedDocType>();
  private readonly pathMatchers: Array<{ docType: ResolvedDocType; include: Matcher; exclude: Matcher }> = [];

  constructor(docTypes: readonly ResolvedDocType[], pathGlobs: Readonly<Record<string, readonly string[]>>) {
    for (const docType of docTypes) this.byId.set(docType.spec.id, docType);
    for (const docType of this.byId.values()) {
      const globs = pathGlobs[docType.spec.id] ?? docType.spec.detect?.paths ?? [];
      this.pathMatchers.push({
        docType,
        include: globs.length === 0 ? () => false : picomatch([...globs], { dot: true, nocase: true }),
        exclude: picomatch([...(docType.spec.detect?.exclude ?? ['**/README.md', '**/index.md'])], { dot: true, nocase: true }),
      });
    }
  }

  get(id: string): ResolvedDocType | undefined {
    return this.byId.get(id);
  }

  detect(document: LeadDocument): Detection | undefined {
    const declared = this.fromFrontMatter(document);
    if (declared !== undefined) return { docType: declared, detectedBy: 'front-matter' };
    const path = document.path;
    if (path !== undefined) {
      for (const { docType, include, exclude } of this.pathMatchers) {
        if (include(path) && !exclude(path)) return { docType, detectedBy: 'path' };
      }
    }
    // Excluded names (README, index, templates) stay silent even when their content looks typed.
    if (path !== undefined && this.pathMatchers.some(({ include, exclude }) => include(path) && exclude(path))) return undefined;
    for (const docType of this.byId.values()) {
      if (matchesContent(document, docType.spec)) return { docType, detectedBy: 'content' };
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

function matchesContent(document: LeadDocument, spec: DocTypeSpec): boolean {
  const signatures = spec.detect?.content ?? [];
  if (signatures.length === 0 || document.headings.length === 0) return false;
  const matched = matchSections(document.sections, allSectionSpecs(variantsOf(spec)));
  let inlineKeys: Set<string> | undefined;
  return signatures.some((signature) => {
    if (!sectionsPresent(signature, matched)) return false;
    if (signature.inlineFields === undefined) return true;
    inlineKeys ??= new Set(readInlineFields(document).filter((field) => field.source !== 'line').map((field) => field.key));
    const keys = inlineKeys;
    return signature.inlineFields.every((name) => keys.has(name));
  });
}

function sectionsPresent(signature: ContentSignature, matched: ReadonlyMap<string, unknown>): boolean {
  const all = signature.allSections === undefined || signature.allSections.every((id) => matched.has(id));
  const any = signature.anySections === undefined || signature.anySections.some((id) => matched.has(id));
  return all && any;
}
