import type { Section } from '../model/blocks';
import type { InlineField } from '../model/inlineMetadata';
import type { LeadDocument } from '../model/leadDocument';
import { gatherEvidence, type DocumentEvidence } from './documentEvidence';
import type { ContentSignature, DocTypeSpec, ResolvedDocType } from './docTypeSpec';
import { allSectionSpecs, matchSectionTitles, variantsOf } from './sectionMatcher';
import { anyGlob, type PathMatcher } from './teamGlobs';
import { TypeSignals, type DetectionSignal } from './typeSignals';

/** How the type was decided, coarsely: what older clients read. */
export type DetectedBy = 'front-matter' | 'path' | 'content';

export interface Detection {
  readonly docType: ResolvedDocType;
  readonly explanation: DetectionExplanation;
}

/** Why a document has its type: what decided it and, for signals, what was found. */
export interface DetectionExplanation {
  /** `settings`: a team's glob; `path`: the type's default glob; `signals`: the weighted evidence. */
  readonly by: 'front-matter' | 'settings' | 'path' | 'signals';
  /** The winning type's score; null when the type was not scored. */
  readonly score: number | null;
  readonly threshold: number | null;
  readonly signals: readonly DetectionSignal[];
}

interface DetectorType {
  readonly docType: ResolvedDocType;
  readonly signals: TypeSignals;
}

/** Names that are never a leadership document by path or content, whatever folder they sit in. */
const ALWAYS_EXCLUDED = ['**/README.md', '**/CONTRIBUTING.md', '**/CHANGELOG.md', '**/SUMMARY.md', '**/*template.md', '**/template*.md'];
// `adr-template-minimal.md`: one word, then the template's own name. Globs have no extglob to say
// "one word", and `*-template-*` also takes `0039-use-velocity-as-template-engine.md`. Content
// cannot tell instead: an ADR just made from a template still reads `# {short title …}`.
const TEMPLATE_NAME = /(?:^|\/)[a-z0-9]+[-_.]template[-_.][^/]*$/i;

/**
 * Decides a document's type: front matter `type:` or `$schema:` first, then path globs (a
 * team's own before any type's defaults), then the weighted signals of every type, the highest
 * score at or above its type's threshold winning. `leaddocs: off` and ignored paths silence a
 * file; README, template and index files, and documents that are mostly links, are never typed
 * by path or signals.
 */
export class DocTypeDetector {
  private readonly types: DetectorType[] = [];
  private readonly byId = new Map<string, ResolvedDocType>();
  private readonly configuredPaths: Array<{ docType: ResolvedDocType; include: PathMatcher }> = [];
  private readonly defaultPaths: Array<{ docType: ResolvedDocType; include: PathMatcher }> = [];
  private readonly excluded: PathMatcher;
  private readonly ignored: PathMatcher | undefined;

  constructor(docTypes: readonly ResolvedDocType[], pathGlobs: Readonly<Record<string, readonly string[]>>, ignoreGlobs: readonly string[] = []) {
    for (const docType of docTypes) this.byId.set(docType.spec.id, docType);
    const excludes = new Set(ALWAYS_EXCLUDED);
    for (const docType of this.byId.values()) {
      this.types.push({ docType, signals: new TypeSignals(docType.spec, docType.builtin === true ? 'builtin' : 'linear') });
      const configured = pathGlobs[docType.spec.id];
      const globs = configured ?? docType.spec.detect?.paths ?? [];
      if (globs.length > 0) (configured === undefined ? this.defaultPaths : this.configuredPaths).push({ docType, include: anyGlob(globs) });
      for (const glob of docType.spec.detect?.exclude ?? []) excludes.add(glob);
    }
    this.excluded = anyGlob([...excludes]);
    this.ignored = ignoreGlobs.length === 0 ? undefined : anyGlob(ignoreGlobs);
  }

  detect(document: LeadDocument, inlineFields: () => readonly InlineField[]): Detection | undefined {
    if (isSwitchedOff(document)) return undefined;
    const path = document.path;
    const paths = [path, document.workspacePath].filter((candidate): candidate is string => candidate !== undefined);
    // Globs from settings are written against the workspace, a type's own against the repository: either may match.
    const matchesAny = (matcher: PathMatcher): boolean => paths.some((candidate) => matcher(candidate));
    if (this.ignored !== undefined && matchesAny(this.ignored)) return undefined;
    const declared = this.fromFrontMatter(document);
    if (declared !== undefined) return { docType: declared, explanation: { by: 'front-matter', score: null, threshold: null, signals: [] } };
    if (path !== undefined) {
      // Excluded names (README, templates) stay silent even when their content looks typed.
      if (this.excluded(path) || TEMPLATE_NAME.test(path)) return undefined;
      for (const { docType, include } of this.configuredPaths) if (matchesAny(include)) return { docType, explanation: { by: 'settings', score: null, threshold: null, signals: [] } };
      for (const { docType, include } of this.defaultPaths) if (matchesAny(include)) return { docType, explanation: { by: 'path', score: null, threshold: null, signals: [] } };
    }
    const evidence = gatherEvidence(document, inlineFields());
    if (this.isCollectionIndex(evidence)) return undefined;
    const best = this.bestScoring(document, evidence, inlineFields);
    // Checked last: most documents are typed by nothing, and a listing only matters when typed.
    return best === undefined || evidence.isListing() ? undefined : best;
  }

  /** `decisions/index.md` lists the decisions; `decisions/0007-use-x/index.md` is one. */
  private isCollectionIndex(evidence: DocumentEvidence): boolean {
    const location = evidence.location;
    if (location === undefined || !location.isFolderIndex) return false;
    return this.types.some(({ signals }) => signals.filesDocumentsIn(location.name));
  }

  private bestScoring(document: LeadDocument, evidence: DocumentEvidence, inlineFields: () => readonly InlineField[]): Detection | undefined {
    let best: { docType: ResolvedDocType; score: number; threshold: number; signals: readonly DetectionSignal[] } | undefined;
    for (const { docType, signals } of this.types) {
      const scored = signals.score(evidence);
      let { score } = scored;
      const found = [...scored.signals];
      const signature = matchingSignature(document, docType.spec, inlineFields);
      if (signature !== undefined) {
        score += signals.threshold;
        found.push({ kind: 'content', matched: signature, weight: signals.threshold });
      }
      if (score >= signals.threshold && (best === undefined || score > best.score)) best = { docType, score, threshold: signals.threshold, signals: found };
    }
    if (best === undefined) return undefined;
    return { docType: best.docType, explanation: { by: 'signals', score: best.score, threshold: best.threshold, signals: best.signals } };
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
 * A spec's `detect.content` signature, by exact section titles (no aliases): it counts as much
 * as the threshold, so it must be distinctive. Built-in types use weighted signals instead.
 */
function matchingSignature(document: LeadDocument, spec: DocTypeSpec, inlineFields: () => readonly InlineField[]): string | undefined {
  const signatures = spec.detect?.content ?? [];
  if (signatures.length === 0 || document.headings.length < 2) return undefined;
  const matched = matchSectionTitles(document.sections, allSectionSpecs(variantsOf(spec)));
  const signature = signatures.find((signature) => {
    if (!sectionsPresent(signature, matched)) return false;
    if (signature.inlineFields === undefined) return true;
    // A log4brains status is a list line or table row under the title, not a sentence.
    const keys = new Set(inlineFields().filter((field) => field.source !== 'line').map((field) => field.key));
    return signature.inlineFields.every((name) => keys.has(name));
  });
  return signature === undefined ? undefined : [...(signature.inlineFields ?? []), ...(signature.allSections ?? []), ...(signature.anySections ?? [])].join(', ');
}

/** `leaddocs: off` (or `false`) in front matter: the author asks for no checks on this file. */
function isSwitchedOff(document: LeadDocument): boolean {
  const setting = document.frontMatter?.data['leaddocs'];
  return setting === false || (typeof setting === 'string' && setting.trim().toLowerCase() === 'off');
}


function sectionsPresent(signature: ContentSignature, matched: ReadonlyMap<string, Section>): boolean {
  const all = signature.allSections === undefined || signature.allSections.every((id) => matched.has(id));
  const any = signature.anySections === undefined || signature.anySections.some((id) => matched.has(id));
  return all && any;
}
