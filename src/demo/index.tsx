// The demo entry (dist/demo.html): the real task pane beside an in-memory document, so the add-in
// can be seen and tested in a browser without Word. Everything the pane does goes through DocumentHost.
import { createRoot } from 'react-dom/client';
import { withBasis } from '../core/apply';
import type { Language } from '../core/text';
import { mountPane } from '../taskpane/mount';
import { DemoHost } from './DemoHost';
import { DocumentView } from './DocumentView';
import { Toolbar } from './Toolbar';
import { documentFor } from './demoDocument';
import { DEMO_STRINGS } from './strings';

declare global {
  interface Window {
    /** Test hook of the demo page only (the Word entry has none): the host, the document builder, and withBasis to make edits for it. */
    __demo?: { host: DemoHost; documentFor: typeof documentFor; withBasis: typeof withBasis };
  }
}

const params = new URLSearchParams(window.location.search);
let lang: Language = params.get('lang') === 'en' ? 'en' : 'et';
const host = new DemoHost(documentFor(params.get('doc')));
window.__demo = { host, documentFor, withBasis };

const top = createRoot(document.getElementById('demo-top')!);
const view = createRoot(document.getElementById('demo-doc')!);
/** The page around the pane, in the pane's language: drawn at the start and again when the pane's language changes. */
function renderPage(): void {
  document.documentElement.lang = lang;
  document.getElementById('pane')?.setAttribute('aria-label', DEMO_STRINGS.paneLabel[lang]);
  top.render(<Toolbar host={host} lang={lang} />);
  view.render(<DocumentView host={host} lang={lang} />);
}
renderPage();
// The pane may start in the language the user chose last time, whatever the address says.
mountPane(document.getElementById('root')!, host, {
  lang,
  hostLabel: DEMO_STRINGS.banner,
  onLangChange: (next) => {
    if (next === lang) return;
    lang = next;
    renderPage();
  },
});
