/** The side panel: score against the pass mark, the checklist, the findings. Built with DOM calls, never HTML strings. */
import type { PreviewDocument, PreviewRange } from '../client/src/preview/messages';

export type RevealRange = (range: PreviewRange) => void;

export function renderChecklistPanel(panel: HTMLElement, document: PreviewDocument, reveal: RevealRange): void {
  panel.replaceChildren();
  if (document.score !== null) panel.append(scoreBlock(document.score, document.passMark, document.passed === true));
  if (document.checklist.length > 0) {
    panel.append(heading('Checklist'));
    panel.append(list('checklist', document.checklist.map((item) => entry(item.passed ? 'pass' : 'fail', item.passed ? '\u2713' : '\u2717', item.label, item.range, reveal))));
  }
  panel.append(heading(document.findings.length === 0 ? 'No findings' : `Findings (${document.findings.length})`));
  if (document.findings.length > 0) {
    panel.append(list('findings', document.findings.map((finding) => entry(finding.severity, severityGlyph(finding.severity), `${finding.message} (${finding.code})`, finding.range, reveal))));
  }
  if (document.confidentialSections > 0) {
    const note = element('p', 'note');
    note.textContent = `${document.confidentialSections} confidential section${document.confidentialSections === 1 ? '' : 's'}: shown here, left out of every export.`;
    panel.append(note);
  }
}

function scoreBlock(score: number, passMark: number, passed: boolean): HTMLElement {
  const block = element('div', `score ${passed ? 'pass' : 'fail'}`);
  const value = element('div', 'score-value');
  value.textContent = `${Math.round(score)}%`;
  const meter = document.createElement('meter');
  meter.min = 0;
  meter.max = 100;
  meter.low = passMark;
  meter.optimum = 100;
  meter.value = score;
  const caption = element('div', 'score-caption');
  caption.textContent = `${passed ? 'Passes' : 'Below'} the pass mark of ${passMark}%`;
  block.append(value, meter, caption);
  return block;
}

function entry(kind: string, glyph: string, label: string, range: PreviewRange, reveal: RevealRange): HTMLElement {
  const item = element('li', kind);
  const button = element('button', 'reveal');
  button.type = 'button';
  button.title = `Show line ${range.start.line + 1} in the editor`;
  const mark = element('span', 'glyph');
  mark.textContent = glyph;
  mark.setAttribute('aria-hidden', 'true');
  const text = element('span', 'label');
  text.textContent = label;
  button.append(mark, text);
  button.addEventListener('click', () => reveal(range));
  item.append(button);
  return item;
}

function severityGlyph(severity: string): string {
  return severity === 'error' ? '\u2716' : severity === 'warning' ? '\u26A0' : '\u2139';
}

function heading(text: string): HTMLElement {
  const h = element('h2', 'panel-heading');
  h.textContent = text;
  return h;
}

function list(className: string, items: HTMLElement[]): HTMLElement {
  const ul = element('ul', className);
  ul.append(...items);
  return ul;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
