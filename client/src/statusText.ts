/** How a document's Leaddocs state reads in the language status item. Pure, so it is easy to check. */
import type { DocumentInfo } from '../../server/src/protocol/leaddocsProtocol';
import { detectionReason } from './detectionText';

export interface StatusText {
  readonly text: string;
  readonly detail: string;
  readonly warn: boolean;
}

export function describeDocument(info: DocumentInfo): StatusText {
  if (info.type === null || info.score === null) {
    return { text: 'Not a leadership document', detail: 'Leaddocs checks ADRs, briefs, plans, portfolios and postmortems', warn: false };
  }
  const label = info.typeLabel ?? info.type;
  const variant = info.variant === null ? '' : ` (${info.variant})`;
  const findings = info.findingCount === 1 ? '1 finding' : `${info.findingCount} findings`;
  const verdict = info.passed === false ? `below the pass mark of ${info.passMark}` : `pass mark ${info.passMark}`;
  const reason = detectionReason(info);
  return {
    text: `${label}${variant}: ${info.score}% complete`,
    // Says why the file is checked at all: a user surprised by findings sees what Leaddocs saw.
    detail: `${reason === undefined ? '' : `${label}: ${reason} · `}${verdict} · ${findings}`,
    warn: info.passed === false,
  };
}
