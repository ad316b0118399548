import { builtinDocTypes, createEngine, type DocumentAnalysis, type EngineOptions } from '../../server/src/engine';

/** Builds a document from lines, so a test reads like the file it describes. */
export function lines(...content: string[]): string {
  return content.join('\n') + '\n';
}

const defaultEngine = createEngine({ docTypes: builtinDocTypes });

export function analyze(text: string, path = 'docs/decisions/0001-test.md', options?: Partial<EngineOptions>): DocumentAnalysis {
  const engine = options === undefined ? defaultEngine : createEngine({ docTypes: builtinDocTypes, ...options });
  return engine.analyze({ uri: `file:///workspace/${path}`, path, text });
}

export function codes(analysis: DocumentAnalysis, { withChecklist = false } = {}): string[] {
  return analysis.findings.filter((f) => withChecklist || f.code !== 'checklist-item').map((f) => `${f.code}@${f.range.start.line}`);
}
