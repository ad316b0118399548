import type { Severity, SeveritySetting } from '../findings';
import type { RuleMeta } from './rule';

/** Rule id → what a team set it to. */
export type RuleSettings = Readonly<Record<string, SeveritySetting>>;

/** The severity a rule reports at: the team's setting, else the rule's own default. */
export function severityOf(id: string, fallback: Severity, rules: RuleSettings): Severity {
  const configured = rules[id];
  return configured === undefined || configured === 'off' ? fallback : configured;
}

/** Whether a rule runs: a setting turns it on or off; without one, its metadata decides. */
export function isRuleEnabled(meta: RuleMeta, rules: RuleSettings): boolean {
  const configured = rules[meta.id];
  if (configured !== undefined) return configured !== 'off';
  return meta.enabledByDefault !== false;
}
