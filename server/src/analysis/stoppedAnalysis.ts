import { LineIndex, type DocumentAnalysis, type DocumentSource, type RuleMeta } from '../engine';

/**
 * Not a rule: what the server reports in place of findings when a document's analysis used its
 * whole time budget and was stopped. Documented with the rules; its id is its diagnostic code.
 */
export const analysisStoppedMeta: RuleMeta = {
  id: 'analysis-stopped',
  title: 'Checking took too long',
  description:
    'The document took longer to check than the server allows one document (a very large file, or text that a check handles slowly), so it was stopped to keep every other document responsive. Split the file, or report it if it is small.',
  defaultSeverity: 'warning',
  fixable: false,
};

/**
 * The analysis a stopped document gets: no type, no structure read, and the one finding that
 * says why, so that every feature answers for it as for a document with no type.
 */
export function stoppedAnalysis(source: DocumentSource, afterMs: number, passMark: number): DocumentAnalysis {
  const lines = new LineIndex(source.text);
  return {
    uri: source.uri,
    type: null,
    typeLabel: null,
    detectedBy: null,
    detection: null,
    variant: null,
    title: null,
    status: null,
    fields: {},
    checklist: [],
    score: null,
    passMark,
    passed: null,
    catalogEntry: null,
    findings: [
      {
        code: analysisStoppedMeta.id,
        severity: analysisStoppedMeta.defaultSeverity,
        message: `Leaddocs stopped checking this document after ${afterMs} ms, so it shows no other findings. Large or unusual text can take this long; split the file if it is big.`,
        range: lines.lineRange(0),
        data: { afterMs },
      },
    ],
    document: {
      uri: source.uri,
      path: source.path,
      workspacePath: source.workspacePath ?? source.path,
      text: source.text,
      lines,
      frontMatter: undefined,
      bodyStartLine: 0,
      headings: [],
      sections: [],
      preamble: [],
      blocks: [],
      referenceLabels: new Set(),
    },
  };
}
