import type { CatalogEntry } from '../workspace/catalogEntry';
import type { WorkspaceCatalog } from '../workspace/workspaceCatalog';
import { labelOf } from './numberedRange';
import { addSupersedesEdit, markSupersededEdit } from './supersessionEdits';
import type { WorkspaceRule } from './workspaceRule';

export const supersessionBackLink: WorkspaceRule = {
  meta: {
    id: 'supersession-back-link',
    title: 'Supersession is recorded both ways',
    description: 'A decision that supersedes another is named by it as its successor, and the other way round. The fix edits the other file.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ entry, catalog, report }) {
    for (const reference of entry.supersedes) {
      const resolved = catalog.resolve(reference, entry);
      if (resolved.kind !== 'found' || resolved.entry.uri === entry.uri) continue;
      const old = resolved.entry;
      const namesThis = names(old.supersededBy, old, entry, catalog);
      // A status word the type does not know is unknown-status's finding, not this rule's.
      if (namesThis && (old.status?.value === 'superseded' || old.status?.value === null)) continue;
      const namesAnother = !namesThis && old.supersededBy.length > 0;
      const edit = namesAnother ? undefined : markSupersededEdit(old, entry);
      const status = old.status === null ? 'it has no status' : `its status is '${old.status.written}'`;
      report({
        message: namesAnother
          ? `${labelOf(old)} names another decision as its successor, not this one.`
          : namesThis
            ? `${labelOf(old)} names this decision as its successor, but ${status}.`
            : `${labelOf(old)} does not say it is superseded by this decision; ${status}.`,
        range: reference.range,
        data: { other: old.uri, direction: 'superseded-by' },
        fixes: edit === undefined ? [] : [{ title: `Mark ${old.id ?? 'it'} superseded by ${entry.id ?? 'this decision'}`, edits: [], otherDocuments: [edit], safe: false, preferred: true }],
      });
    }
    for (const reference of entry.supersededBy) {
      const resolved = catalog.resolve(reference, entry);
      if (resolved.kind !== 'found' || resolved.entry.uri === entry.uri) continue;
      const successor = resolved.entry;
      if (names(successor.supersedes, successor, entry, catalog)) continue;
      const edit = addSupersedesEdit(successor, entry);
      report({
        message: `${labelOf(successor)} does not say it supersedes this decision.`,
        range: reference.range,
        data: { other: successor.uri, direction: 'supersedes' },
        fixes: edit === undefined ? [] : [{ title: `Record in ${successor.id ?? 'it'} that it supersedes ${entry.id ?? 'this decision'}`, edits: [], otherDocuments: [edit], safe: false, preferred: true }],
      });
    }
  },
};

function names(references: CatalogEntry['supersedes'], owner: CatalogEntry, wanted: CatalogEntry, catalog: WorkspaceCatalog): boolean {
  return references.some((reference) => {
    const resolved = catalog.resolve(reference, owner);
    return resolved.kind === 'found' && resolved.entry.uri === wanted.uri;
  });
}
