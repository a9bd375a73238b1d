/** @jest-environment jsdom */
// Issue 9 in the pane: the cursor is followed lightly and only on Koosta; stale edits are refused
// with the message both hosts give; the "Teave / About" part.
import './setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { CURSOR_DELAY_MS } from '../../src/taskpane/build/BuildTab';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { FakeHost, withoutBlocks } from './fakeHost';

afterEach(() => {
  cleanup();
  localStorage.clear();
  jest.useRealTimers();
});

async function renderApp(host: FakeHost) {
  await act(async () => {
    render(<App host={host} lang="et" />);
  });
}

const wait = (ms: number) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

describe('Koosta follows the cursor', () => {
  test('a burst of cursor moves makes one light read after a pause, never a document read; none while another tab is shown', async () => {
    const snapshot = ametnikSeedSnapshot();
    const host = new FakeHost(snapshot);
    await renderApp(host);
    const panel = screen.getByRole('tabpanel', { name: 'Koosta' });
    await within(panel).findByText(/Dokumendist tuvastatud/);
    const { reads, cursorReads } = host;
    const rights = snapshot.blocks.findIndex((b) => b.text === 'Ametnikul on õigus:');
    await act(async () => {
      for (let i = rights - 5; i <= rights; i++) host.moveCursor(i);
    });
    expect(host.cursorReads).toBe(cursorReads); // not yet: the pane waits for the cursor to rest
    await wait(CURSOR_DELAY_MS + 100);
    expect(host.cursorReads).toBe(cursorReads + 1);
    expect(host.reads).toBe(reads);
    expect(within(panel).getByText('4. Õigused')).toBeTruthy();

    // On another tab, cursor moves (a click on a finding moves it too) read nothing.
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrolli' }));
    const responsibility = snapshot.blocks.findIndex((b) => b.text === 'Ametnik vastutab:');
    await act(async () => host.moveCursor(responsibility));
    await wait(CURSOR_DELAY_MS + 100);
    expect(host.cursorReads).toBe(cursorReads + 1);

    // Back on Koosta: one light read catches up.
    fireEvent.click(screen.getByRole('tab', { name: 'Koosta' }));
    expect(await within(panel).findByText('5. Vastutus')).toBeTruthy();
    expect(host.cursorReads).toBe(cursorReads + 2);
    expect(host.reads).toBe(reads);
  });
});

describe('stale edits are refused with the same message as in Word', () => {
  test('Koosta: a section added from an older state of the document is refused in words; the tab reads the document again', async () => {
    const host = new FakeHost(withoutBlocks(ametnikSeedSnapshot(), /^4\. ÕIGUSED/, /^5\. VASTUTUS/));
    await renderApp(host);
    const panel = screen.getByRole('tabpanel', { name: 'Koosta' });
    const add = await within(panel).findByRole('button', { name: 'Lisa: 4. Õigused' });
    // The user adds a line where Word sends no change event (WordApi 1.6 missing).
    host.snapshot.blocks.splice(3, 0, { index: 3, kind: 'paragraph', text: 'Uus rida', tags: [] });
    host.snapshot.blocks.forEach((b, i) => (b.index = i));
    const reads = host.reads;
    await act(async () => fireEvent.click(add));
    expect(host.applied).toHaveLength(0);
    expect(within(panel).getByText('Dokument on vahepeal muutunud, kontrollige uuesti.')).toBeTruthy();
    expect(within(panel).queryByText('Midagi läks valesti')).toBeNull();
    expect(host.reads).toBe(reads + 1);
    // Made from the document as it is now, the same button works.
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: 'Lisa: 4. Õigused' })));
    expect(host.applied).toHaveLength(1);
  });

  test('Kontrolli: a fix from findings older than the document is refused, said in Estonian, and the document is checked again', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrolli' }));
    const panel = screen.getByRole('tabpanel', { name: 'Kontrolli' });
    await act(async () => fireEvent.click(await within(panel).findByRole('button', { name: 'Kontrolli' })));
    const fix = await within(panel).findByRole('button', { name: /^Paranda/ });
    host.snapshot.blocks[0].text = `${host.snapshot.blocks[0].text} (muudetud)`;
    const reads = host.reads;
    await act(async () => fireEvent.click(fix));
    expect(host.applied).toHaveLength(0);
    expect(within(panel).getByText('Dokument on vahepeal muutunud, kontrollige uuesti.')).toBeTruthy();
    expect(within(panel).getByText(/Kontrollisin dokumendi uuesti/)).toBeTruthy();
    expect(host.reads).toBe(reads + 1);
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: /^Paranda/ })));
    expect(host.applied).toHaveLength(1);
  });
});

describe('Teave / About', () => {
  test('shows the version, host, platform, WordApi sets, catalogue version and last error, and copies them', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    host.fail.apply = new Error('Word ei vastanud.');
    await renderApp(host);
    const build = screen.getByRole('tabpanel', { name: 'Koosta' });
    await act(async () => fireEvent.click(await within(build).findByRole('button', { name: 'Lisa ülesanne' })));
    expect(within(build).getByText(/Word ei vastanud\./)).toBeTruthy();

    const toggle = screen.getByRole('button', { name: 'Teave / About' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(async () => fireEvent.click(toggle));
    const about = screen.getByRole('region', { name: 'Teave' });
    expect(await within(about).findByText('TestWord 16.0.1')).toBeTruthy();
    const catalogue = (await import('../../data/catalogue/default.json')).version as string;
    expect(await within(about).findByText(catalogue)).toBeTruthy();
    const value = (term: string) => within(about).getByText(term).nextElementSibling?.textContent;
    expect(value('Lisandmooduli versioon')).toBe('dev');
    expect(value('Platvorm')).toBe('TestPlatform');
    expect(value('Toetatud WordApi komplektid')).toBe('WordApi 1.3');
    expect(value('Viimane viga')).toMatch(/Word ei vastanud\.$/);

    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(async () => fireEvent.click(within(about).getByRole('button', { name: 'Kopeeri andmed' })));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied.split('\n')).toEqual([
      'Lisandmooduli versioon: dev',
      'Rakendus: TestWord 16.0.1',
      'Platvorm: TestPlatform',
      'Toetatud WordApi komplektid: WordApi 1.3',
      `Kataloogi versioon: ${catalogue}`,
      expect.stringMatching(/^Viimane viga: \d{4}-\d\d-\d\dT.* Word ei vastanud\.$/),
    ]);
    expect(within(about).getByRole('status').textContent).toMatch(/^Kopeeritud\./);
  });

  test('an error the pane shows goes to the host’s log too', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    const logged: unknown[] = [];
    host.logError = (e: unknown) => void logged.push(e);
    host.fail.apply = new Error('Word ei vastanud.');
    await renderApp(host);
    const build = screen.getByRole('tabpanel', { name: 'Koosta' });
    await act(async () => fireEvent.click(await within(build).findByRole('button', { name: 'Lisa ülesanne' })));
    expect(within(build).getByText(/Word ei vastanud\./)).toBeTruthy();
    expect(logged).toEqual([host.fail.apply]);
  });
});
