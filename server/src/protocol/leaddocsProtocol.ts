/**
 * Leaddocs' own additions to LSP, shared by the server and its clients. Pure types and method
 * names only: a client in any language can implement them from this file alone.
 */
import type { Range, TextEdit } from 'vscode-languageserver-protocol';

/** Request: what the server knows about one document. Params `DocumentInfoParams`, result `DocumentInfo`. */
export const documentInfoRequest = 'leaddocs/documentInfo';
/** Notification from the server after each validation of an open document, payload `DocumentInfo`. */
export const documentInfoChangedNotification = 'leaddocs/documentInfoChanged';

/**
 * `initializationOptions` key: false when the editor runs the workspace in restricted mode.
 * The server then reads no configuration file from the workspace (custom types and their
 * schemas) and applies only the built-in types. Absent, the workspace is trusted.
 */
export const workspaceTrustedOption = 'workspaceTrusted';
/** Notification from the client, no payload: the user has just trusted the workspace. */
export const workspaceTrustedNotification = 'leaddocs/workspaceTrusted';

/**
 * Diagnostic code the server publishes, alone, when a document could not be analyzed at all
 * (not a rule's finding: the details are in the server log).
 */
export const analysisFailureCode = 'analysis-failure';

export interface DocumentInfoParams {
  readonly uri: string;
}

export interface DocumentInfoStatus {
  /** As written, markup removed. */
  readonly raw: string;
  /** Canonical value (`accepted`, `superseded`, …), or null when the word is not a known status. */
  readonly value: string | null;
  /** The document a status names: `Superseded by ADR-0057` → `ADR-0057`. */
  readonly target: string | null;
}

export interface DocumentInfoChecklistItem {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  /** False when the item does not apply to this document (another variant, or its condition does not hold). */
  readonly applicable: boolean;
  readonly range: Range;
}

/** One piece of evidence detection found, and what it was worth. */
export interface DocumentInfoSignal {
  readonly kind: 'folder' | 'fileName' | 'title' | 'frontMatter' | 'inlineFields' | 'headings' | 'content';
  /** What matched, as written: the folder name, the heading, the keys. */
  readonly matched: string;
  readonly weight: number;
}

/** Why a document has its type. */
export interface DocumentInfoDetection {
  /** `settings`: a team's path glob; `path`: the type's default glob; `signals`: weighted evidence. */
  readonly by: 'front-matter' | 'settings' | 'path' | 'signals';
  /** The type's score and the score it needed; null unless decided by signals. */
  readonly score: number | null;
  readonly threshold: number | null;
  readonly signals: readonly DocumentInfoSignal[];
}

export interface DocumentInfo {
  readonly uri: string;
  /** Version of the open document this describes; null when it was read from disk. */
  readonly version: number | null;
  /** Detected type id, or null for markdown that is not a leadership document. */
  readonly type: string | null;
  readonly typeLabel: string | null;
  readonly detectedBy: 'front-matter' | 'path' | 'content' | null;
  /** How the type was decided, in detail; null for markdown that is not a leadership document. */
  readonly detection: DocumentInfoDetection | null;
  readonly variant: string | null;
  readonly status: DocumentInfoStatus | null;
  readonly title: string | null;
  /** Completeness 0–100; null when there is no type. */
  readonly score: number | null;
  readonly passMark: number;
  readonly passed: boolean | null;
  readonly checklist: readonly DocumentInfoChecklistItem[];
  readonly findingCount: number;
}

/** A quick fix carried by a diagnostic, so that a code action applies it without re-parsing. */
export interface LeaddocsFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes may be applied by "fix all"; unsafe ones only one at a time. */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

/** The `data` of every diagnostic the server publishes. */
export interface LeaddocsDiagnosticData {
  /** The rule's own payload (the finding's `data`), `{}` when it has none. */
  readonly finding: Readonly<Record<string, unknown>>;
  readonly fixes: readonly LeaddocsFix[];
}

