import { Suspense, lazy, useCallback, useEffect, useId, useState } from 'react';
import type { ComponentType } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { DocumentHost } from '../core/host';
import type { Bilingual, Language } from '../core/text';
import { logNotedErrors } from './diagnostics';
import { LangContext, STRINGS, useLang } from './i18n';
import type { StringKey } from './i18n';
import { SHELL_CSS } from './shellStyles';
import { panelId, TabStrip, tabId } from './TabStrip';

export interface TabProps {
  host: DocumentHost;
  /** True while the tab is the one shown: a hidden tab does not read the document. */
  active: boolean;
}

/** Each tab is its own chunk: the first paint only needs this shell. */
const tabs: { id: string; label: StringKey; Component: ComponentType<TabProps> }[] = [
  { id: 'build', label: 'tabBuild', Component: lazy(() => import('./build/BuildTab')) },
  { id: 'check', label: 'tabCheck', Component: lazy(() => import('./check/CheckTab')) },
  { id: 'competencies', label: 'tabCompetencies', Component: lazy(() => import('./competencies/CompetenciesTab')) },
  { id: 'compare', label: 'tabCompare', Component: lazy(() => import('./compare/CompareTab')) },
];

/** The "Teave / About" part, loaded only when opened. */
const About = lazy(() => import('./about/AboutPart'));

const LANG_KEY = 'ametijuhend.lang';

/** The language the user chose earlier, if the webview lets us remember it. */
function storedLang(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANG_KEY);
    return value === 'et' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

function storeLang(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be disabled in the webview; the choice then lasts for this session only.
  }
}

export interface AppProps {
  host: DocumentHost;
  /** Used when the user has not chosen a language before. */
  lang?: Language;
  /** A short note under the title, e.g. "Demo – mitte Word"; in both languages, it follows the pane's. */
  hostLabel?: string | Bilingual;
  /** Fluent theme; the light one by default (mountPane loads the dark one when Office is dark). */
  theme?: Theme;
  /** Told the pane's language when it starts and whenever the user switches it (the demo page follows it). */
  onLangChange?: (lang: Language) => void;
}

export function App({ host, lang: initialLang, hostLabel, theme = webLightTheme, onLangChange }: AppProps) {
  const [lang, setLangState] = useState<Language>(() => storedLang() ?? initialLang ?? 'et');
  const [selected, setSelected] = useState(tabs[0].id);
  // A tab stays mounted once opened, so switching tabs keeps its results.
  const [opened, setOpened] = useState<string[]>([tabs[0].id]);
  const ids = useId(); // the tabs' and panels' DOM ids
  // Errors the pane shows also go to the host's log (in Word, with Office.js's debug details).
  useEffect(() => (host.logError ? logNotedErrors((e) => host.logError?.(e)) : undefined), [host]);
  useEffect(() => onLangChange?.(lang), [lang, onLangChange]);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    storeLang(next);
  }, []);

  const select = (id: string) => {
    setSelected(id);
    setOpened((o) => (o.includes(id) ? o : [...o, id]));
  };

  const t = (key: StringKey) => STRINGS[key][lang];

  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={theme} className="jd-shell" lang={lang}>
        <style>{SHELL_CSS}</style>
        <Header hostLabel={hostLabel} setLang={setLang} />
        <TabStrip
          tabs={tabs.map((tab) => ({ id: tab.id, label: t(tab.label) }))}
          selected={selected}
          onSelect={select}
          label={t('tabsLabel')}
          ids={ids}
        />
        {tabs.map(({ id, Component }) => (
          <div
            key={id}
            id={panelId(ids, id)}
            role="tabpanel"
            aria-labelledby={tabId(ids, id)}
            hidden={selected !== id}
            className="jd-panel"
          >
            {opened.includes(id) && (
              <Suspense fallback={<span className="jd-loading">{t('loading')}</span>}>
                <Component host={host} active={selected === id} />
              </Suspense>
            )}
          </div>
        ))}
        <Footer host={host} />
      </FluentProvider>
    </LangContext.Provider>
  );
}

/** The title, the host's name, and the language buttons. */
function Header({ hostLabel, setLang }: { hostLabel?: string | Bilingual; setLang: (lang: Language) => void }) {
  const lang = useLang();
  const t = (key: StringKey) => STRINGS[key][lang];
  return (
    <header className="jd-header">
      <div className="jd-titles">
        <h1 className="jd-title">{t('appTitle')}</h1>
        {hostLabel && <span className="jd-host">{typeof hostLabel === 'string' ? hostLabel : hostLabel[lang]}</span>}
      </div>
      <div className="jd-langs" role="group" aria-label={t('language')}>
        {(['et', 'en'] as const).map((l) => (
          <button
            key={l}
            type="button"
            className="jd-lang"
            aria-pressed={lang === l}
            title={t(l === 'et' ? 'languageEt' : 'languageEn')}
            lang={l}
            onClick={() => setLang(l)}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}

/** The "Teave / About" toggle and, once opened, the part itself. */
function Footer({ host }: { host: DocumentHost }) {
  const lang = useLang();
  const t = (key: StringKey) => STRINGS[key][lang];
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <footer className="jd-footer">
      <button type="button" className="jd-about-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('aboutButton')}
      </button>
      {open && (
        <section id={id} className="jd-about" aria-label={t('aboutTitle')}>
          <Suspense fallback={<span className="jd-loading">{t('loading')}</span>}>
            <About host={host} />
          </Suspense>
        </section>
      )}
    </footer>
  );
}
