/**
 * Where a new document goes and what it says, asked of the server, which knows the workspace's
 * types, settings, naming and templates. The client keeps the prompts and writes the file;
 * `leaddocs new` answers the same way from the same code (server/src/host/newDocument/).
 */

/** Request: params `NewDocumentTargetParams`, result `NewDocumentTarget`. */
export const newDocumentTargetRequest = 'leaddocs/newDocumentTarget';

export interface NewDocumentTargetParams {
  /** Document type id: `adr`, `brief`, `mentorship-plan`, `portfolio`, `postmortem` or a custom type's. */
  readonly typeId: string;
  readonly title: string;
  /** Today as the author's calendar has it, `YYYY-MM-DD`: dated names use it. */
  readonly today: string;
  /** URI of the workspace folder the document belongs to. */
  readonly workspaceFolder: string;
  /** A folder the author chose (URI, absolute path, or relative to the workspace folder); overrides settings. */
  readonly folder?: string;
  /**
   * URI of where the author is working (the active editor's file, the CLI's current folder): in a
   * log4brains monorepo, the package holding it gets the ADR. Optional; without it, the project's.
   */
  readonly near?: string;
}

export interface NewDocumentTarget {
  /** The new file's URI: free, in `folder`, named as the folder names its documents. */
  readonly uri: string;
  readonly folder: string;
  readonly fileName: string;
  /** The running number (within the year for `PM2025-003 - …` names), or for dated and named documents the count so far plus one; `{{number}}`. */
  readonly number: number;
  /** Template name: `adr`, `adr-nygard`, `brief`, …, or the file name of the folder's own template (`template.md`). */
  readonly template: string;
  /** Where the template came from: the team's file as configured, the folder's template (its path in the workspace), `built-in`, or `spec` (a team type's sections). */
  readonly templateOrigin: string;
  /**
   * The document's text: the template with `{{title}}`, `{{date}}` and `{{number}}` filled in; from
   * a folder's own template, also the title in its first H1 and today in its `Date:` line.
   */
  readonly text: string;
}
