/**
 * What the export commands accept after the resource. Tests and keybindings pass these to skip
 * the questions; menus pass other things in the same place (the explorer a list of selected
 * resources, the editor title a group id), which are ignored.
 */
import type { ExportFormatId } from '../../../server/src/protocol/exportProtocol';
import { isExportFormat } from './exportFormats';

export interface ExportCommandOptions {
  /** Skip the format question. */
  readonly format?: ExportFormatId;
  /** Answer "Replace?" for an existing file: true replaces, false leaves it and exports nothing. */
  readonly overwrite?: boolean;
  /** Answer "Export anyway?" for a document with concerns. */
  readonly exportAnyway?: boolean;
  /** False to skip the "Open" / "Reveal" notification at the end. */
  readonly notify?: boolean;
}

export function readExportOptions(value: unknown): ExportCommandOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const given = value as Record<string, unknown>;
  const flag = (name: string): boolean | undefined => (typeof given[name] === 'boolean' ? (given[name] as boolean) : undefined);
  const options: { -readonly [K in keyof ExportCommandOptions]: ExportCommandOptions[K] } = {};
  if (isExportFormat(given['format'])) options.format = given['format'];
  const overwrite = flag('overwrite');
  if (overwrite !== undefined) options.overwrite = overwrite;
  const exportAnyway = flag('exportAnyway');
  if (exportAnyway !== undefined) options.exportAnyway = exportAnyway;
  const notify = flag('notify');
  if (notify !== undefined) options.notify = notify;
  return options;
}

/** What a command run ended with; returned to the caller (tests read it). */
export type ExportOutcome =
  | { readonly kind: 'written'; readonly target: string; readonly format: ExportFormatId; readonly bytes: number; readonly omittedSections: number; readonly warnings: readonly string[]; readonly elapsedMs: number }
  | { readonly kind: 'refused' | 'failed'; readonly message: string }
  | { readonly kind: 'cancelled'; readonly why: 'no-document' | 'no-format' | 'concerns' | 'exists' | 'no-folder' };
