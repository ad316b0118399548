import type { DocumentAnalysis } from './analysis';
import { evaluateChecklist } from './checklist/evaluateChecklist';
import { readFields } from './derive/fields';
import { readStatus } from './derive/status';
import { checkDocTypeSpec } from './doctypes/checkDocTypeSpec';
import { DocTypeDetector, type DetectedBy, type DetectionExplanation } from './doctypes/detectDocType';
import type { ResolvedDocType } from './doctypes/docTypeSpec';
import { createSchemaCompiler, type FrontMatterValidator } from './doctypes/frontMatterValidator';
import { MAX_TYPE_NESTING, nestsDeeperThan } from './doctypes/nestingDepth';
import { globProblem } from './doctypes/teamGlobs';
import { schemaPatternProblems } from './doctypes/teamPatterns';
import { chooseVariant, variantsOf } from './doctypes/sectionMatcher';
import { defaultEngineSettings, type Engine, type EngineOptions, type EngineSettings } from './engine';
import type { Finding, Severity } from './findings';
import { disabledRules } from './edits/ruleDisable';
import { readTitle } from './model/documentTitle';
import { readInlineFields, type InlineField } from './model/inlineMetadata';
import { parseLeadDocument, type DocumentSource, type LeadDocument } from './model/leadDocument';
import { allRules, MAX_FINDINGS, ruleFailureMeta, tooManyFindingsMeta } from './rules/allRules';
import type { Rule, RuleContext, TypedDocument } from './rules/rule';
import { compareRanges } from './text/compareRanges';
import { isRuleEnabled, severityOf } from './rules/ruleSeverity';
import { catalogEntryOf } from './workspace/catalogEntryOf';
import { allWorkspaceRules } from './workspaceRules/allWorkspaceRules';
import { runWorkspaceRules } from './workspaceRules/runWorkspaceRules';

export function createEngine(options: EngineOptions): Engine {
  const settings: EngineSettings = { ...defaultEngineSettings, ...options.settings };
  const configurationProblems: string[] = [];
  const docTypes = dedupeById(usableDocTypes(options.docTypes, configurationProblems));
  const detector = new DocTypeDetector(docTypes, usablePathGlobs(settings.pathGlobs, configurationProblems), settings.ignore);
  const validators = compileValidators(docTypes, configurationProblems);
  const rules = options.rules ?? allRules;
  const activeRules = rules.filter((rule) => isRuleEnabled(rule.meta, settings.rules));
  const workspaceRules = options.workspaceRules ?? allWorkspaceRules;
  const severities = new Map(rules.map((rule) => [rule.meta.id, severityOf(rule.meta.id, rule.meta.defaultSeverity, settings.rules)]));
  // Each active rule's code and severity, worked out once per engine rather than looked up per document.
  const ruleRuns: RuleRun[] = activeRules.map((rule) => ({ rule, code: rule.meta.id, severity: severities.get(rule.meta.id) ?? rule.meta.defaultSeverity }));

  function analyze(source: DocumentSource): DocumentAnalysis {
    const document = parseLeadDocument(source);
    let inline: readonly InlineField[] | undefined;
    const inlineFields = (): readonly InlineField[] => (inline ??= readInlineFields(document));
    const detection = detector.detect(document, inlineFields);
    if (detection === undefined) return untyped(document, settings.passMark);

    const { spec } = detection.docType;
    const { variant, matched: sectionsById } = chooseVariant(document.sections, variantsOf(spec));
    const title = readTitle(document);
    const fields = readFields(document, spec, inlineFields());
    const status = spec.status === undefined ? null : readStatus(document, spec.status, fields, sectionsById);
    const fallbackRange = title?.range ?? document.lines.lineRange(document.bodyStartLine);
    const checklist = evaluateChecklist(spec, variant, { document, sectionsById, fields, status, patternEngine: detection.docType.builtin === true ? 'builtin' : 'linear' }, fallbackRange);
    const typed: TypedDocument = { document, spec, variant, title, status, fields, sectionsById, checklist: checklist.items, validateFrontMatter: validators.get(spec.id) };

    // Settings turn a rule off everywhere; a directive (`<!-- leaddocs-disable id -->` or front
    // matter `leaddocs-disable: [id]`) turns it off in one document, whichever rule list runs.
    const disabled = disabledRules(document);
    const findings: Finding[] = [];
    // One context per document, not a context and a closure per rule: the rule about to run sets
    // the code and severity its reports get (rules report synchronously, inside `check`).
    let code = '';
    let severity: Severity = 'error';
    const context: RuleContext = { typed, report: (report) => findings.push({ code, severity, message: report.message, range: report.range, data: report.data, fixes: report.fixes }) };
    for (const run of ruleRuns) {
      if (disabled.has(run.code)) continue;
      code = run.code;
      severity = run.severity;
      runRule(run, context, findings, fallbackRange, settings);
    }
    findings.sort((a, b) => compareRanges(a.range, b.range));
    capFindings(findings);

    return {
      uri: source.uri,
      type: spec.id,
      typeLabel: spec.label,
      detectedBy: detectedBy(detection.explanation),
      detection: detection.explanation,
      variant: variantsOf(spec).length > 1 ? variant.id : null,
      title,
      status,
      fields,
      checklist: checklist.items,
      score: checklist.score,
      passMark: settings.passMark,
      passed: checklist.score >= settings.passMark,
      findings,
      document,
      catalogEntry: catalogEntryOf(typed, findings, disabled),
    };
  }

  return {
    analyze,
    checkWorkspace: (entry, catalog, context) => runWorkspaceRules(workspaceRules, entry, catalog, context, settings.rules),
    rules: [...rules.map((rule) => rule.meta), ...workspaceRules.map((rule) => rule.meta), ruleFailureMeta, tooManyFindingsMeta],
    docTypes,
    configurationProblems,
  };
}

interface RuleRun {
  readonly rule: Rule;
  readonly code: string;
  readonly severity: Severity;
}

function runRule({ rule, code }: RuleRun, context: RuleContext, findings: Finding[], fallbackRange: Finding['range'], settings: EngineSettings): void {
  try {
    rule.check(context);
  } catch (error) {
    if (settings.rules[ruleFailureMeta.id] === 'off') return;
    findings.push({
      code: ruleFailureMeta.id,
      severity: severityOf(ruleFailureMeta.id, ruleFailureMeta.defaultSeverity, settings.rules),
      message: `Rule '${code}' failed: ${error instanceof Error ? error.message : String(error)}. The other checks still ran.`,
      range: fallbackRange,
      data: { rule: code },
    });
  }
}

/** The coarse answer older clients read: `path` when the path's signals alone reach the threshold. */
function detectedBy(explanation: DetectionExplanation): DetectedBy {
  if (explanation.by === 'front-matter') return 'front-matter';
  if (explanation.by !== 'signals') return 'path';
  const fromPath = explanation.signals.filter((signal) => signal.kind === 'folder' || signal.kind === 'fileName').reduce((sum, signal) => sum + signal.weight, 0);
  return fromPath >= (explanation.threshold ?? 0) ? 'path' : 'content';
}

function untyped(document: LeadDocument, passMark: number): DocumentAnalysis {
  return { uri: document.uri, type: null, typeLabel: null, detectedBy: null, detection: null, variant: null, title: null, status: null, fields: {}, checklist: [], score: null, passMark, passed: null, findings: [], document, catalogEntry: null };
}

function usableDocTypes(docTypes: readonly ResolvedDocType[], problems: string[]): ResolvedDocType[] {
  return docTypes.filter((docType) => {
    // The built-in types are checked by a test instead: compiling the doctype schema's validator
    // costs most of an engine build, which every worker thread and every command pays.
    if (docType.builtin === true) return true;
    let found: string[];
    try {
      found = checkDocTypeSpec(docType.spec, 'linear');
    } catch (error) {
      found = [`it could not be checked (${error instanceof Error ? error.message : String(error)})`];
    }
    const from = docType.source === undefined ? '' : ` (${docType.source.spec})`;
    for (const problem of found) problems.push(`Document type '${String(docType.spec.id)}'${from} is left out: ${problem}.`);
    return found.length === 0;
  });
}

/** `leaddocs.documentTypes.paths` without the globs that cannot be compiled, each refusal said. */
function usablePathGlobs(pathGlobs: EngineSettings['pathGlobs'], problems: string[]): EngineSettings['pathGlobs'] {
  const usable: Record<string, readonly string[]> = {};
  for (const [typeId, globs] of Object.entries(pathGlobs)) {
    usable[typeId] = globs.filter((glob, index) => {
      const problem = globProblem(glob);
      if (problem !== undefined) problems.push(`The setting leaddocs.documentTypes.paths.${typeId}[${index}] is ignored: ${problem}.`);
      return problem === undefined;
    });
  }
  return usable;
}

function dedupeById(docTypes: readonly ResolvedDocType[]): ResolvedDocType[] {
  const byId = new Map<string, ResolvedDocType>();
  for (const docType of docTypes) byId.set(docType.spec.id, docType);
  return [...byId.values()];
}

function compileValidators(docTypes: readonly ResolvedDocType[], problems: string[]): Map<string, FrontMatterValidator> {
  const compileBuiltin = createSchemaCompiler({ checkSchemas: false });
  let compileTeams: ReturnType<typeof createSchemaCompiler> | undefined;
  const validators = new Map<string, FrontMatterValidator>();
  for (const docType of docTypes) {
    const schema = docType.frontMatterSchema;
    if (schema === undefined) continue;
    const compile = docType.builtin === true ? compileBuiltin : (compileTeams ??= createSchemaCompiler({ checkSchemas: true }));
    const which = `The front matter schema of type '${docType.spec.id}'${docType.source?.frontMatterSchema === undefined ? '' : ` (${docType.source.frontMatterSchema})`}`;
    if (nestsDeeperThan(schema, MAX_TYPE_NESTING)) {
      problems.push(`${which} is not used: it nests deeper than ${MAX_TYPE_NESTING} levels.`);
      continue;
    }
    const refusedPatterns = schemaPatternProblems(schema);
    if (refusedPatterns.length > 0) {
      problems.push(`${which} is not used: the pattern at ${refusedPatterns.join('; ')}.`);
      continue;
    }
    try {
      validators.set(docType.spec.id, compile(schema));
    } catch (error) {
      problems.push(`${which} does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return validators;
}

/** Keeps the first MAX_FINDINGS findings in document order and says how many more there were. */
function capFindings(findings: Finding[]): void {
  if (findings.length <= MAX_FINDINGS) return;
  const left = findings.length - MAX_FINDINGS;
  const last = findings[MAX_FINDINGS - 1] as Finding;
  findings.length = MAX_FINDINGS;
  findings.push({
    code: tooManyFindingsMeta.id,
    severity: tooManyFindingsMeta.defaultSeverity,
    message: `${left.toLocaleString('en')} more finding${left === 1 ? '' : 's'} after this point ${left === 1 ? 'is' : 'are'} not shown; Leaddocs shows ${MAX_FINDINGS} per document.`,
    range: last.range,
    data: { omitted: left },
  });
}
