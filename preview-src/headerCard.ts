/** The compact card above the document: title, then type, status, date and people from front matter. */
import type { PreviewDocument } from '../client/src/preview/messages';

export function renderHeaderCard(card: HTMLElement, document: PreviewDocument): void {
  card.replaceChildren();
  const title = window.document.createElement('div');
  title.className = 'card-title';
  title.textContent = document.title;
  card.append(title);
  if (document.header.length === 0) return;
  const fields = window.document.createElement('dl');
  for (const field of document.header) {
    const term = window.document.createElement('dt');
    term.textContent = field.label;
    const value = window.document.createElement('dd');
    value.textContent = field.value;
    fields.append(term, value);
  }
  card.append(fields);
}
