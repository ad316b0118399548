/** The formats the export commands offer, and remembering the author's last choice. */
import * as vscode from 'vscode';
import type { ExportFormatId } from '../../../server/src/protocol/exportProtocol';

interface FormatChoice {
  readonly id: ExportFormatId;
  readonly label: string;
  readonly detail: string;
  /** Opened in the editor rather than handed to the system's viewer. */
  readonly opensInEditor: boolean;
}

export const EXPORT_FORMAT_CHOICES: readonly FormatChoice[] = [
  { id: 'pdf', label: 'PDF', detail: 'One document with headings, tables and page numbers', opensInEditor: false },
  { id: 'pptx', label: 'PowerPoint deck (.pptx)', detail: 'Title slide, one slide per section, the asks and risks on their own', opensInEditor: false },
  { id: 'docx', label: 'Word document (.docx)', detail: 'Headings, lists and tables kept', opensInEditor: false },
  { id: 'html', label: 'HTML', detail: 'One self-contained page, printable', opensInEditor: false },
  { id: 'md', label: 'Markdown', detail: 'Front matter and comments removed, ready to paste', opensInEditor: true },
];

const LAST_FORMAT_KEY = 'leaddocs.export.lastFormat';

export function isExportFormat(value: unknown): value is ExportFormatId {
  return EXPORT_FORMAT_CHOICES.some((choice) => choice.id === value);
}

export function formatChoice(id: ExportFormatId): FormatChoice {
  return EXPORT_FORMAT_CHOICES.find((choice) => choice.id === id) as FormatChoice;
}

/** Asks for a format, the last one chosen on top; undefined when the author cancels. */
export async function pickExportFormat(memory: vscode.Memento, title: string): Promise<ExportFormatId | undefined> {
  const last = memory.get<unknown>(LAST_FORMAT_KEY);
  const ordered = isExportFormat(last) ? [formatChoice(last), ...EXPORT_FORMAT_CHOICES.filter((choice) => choice.id !== last)] : EXPORT_FORMAT_CHOICES;
  const picked = await vscode.window.showQuickPick(
    ordered.map((choice) => ({ label: choice.label, detail: choice.detail, description: choice.id === last ? 'last used' : undefined, id: choice.id })),
    { title, placeHolder: 'Export as…' },
  );
  if (picked === undefined) return undefined;
  await memory.update(LAST_FORMAT_KEY, picked.id);
  return picked.id;
}
