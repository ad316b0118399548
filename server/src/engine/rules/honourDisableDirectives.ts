import { disabledRules } from '../edits/ruleDisable';
import type { Rule } from './rule';

/**
 * A rule that stays silent in documents that turn it off (`<!-- leaddocs-disable id -->` or
 * front matter `leaddocs-disable: [id]`). Settings turn a rule off everywhere; this is per file.
 */
export function honourDisableDirectives(rule: Rule): Rule {
  return {
    meta: rule.meta,
    check(context) {
      if (disabledRules(context.typed.document).has(rule.meta.id)) return;
      rule.check(context);
    },
  };
}
