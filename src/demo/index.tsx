// The demo entry (dist/demo.html): the real task pane beside an in-memory document, so the add-in
// can be seen and tested in a browser without Word. Everything the pane does goes through DocumentHost.
import { createRoot } from 'react-dom/client';
import type { Language } from '../core/text';
import { mountPane } from '../taskpane/mount';
import { DemoHost } from './DemoHost';
import { DocumentView } from './DocumentView';
import { Toolbar } from './Toolbar';
import { documentFor } from './demoDocument';
import { DEMO_STRINGS } from './strings';

declare global {
  interface Window {
    /** Test hook of the demo page only (the Word entry has none): the host and the document builder. */
    __demo?: { host: DemoHost; documentFor: typeof documentFor };
  }
}

const params = new URLSearchParams(window.location.search);
const lang: Language = params.get('lang') === 'en' ? 'en' : 'et';
const host = new DemoHost(documentFor(params.get('doc')));
window.__demo = { host, documentFor };

document.documentElement.lang = lang;
document.getElementById('pane')?.setAttribute('aria-label', DEMO_STRINGS.paneLabel[lang]);
createRoot(document.getElementById('demo-top')!).render(<Toolbar host={host} lang={lang} />);
createRoot(document.getElementById('demo-doc')!).render(<DocumentView host={host} lang={lang} />);
mountPane(document.getElementById('root')!, host, { lang, hostLabel: DEMO_STRINGS.banner[lang] });
