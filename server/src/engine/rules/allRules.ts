import { checklistItem } from './checklistItem';
import { dateFormat } from './dateFormat';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { frontMatterSchema } from './frontMatterSchema';
import { frontMatterSyntax } from './frontMatterSyntax';
import { requiredSection } from './requiredSection';
import type { Rule, RuleMeta } from './rule';
import { sectionOrder } from './sectionOrder';
import { unfilledPlaceholder } from './unfilledPlaceholder';
import { unknownStatus } from './unknownStatus';

/** Every rule, in the order their findings are listed when they share a line. */
export const allRules: readonly Rule[] = [
  frontMatterSyntax,
  frontMatterSchema,
  requiredSection,
  sectionOrder,
  emptySection,
  duplicateSection,
  unfilledPlaceholder,
  unknownStatus,
  dateFormat,
  checklistItem,
];

/** Not a rule that runs: the engine reports it when a rule throws, so one bug never hides the rest. */
export const ruleFailureMeta: RuleMeta = {
  id: 'rule-failure',
  title: 'A check failed to run',
  description: 'A rule threw an error on this document. The other rules still ran; please report the message.',
  defaultSeverity: 'warning',
  fixable: false,
};

/**
 * Not a rule that runs: a document gets at most MAX_FINDINGS findings, then this one saying how
 * many more there are, so a 10 MB file cannot send an editor tens of thousands of diagnostics.
 */
export const tooManyFindingsMeta: RuleMeta = {
  id: 'too-many-findings',
  title: 'Findings were left out',
  description: 'The document has more findings than Leaddocs shows for one document (500); fix the first ones, or split the file, to see the rest.',
  defaultSeverity: 'information',
  fixable: false,
};

export const MAX_FINDINGS = 500;
