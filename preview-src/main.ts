/**
 * The preview webview's script. It receives typed messages, fills the page, reports what it
 * rendered, and turns clicks into messages: the page never navigates and runs nothing else.
 */
import type { PreviewDocument, RenderReport, ToWebview } from '../client/src/preview/messages';
import { renderChecklistPanel } from './checklistPanel';
import { renderHeaderCard } from './headerCard';
import { host } from './vscodeApi';

const header = required('header');
const body = required('body');
const checklist = required('checklist');
let shownUri: string | null = host.getState()?.uri ?? null;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'render') render(message.renderId, message.document);
  else if (message.type === 'unavailable') showUnavailable(message.renderId, message.message);
});

// Every link goes to the extension, which opens it through VS Code; the webview stays put.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link === null) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (href !== null && href !== '') host.postMessage({ type: 'openLink', href });
});

let scrollSaved = false;
window.addEventListener('scroll', () => {
  if (scrollSaved) return;
  scrollSaved = true;
  requestAnimationFrame(() => {
    scrollSaved = false;
    host.setState({ scrollY: window.scrollY, uri: shownUri });
  });
});

host.postMessage({ type: 'ready' });

function render(renderId: number, preview: PreviewDocument): void {
  const sameDocument = preview.uri === shownUri;
  // Live, the page's own position is the truth; after a reload (the panel was hidden) it is 0
  // and the saved state remembers where the reader was.
  const scrollY = !sameDocument ? 0 : window.scrollY > 0 ? window.scrollY : (host.getState()?.scrollY ?? 0);
  shownUri = preview.uri;
  document.title = preview.title;
  renderHeaderCard(header, preview);
  // Server-rendered by markdown-it with `html: false`: raw HTML in the source arrives escaped.
  body.innerHTML = preview.html;
  renderChecklistPanel(checklist, preview, (range) => host.postMessage({ type: 'reveal', range }));
  window.scrollTo(0, scrollY);
  host.setState({ scrollY, uri: shownUri });
  host.postMessage({ type: 'rendered', renderId, uri: preview.uri, documentVersion: preview.documentVersion, report: report() });
}

function showUnavailable(renderId: number, text: string): void {
  header.replaceChildren();
  checklist.replaceChildren();
  const paragraph = document.createElement('p');
  paragraph.className = 'placeholder-text';
  paragraph.textContent = text;
  body.replaceChildren(paragraph);
  host.postMessage({ type: 'rendered', renderId, uri: null, documentVersion: null, report: report() });
}

function report(): RenderReport {
  return {
    headings: [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.textContent ?? ''),
    text: (body.textContent ?? '').slice(0, 4000),
    activeContent: activeContentCount(),
    checklistItems: checklist.querySelectorAll('ul.checklist > li').length,
    findings: checklist.querySelectorAll('ul.findings > li').length,
    scrollY: window.scrollY,
  };
}

/**
 * Anything that could run, inside the parts the document fills: what a hostile document would
 * need to get into the page. (VS Code's own bootstrap script lives outside them.)
 */
function activeContentCount(): number {
  let count = 0;
  for (const root of [header, body, checklist]) {
    count += root.querySelectorAll('script, iframe, object, embed, form').length;
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith('on')) count++;
        else if ((attribute.name === 'href' || attribute.name === 'src') && /^\s*(javascript|vbscript|data:text\/html)/i.test(attribute.value)) count++;
      }
    }
  }
  return count;
}

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The preview page lacks #${id}.`);
  return element;
}
