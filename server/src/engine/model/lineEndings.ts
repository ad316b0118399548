import type { LeadDocument } from './leadDocument';

/** The line terminator a document already uses, so inserted lines match the author's file. */
export function lineEndingOf(document: LeadDocument): string {
  const first = document.text.indexOf('\n');
  return first > 0 && document.text.charCodeAt(first - 1) === 13 ? '\r\n' : '\n';
}
