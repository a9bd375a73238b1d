import { createRoot } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import type { DocumentHost } from '../core/host';
import type { Bilingual, Language } from '../core/text';
import { App } from './App';

export interface MountOptions {
  /** The language to start in when the user has not chosen one (default Estonian). */
  lang?: Language;
  /** A short note under the title, e.g. "Demo" (in both languages, to follow the pane's). */
  hostLabel?: string | Bilingual;
  theme?: 'light' | 'dark';
  /** Told the pane's language at the start and at every switch. */
  onLangChange?: (lang: Language) => void;
}

declare global {
  interface Window {
    /** Set once the pane is on screen, so the page's "could not load" timer stands down. */
    jdMounted?: boolean;
  }
}

/**
 * Renders the task pane into `element`, talking to the document only through `host`.
 * With the dark theme the pane appears once that theme's chunk has loaded (no light flash).
 */
export function mountPane(element: HTMLElement, host: DocumentHost, options: MountOptions = {}): void {
  const render = (theme?: Theme) =>
    createRoot(element).render(<App host={host} lang={options.lang} hostLabel={options.hostLabel} theme={theme} onLangChange={options.onLangChange} />);
  if (options.theme === 'dark') {
    import('./darkTheme').then(
      (m) => render(m.webDarkTheme),
      () => render(), // the light theme is better than no pane
    );
  } else {
    render();
  }
  window.jdMounted = true;
  // The page's static fallback and loading texts are only for when the app cannot start.
  document.getElementById('jd-fallback')?.remove();
  document.getElementById('jd-loading')?.remove();
}
