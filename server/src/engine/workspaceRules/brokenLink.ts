import type { WorkspaceRule } from './workspaceRule';

// Scheme, optional user info, a host name or bracketed IP, optional port, then anything.
const WELL_FORMED_URL = /^https?:\/\/(?:[^\s/?#@]{1,256}@)?(?:[\p{L}\p{N}_-]{1,63}(?:\.[\p{L}\p{N}_-]{1,63}){0,126}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?(?:[/?#]\S*)?$/u;

export const brokenLink: WorkspaceRule = {
  meta: {
    id: 'broken-link',
    title: 'Links resolve',
    description: 'A link to a local file that does not exist, to a heading that is not in the linked document, or a URL that is not well formed. URLs are never fetched.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ entry, catalog, report }) {
    for (const link of entry.links) {
      const target = catalog.linkTarget(entry, link.href);
      if (target === undefined) continue;
      if (target.exists === false) {
        report({ message: `${target.path} does not exist in the workspace.`, range: link.range, data: { path: target.path } });
        continue;
      }
      const anchorsOf = link.href === '' ? entry : target.entry;
      if (link.anchor === null || link.anchor === '' || anchorsOf === undefined) continue;
      if (!anchorsOf.anchors.includes(link.anchor.toLowerCase())) {
        report({ message: `No heading in ${link.href === '' ? 'this document' : target.path} has the anchor #${link.anchor}.`, range: link.range, data: { path: target.path, anchor: link.anchor } });
      }
    }
    for (const url of entry.urls) {
      if (!WELL_FORMED_URL.test(url.text)) report({ message: `'${url.text}' is not a well-formed URL.`, range: url.range, data: { url: url.text } });
    }
  },
};
