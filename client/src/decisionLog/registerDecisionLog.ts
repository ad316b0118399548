/**
 * Issue 11's editor side in one registration: the "Decision Log" Explorer view with its
 * health line, and "Leaddocs: Generate Decision Log".
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DecisionLogView } from '../../../server/src/protocol/decisionLogProtocol';
import { registerGenerateDecisionLogCommand } from './generateDecisionLogCommand';
import { DecisionLogModel } from './decisionLogModel';
import { healthLine } from './decisionLogText';
import { DecisionLogTree, type DecisionLogNode } from './decisionLogTree';

export const DECISION_LOG_VIEW = 'leaddocs.decisionLog';
/** The `when`-clause key that shows the view: true once the extension is active. */
const DECISION_LOG_AVAILABLE = 'leaddocs.decisionLogAvailable';

/** What tests read and wait on, instead of the rendered tree. */
export interface DecisionLogTestHook {
  /** The view as last shown, undefined before the server first answered. */
  readonly current: DecisionLogView | undefined;
  /** The line above the tree. */
  readonly message: string | undefined;
  /** Fires after the view shows a new answer from the server. */
  readonly onDidRefresh: vscode.Event<DecisionLogView>;
}

export function registerDecisionLog(client: BaseLanguageClient): { readonly disposable: vscode.Disposable; readonly testHook: DecisionLogTestHook } {
  const model = new DecisionLogModel(client);
  const tree = new DecisionLogTree(model);
  const view = vscode.window.createTreeView<DecisionLogNode>(DECISION_LOG_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const shown = new vscode.EventEmitter<DecisionLogView>();
  const disposable = vscode.Disposable.from(
    model,
    tree,
    view,
    shown,
    model.onDidRefresh((latest) => {
      view.message = healthLine(latest);
      shown.fire(latest);
    }),
    view.onDidChangeVisibility(({ visible }) => model.setVisible(visible)),
    registerGenerateDecisionLogCommand(client),
  );
  model.setVisible(view.visible);
  void vscode.commands.executeCommand('setContext', DECISION_LOG_AVAILABLE, true);
  return {
    disposable,
    testHook: {
      get current() {
        return model.current;
      },
      get message() {
        return view.message;
      },
      onDidRefresh: shown.event,
    },
  };
}
