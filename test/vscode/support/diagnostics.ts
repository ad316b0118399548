/** Leaddocs' diagnostics as VS Code holds them, and waiting for them to change. */
import * as vscode from 'vscode';
import { waitUntil } from './waitFor';

export function leaddocsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'leaddocs');
}

/** The rule id: the server may send the code bare or with a documentation link. */
export function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no Leaddocs diagnostics';
  return diagnostics.map((d) => `${ruleId(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`).join('; ');
}

/** Resolves once the document's Leaddocs diagnostics satisfy `isDone`. */
export function waitForDiagnostics(uri: vscode.Uri, isDone: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitUntil(
    vscode.languages.onDidChangeDiagnostics,
    () => leaddocsDiagnostics(uri),
    isDone,
    (diagnostics) => `${what}: ${describeDiagnostics(diagnostics)}`,
  );
}
