import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../engine';
import type { LeaddocsDiagnosticData } from '../protocol/leaddocsProtocol';

const SOURCE = 'leaddocs';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where a rule is documented: the README's rules table has an anchor per rule id. */
export function ruleDocumentationUrl(ruleId: string): string {
  return `https://github.com/leaddocs/leaddocs#rule-${ruleId}`;
}

/** A finding as an LSP diagnostic; its fixes ride along in `data` so code actions never re-parse. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const data: LeaddocsDiagnosticData = { finding: finding.data ?? {}, fixes: finding.fixes ?? [] };
  return {
    range: finding.range,
    severity: severities[finding.severity],
    source: SOURCE,
    code: finding.code,
    codeDescription: { href: ruleDocumentationUrl(finding.code) },
    message: finding.message,
    data,
  };
}
