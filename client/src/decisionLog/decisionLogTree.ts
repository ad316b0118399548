/**
 * The "Decision Log" Explorer view's tree: the server's groups (ADRs by status, then briefs,
 * plans, portfolios, postmortems) with their documents. A document's problems show as an
 * icon and a badge in its description, and in full in its tooltip; clicking opens it.
 */
import * as vscode from 'vscode';
import type { DecisionLogViewGroup, DecisionLogViewItem } from '../../../server/src/protocol/decisionLogProtocol';
import type { DecisionLogModel } from './decisionLogModel';
import { problemBadge } from './decisionLogText';

export type DecisionLogNode =
  | { readonly kind: 'group'; readonly group: DecisionLogViewGroup }
  | { readonly kind: 'document'; readonly item: DecisionLogViewItem };

export class DecisionLogTree implements vscode.TreeDataProvider<DecisionLogNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: DecisionLogModel) {
    this.subscription = model.onDidRefresh(() => this.changed.fire(undefined));
  }

  getChildren(node?: DecisionLogNode): DecisionLogNode[] {
    if (node === undefined) return (this.model.current?.groups ?? []).map((group) => ({ kind: 'group', group }));
    return node.kind === 'group' ? node.group.items.map((item) => ({ kind: 'document', item })) : [];
  }

  getTreeItem(node: DecisionLogNode): vscode.TreeItem {
    return node.kind === 'group' ? groupItem(node.group) : documentItem(node.item);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function groupItem(group: DecisionLogViewGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  // Stable ids keep what the user collapsed collapsed across refreshes.
  item.id = `group:${group.id}`;
  item.contextValue = 'leaddocs.decisionLogGroup';
  return item;
}

function documentItem(document: DecisionLogViewItem): vscode.TreeItem {
  const uri = vscode.Uri.parse(document.uri);
  const item = new vscode.TreeItem(document.label, vscode.TreeItemCollapsibleState.None);
  item.id = document.uri;
  item.resourceUri = uri;
  item.description = [document.description, problemBadge(document)].filter((part) => part !== '').join(' — ');
  item.iconPath = iconOf(document);
  item.tooltip = tooltipOf(document);
  item.command = { title: 'Open', command: 'vscode.open', arguments: [uri] };
  item.contextValue = 'leaddocs.decisionLogDocument';
  return item;
}

function iconOf(document: DecisionLogViewItem): vscode.ThemeIcon {
  if (document.errors > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (document.warnings > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon('file-text');
}

function tooltipOf(document: DecisionLogViewItem): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(document.label);
  if (document.description !== '') tooltip.appendText(`\n${document.description}`);
  const badge = problemBadge(document);
  if (badge !== '') tooltip.appendText(`\n\n${badge}`);
  // Each problem as plain text: messages quote document content, which is never rendered as markdown.
  for (const problem of document.problems) tooltip.appendMarkdown('\n\n- ').appendText(problem);
  return tooltip;
}
