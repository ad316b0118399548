import type { DocumentAnalysis } from '../analysis';
import type { ResolvedDocType } from '../doctypes/docTypeSpec';
import type { Fix } from '../findings';
import { addFrontMatterLines, suggestedValue } from '../edits/frontMatterEdits';
import { yamlScalar, yamlValue } from '../edits/yamlText';

/**
 * For a typed document without front matter: a block declaring its type (so it stays typed
 * wherever the file moves) and the keys its schema requires. Offered on request only: it is a
 * refactoring, not the fix of a finding.
 */
export function createFrontMatterFix(analysis: DocumentAnalysis, docType: ResolvedDocType): Fix | undefined {
  if (analysis.type === null || analysis.document.frontMatter !== undefined) return undefined;
  const schema = docType.frontMatterSchema ?? {};
  const properties = asRecord(schema['properties']) ?? {};
  const required = Array.isArray(schema['required']) ? schema['required'].filter((key): key is string => typeof key === 'string') : [];
  const keyLines = [`type: ${yamlScalar(docType.spec.id)}`];
  for (const key of required) {
    if (key === 'type') continue;
    keyLines.push(`${yamlScalar(key)}: ${suggestedValue(asRecord(properties[key]), yamlValue).text}`);
  }
  return { title: `Create front matter for this ${docType.spec.label.toLowerCase()}`, edits: [addFrontMatterLines(analysis.document, keyLines)], safe: false };
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
