/** Why a document has its type, in a line the language status item can show. Pure. */
import type { DocumentInfo, DocumentInfoSignal } from '../../server/src/protocol/leaddocsProtocol';

const KIND_NAMES: Readonly<Record<DocumentInfoSignal['kind'], readonly [one: string, many: string]>> = {
  folder: ['folder', 'folders'],
  fileName: ['file name', 'file names'],
  title: ['title', 'titles'],
  frontMatter: ['front matter', 'front matter'],
  inlineFields: ['metadata', 'metadata'],
  headings: ['heading', 'headings'],
  content: ['signature', 'signatures'],
};

/** "folder `decisions`, headings Context/Decision/Consequences"; evidence against is left out. */
export function detectionReason(info: DocumentInfo): string | undefined {
  const detection = info.detection;
  if (detection === null || info.type === null) return undefined;
  switch (detection.by) {
    case 'front-matter':
      return 'front matter names the type';
    case 'settings':
      return 'path matches leaddocs.documentTypes.paths';
    case 'path':
      return "path matches the type's folders";
    case 'signals':
      return describeSignals(detection.signals.filter((signal) => signal.weight > 0));
  }
}

function describeSignals(signals: readonly DocumentInfoSignal[]): string {
  const byKind = new Map<DocumentInfoSignal['kind'], string[]>();
  for (const signal of signals) {
    const matched = byKind.get(signal.kind) ?? [];
    if (!matched.includes(signal.matched)) matched.push(signal.matched);
    byKind.set(signal.kind, matched);
  }
  return [...byKind].map(([kind, matched]) => {
    const [one, many] = KIND_NAMES[kind];
    if (kind === 'headings') return `${matched.length === 1 ? one : many} ${matched.join('/')}`;
    return `${matched.length === 1 ? one : many} ${matched.map((text) => `\`${text}\``).join(', ')}`;
  }).join(', ');
}
