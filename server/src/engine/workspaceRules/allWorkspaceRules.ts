import { brokenLink } from './brokenLink';
import { citesReversedDecision } from './citesReversedDecision';
import { duplicateNumber } from './duplicateNumber';
import { lapsedFeedback } from './lapsedFeedback';
import { numberingGap } from './numberingGap';
import { numberMismatch } from './numberMismatch';
import { overdueActionItem } from './overdueActionItem';
import { reviewOverdue } from './reviewOverdue';
import { staleProposal } from './staleProposal';
import { supersessionBackLink } from './supersessionBackLink';
import { supersessionCycle } from './supersessionCycle';
import { supersessionTarget } from './supersessionTarget';
import { unknownDecision } from './unknownDecision';
import type { WorkspaceRule } from './workspaceRule';

/** Checks across documents, in the order their findings are listed in the README. */
export const allWorkspaceRules: readonly WorkspaceRule[] = [
  duplicateNumber,
  numberMismatch,
  numberingGap,
  supersessionBackLink,
  supersessionTarget,
  supersessionCycle,
  brokenLink,
  unknownDecision,
  reviewOverdue,
  staleProposal,
  overdueActionItem,
  lapsedFeedback,
  citesReversedDecision,
];
