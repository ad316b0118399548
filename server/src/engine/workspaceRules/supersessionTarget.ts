import type { WorkspaceRule } from './workspaceRule';

export const supersessionTarget: WorkspaceRule = {
  meta: {
    id: 'supersession-target',
    title: 'Superseded and superseding decisions exist',
    description: 'A decision names a successor or predecessor that no ADR in the workspace is.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    for (const [direction, references] of [['supersedes', entry.supersedes], ['is superseded by', entry.supersededBy]] as const) {
      for (const reference of references) {
        const resolved = catalog.resolve(reference, entry);
        if (resolved.kind === 'missing') report({ message: `This decision ${direction} ${resolved.path}, which does not exist.`, range: reference.range, data: { target: resolved.path } });
        else if (resolved.kind === 'missing-number') report({ message: `This decision ${direction} ADR ${resolved.number}, but no ADR has that number.`, range: reference.range, data: { number: resolved.number } });
      }
    }
  },
};
