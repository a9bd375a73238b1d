/** @jest-environment jsdom */
import './setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { countOf, countText } from '../../src/taskpane/i18n';
import { isDarkColor, languageFrom } from '../../src/taskpane/index';
import { mountPane } from '../../src/taskpane/mount';
import { tootajaSeedSnapshot } from '../core/seed-snapshots';
import { FakeHost, emptyDocument } from './fakeHost';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function renderApp(host = new FakeHost(emptyDocument()), lang?: 'et' | 'en') {
  await act(async () => {
    render(<App host={host} lang={lang} />);
  });
  return host;
}

describe('the pane shell', () => {
  test('four tabs in Estonian, Koosta open first', async () => {
    await renderApp();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Koosta', 'Kontrolli', 'Kompetentsid', 'Võrdle']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Koosta' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Ametijuhend' })).toBeTruthy();
  });

  test('arrow keys move between tabs (one tab stop), and the Kompetentsid tab shows its component', async () => {
    await renderApp(new FakeHost(tootajaSeedSnapshot()));
    const [build, check, competencies, compare] = screen.getAllByRole('tab');
    expect([build.tabIndex, check.tabIndex, competencies.tabIndex, compare.tabIndex]).toEqual([0, -1, -1, -1]);
    await act(async () => fireEvent.keyDown(build, { key: 'ArrowRight' }));
    expect(check.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(check);
    await act(async () => fireEvent.keyDown(check, { key: 'End' }));
    expect(compare.getAttribute('aria-selected')).toBe('true');
    await act(async () => fireEvent.keyDown(compare, { key: 'ArrowLeft' }));
    expect(competencies.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel', { name: 'Kompetentsid' });
    expect(await within(panel).findByRole('searchbox')).toBeTruthy();
    await act(async () => fireEvent.keyDown(competencies, { key: 'ArrowRight' }));
    await act(async () => fireEvent.keyDown(compare, { key: 'ArrowRight' }));
    expect(build.getAttribute('aria-selected')).toBe('true');
  });

  test('the language switch turns the pane into English and is remembered', async () => {
    await renderApp();
    const group = screen.getByRole('group', { name: 'Keel' });
    await act(async () => fireEvent.click(within(group).getByRole('button', { name: 'EN' })));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Build', 'Check', 'Competencies', 'Compare']);
    expect(screen.getByRole('button', { name: 'Insert the full skeleton' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('ametijuhend.lang')).toBe('en');

    // A new pane starts in the remembered language, whatever Office's language is.
    cleanup();
    await renderApp(new FakeHost(emptyDocument()), 'et');
    expect(screen.getAllByRole('tab')[0].textContent).toBe('Build');
  });

  test('opened tabs keep their results when the user switches away and back', async () => {
    await renderApp(new FakeHost(tootajaSeedSnapshot()));
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrolli' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kontrolli' });
    await act(async () => fireEvent.click(await within(panel).findByRole('button', { name: 'Kontrolli' })));
    expect(await within(panel).findByText('Valmis allkirjastamiseks')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Koosta' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrolli' }));
    expect(within(panel).getByText('Valmis allkirjastamiseks')).toBeTruthy();
  });

  test('mountPane renders the pane and removes the page fallback', async () => {
    document.body.innerHTML = '<div id="jd-fallback">See lisandmoodul vajab …</div><div id="jd-loading">Laadin…</div><div id="root"></div>';
    const root = document.getElementById('root')!;
    await act(async () => mountPane(root, new FakeHost(emptyDocument()), { lang: 'en', hostLabel: 'Demo' }));
    await waitFor(() => expect(within(root).getAllByRole('tab')[0].textContent).toBe('Build'));
    expect(within(root).getByText('Demo')).toBeTruthy();
    expect(document.getElementById('jd-fallback')).toBeNull();
    expect(document.getElementById('jd-loading')).toBeNull();
    expect(window.jdMounted).toBe(true);
  });
});

test('mountPane with the dark theme renders with the dark colours', async () => {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  await act(async () => mountPane(root, new FakeHost(emptyDocument()), { theme: 'dark' }));
  await waitFor(() => expect(within(root).getAllByRole('tab')).toHaveLength(4));
  // FluentProvider writes the theme's variables as a rule into a style sheet.
  const themeCss = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  // webDarkTheme's neutral background; the light theme's is #ffffff.
  expect(themeCss).toMatch(/--colorNeutralBackground1:\s*#292929/);
});

describe('Office settings', () => {
  test('display language: et* → et, en* → en, anything else → et', () => {
    expect(languageFrom('et-EE')).toBe('et');
    expect(languageFrom('en-US')).toBe('en');
    expect(languageFrom('EN-gb')).toBe('en');
    expect(languageFrom('ru-RU')).toBe('et');
    expect(languageFrom(undefined)).toBe('et');
  });

  test('theme: a dark body background means the dark theme', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#e6e6e6')).toBe(false);
    expect(isDarkColor('')).toBe(false);
  });
});

describe('verdict counts', () => {
  test('Estonian: singular after 1, partitive otherwise', () => {
    expect(countText(1, 0, 'et')).toBe('1 viga');
    expect(countText(2, 1, 'et')).toBe('2 viga ja 1 hoiatus');
    expect(countText(3, 5, 'et')).toBe('3 viga ja 5 hoiatust');
    expect(countText(0, 2, 'et')).toBe('2 hoiatust');
  });

  test('every counted word: "1 tulemus", "2 tulemust", "0 tulemust"; "1 result", "2 results"', () => {
    expect(countOf(1, 'result', 'et')).toBe('1 tulemus');
    expect(countOf(2, 'result', 'et')).toBe('2 tulemust');
    expect(countOf(0, 'result', 'et')).toBe('0 tulemust');
    expect(countOf(1, 'change', 'et')).toBe('1 muudatus');
    expect(countOf(10, 'change', 'et')).toBe('10 muudatust');
    expect(countOf(1, 'result', 'en')).toBe('1 result');
    expect(countOf(2, 'result', 'en')).toBe('2 results');
  });

  test('English: singular and plural', () => {
    expect(countText(1, 1, 'en')).toBe('1 error and 1 warning');
    expect(countText(2, 0, 'en')).toBe('2 errors');
    expect(countText(0, 3, 'en')).toBe('3 warnings');
  });
});
