// The Word entry: taskpane.html loads office.js from Microsoft's CDN, then this bundle.
import type { Language } from '../core/text';
import { mountPane } from './mount';

declare global {
  interface Window {
    /** Set by taskpane.html in webviews too old for the add-in (its message stays on screen). */
    jdUnsupported?: boolean;
  }
}

/** Office's display language, e.g. "et-EE" → et, "en-US" → en; anything else → Estonian. */
export function languageFrom(displayLanguage: string | undefined): Language {
  const code = (displayLanguage ?? '').toLowerCase();
  if (code.startsWith('en')) return 'en';
  return 'et';
}

/** Office reports its theme colours as "#rrggbb"; a dark body background means a dark theme. */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? '').trim());
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

function start(): void {
  const root = document.getElementById('root');
  if (!root || window.jdUnsupported) return;
  const say = (text: string) => {
    root.textContent = text;
    root.style.padding = '16px';
    window.jdMounted = true;
    document.getElementById('jd-loading')?.remove();
  };
  const notInWord = 'Ava see lisandmoodul Microsoft Wordis. / Open this add-in from Microsoft Word.';
  // office.js comes from Microsoft's CDN; without it (offline, blocked) there is no Word to talk to.
  if (typeof Office === 'undefined') {
    say(notInWord);
    return;
  }
  // Fetch the Word adapter while Office starts up.
  const wordHost = import('../word/WordHost');
  wordHost.catch(() => undefined); // handled where it is awaited; this only avoids an "unhandled" warning
  Office.onReady(async (info) => {
    const lang = languageFrom(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Word) {
      say(notInWord);
      return;
    }
    const theme = isDarkColor(Office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light';
    try {
      const { WordHost } = await wordHost;
      mountPane(root, new WordHost(), { lang, theme });
    } catch (error) {
      // A part of the add-in failed to download: say so instead of leaving the pane blank.
      say(
        (lang === 'en'
          ? 'The add-in could not start. Close the pane and open it again. '
          : 'Lisandmoodul ei käivitunud. Sulge paan ja ava see uuesti. ') + String(error),
      );
    }
  });
}

start();
