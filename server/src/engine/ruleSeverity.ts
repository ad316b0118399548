import type { EngineSettings } from './engine';
import type { Severity } from './findings';
import type { RuleMeta } from './rules/rule';

/** The severity a rule reports at: the team's setting, else the rule's own default. */
export function severityOf(id: string, fallback: Severity, settings: EngineSettings): Severity {
  const configured = settings.rules[id];
  return configured === undefined || configured === 'off' ? fallback : configured;
}

/** Whether a rule runs: a setting turns it on or off; without one, its metadata decides. */
export function isRuleEnabled(meta: RuleMeta, settings: EngineSettings): boolean {
  const configured = settings.rules[meta.id];
  if (configured !== undefined) return configured !== 'off';
  return meta.enabledByDefault !== false;
}
