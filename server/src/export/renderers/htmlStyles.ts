/**
 * The page's only stylesheet, inlined: an exported brief is mailed and archived, so it must
 * look right with no network and on paper.
 */
export const HTML_STYLES = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --rule: #d8dce3; --accent: #2b5fab; --card: #f4f6f9; --todo: #fff1b8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.header-card { background: var(--card); border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 6px; padding: 1rem 1.25rem; margin-bottom: 2rem; }
.header-card h1 { margin: 0 0 .5rem; font-size: 1.75rem; line-height: 1.25; }
.header-card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; font-size: .92rem; }
.header-card dt { color: var(--muted); font-weight: 600; }
.header-card dd { margin: 0; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.12rem; margin-top: 1.5rem; }
h4, h5, h6 { font-size: 1rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .94rem; }
th, td { border: 1px solid var(--rule); padding: .4rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--card); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--card); padding: .1em .3em; border-radius: 3px; }
pre { background: var(--card); padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
mark.placeholder { background: var(--todo); padding: 0 .2em; border-radius: 3px; }
@media (max-width: 40rem) { main { padding: 1rem; } .header-card dl { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .header-card { border-left-width: 3px; break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  table, pre, blockquote, li { break-inside: avoid; }
  a { color: inherit; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); word-break: break-all; }
}
`;
