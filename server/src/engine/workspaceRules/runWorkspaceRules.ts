import type { Finding, Severity } from '../findings';
import { ruleFailureMeta } from '../rules/allRules';
import { isRuleEnabled, severityOf, type RuleSettings } from '../rules/ruleSeverity';
import { compareRanges } from '../text/compareRanges';
import type { CatalogEntry } from '../workspace/catalogEntry';
import type { WorkspaceCatalog } from '../workspace/workspaceCatalog';
import type { WorkspaceCheckContext, WorkspaceRule, WorkspaceRuleContext } from './workspaceRule';

/**
 * Runs the cross-document rules for one catalogued document. Like the per-document rules, a
 * rule that throws becomes a `rule-failure` finding, and a document's own disable directives
 * and the team's severities apply.
 */
export function runWorkspaceRules(rules: readonly WorkspaceRule[], entry: CatalogEntry, catalog: WorkspaceCatalog, context: WorkspaceCheckContext, settings: RuleSettings): Finding[] {
  const findings: Finding[] = [];
  const disabled = new Set(entry.disabledRules);
  let running: { readonly id: string; readonly severity: Severity } | undefined;
  // One context serves every rule of the entry: building one per rule (a spread and a closure
  // each) was most of the time a 10,000-document workspace spent in these checks.
  const ruleContext: WorkspaceRuleContext = {
    ...context,
    entry,
    catalog,
    report: (report) => {
      if (running !== undefined) findings.push({ code: running.id, severity: running.severity, message: report.message, range: report.range, data: report.data, fixes: report.fixes });
    },
  };
  for (const rule of rules) {
    const { id, defaultSeverity } = rule.meta;
    if (disabled.has(id) || !isRuleEnabled(rule.meta, settings)) continue;
    running = { id, severity: severityOf(id, defaultSeverity, settings) };
    try {
      rule.check(ruleContext);
    } catch (error) {
      if (!isRuleEnabled(ruleFailureMeta, settings)) continue;
      findings.push({
        code: ruleFailureMeta.id,
        severity: severityOf(ruleFailureMeta.id, ruleFailureMeta.defaultSeverity, settings),
        message: `Rule '${id}' failed: ${error instanceof Error ? error.message : String(error)}. The other checks still ran.`,
        range: entry.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        data: { rule: id },
      });
    }
  }
  return findings.sort((a, b) => compareRanges(a.range, b.range));
}
