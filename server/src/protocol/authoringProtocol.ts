/**
 * What a client needs to know to drive Leaddocs' authoring help (quick fixes, fix-all,
 * refactorings). Pure constants and types, like leaddocsProtocol.ts.
 */

/**
 * Code action kind of "fix all": every safe fix of the document in one edit. Request it with
 * `context.only: ["source.fixAll.leaddocs"]` (or `["source.fixAll"]`); VS Code runs it on save
 * when `editor.codeActionsOnSave` names either kind.
 */
export const fixAllCodeActionKind = 'source.fixAll.leaddocs';

/**
 * Command a "Disable rule for the workspace" code action carries; the client executes it.
 * Arguments: `[ruleId: string]`. The client sets `leaddocs.rules[ruleId]` to `"off"` in the
 * workspace settings; the server picks the change up like any other settings change. The
 * server does not register it in `executeCommandProvider`, so the client owns the command id.
 */
export const disableRuleInWorkspaceCommand = 'leaddocs.disableRuleInWorkspace';

export type DisableRuleInWorkspaceArguments = [ruleId: string];
