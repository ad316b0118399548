import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocumentationUrl, type Finding, type Severity } from '../engine';
import type { LeaddocsDiagnosticData } from '../protocol/leaddocsProtocol';

const SOURCE = 'leaddocs';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

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
