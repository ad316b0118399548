/**
 * The decision log over LSP: generating the log files and the Explorer view's data. Pure
 * constants and types, shared by the server and the client.
 */

/**
 * Request `leaddocs/generateDecisionLog`: the new text of each ADR folder's log file (the
 * `leaddocs.decisionLog.file` in that folder). The server reads and never writes: the client
 * applies the texts as one workspace edit, so the user can undo it.
 */
export const generateDecisionLogRequest = 'leaddocs/generateDecisionLog';

export interface GenerateDecisionLogParams {
  /** Only the log of the ADR folder holding this URI (a folder or a file in it); every log when absent. */
  readonly uri?: string;
}

export interface DecisionLogFile {
  readonly uri: string;
  readonly text: string;
  /** False when the file already says exactly this: running the command twice changes nothing. */
  readonly changed: boolean;
  readonly exists: boolean;
  readonly decisions: number;
}

export interface GenerateDecisionLogResult {
  readonly files: readonly DecisionLogFile[];
}

/** Request `leaddocs/decisionLogView`: the Explorer view's groups and health line. No params. */
export const decisionLogViewRequest = 'leaddocs/decisionLogView';

/** Notification `leaddocs/decisionLogChanged`: the catalogue changed, ask for the view again. No params. */
export const decisionLogChangedNotification = 'leaddocs/decisionLogChanged';

export interface DecisionLogViewItem {
  readonly uri: string;
  readonly label: string;
  /** Status and date, as the view shows them beside the label. */
  readonly description: string;
  readonly status: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** The document's cross-document and follow-up findings, for the tooltip. */
  readonly problems: readonly string[];
}

export interface DecisionLogViewGroup {
  /** `adr:accepted`, `adr:superseded`, `brief`, `mentorship-plan`, … */
  readonly id: string;
  readonly label: string;
  readonly items: readonly DecisionLogViewItem[];
}

export interface DecisionLogHealth {
  /** Errors and warnings across every catalogued document. */
  readonly findings: number;
  /** Passed review dates, overdue action items and lapsed feedback logs. */
  readonly overdueFollowUps: number;
  /** ADRs proposed longer than `leaddocs.decisionLog.staleProposalDays`. */
  readonly staleProposals: number;
}

export interface DecisionLogView {
  readonly groups: readonly DecisionLogViewGroup[];
  readonly health: DecisionLogHealth;
  /** True while the workspace is still being indexed: the view says so. */
  readonly indexing: boolean;
}
