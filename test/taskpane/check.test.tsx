/** @jest-environment jsdom */
import './setup';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { FakeHost, withoutBlocks } from './fakeHost';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** The ametnik seed without section 4, with two pending tracked changes and a typo: 2 errors, 1 warning. */
function documentWithProblems() {
  const snapshot = withoutBlocks(ametnikSeedSnapshot(), /^4\. ÕIGUSED/, /^5\. VASTUTUS/);
  snapshot.trackedChanges = 2;
  const purpose = snapshot.blocks.find((b) => b.text.startsWith('Ametikoha eesmärk on'))!;
  purpose.text = purpose.text.replace('Ametikoha eesmärk on', 'Ametikoha eesmärk on kohaliku omavalistuse ja');
  return snapshot;
}

async function openCheckAndRun(host: FakeHost, lang: 'et' | 'en' = 'et') {
  await act(async () => {
    render(<App host={host} lang={lang} />);
  });
  fireEvent.click(screen.getByRole('tab', { name: lang === 'et' ? 'Kontrolli' : 'Check' }));
  const panel = screen.getByRole('tabpanel', { name: lang === 'et' ? 'Kontrolli' : 'Check' });
  const button = await within(panel).findByRole('button', { name: lang === 'et' ? 'Kontrolli' : 'Check' });
  await act(async () => fireEvent.click(button));
  return panel;
}

describe('Kontrolli tab', () => {
  test('a document with problems: verdict with counts, findings grouped by section', async () => {
    const host = new FakeHost(documentWithProblems());
    const panel = await openCheckAndRun(host);

    expect(await within(panel).findByText('2 viga ja 1 hoiatus')).toBeTruthy();
    expect(within(panel).queryByText('Valmis allkirjastamiseks')).toBeNull();
    // Groups in document order: document-wide first, then the sections with findings.
    const headings = within(panel).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Dokument', '2. Ametikoha eesmärk', '4. Õigused']);
    const rights = within(panel).getByRole('list', { name: '4. Õigused' });
    expect(within(rights).getByRole('button', { name: /Osa „ÕIGUSED“ puudub/ })).toBeTruthy();
    const purpose = within(panel).getByRole('list', { name: '2. Ametikoha eesmärk' });
    expect(within(purpose).getAllByRole('listitem')).toHaveLength(1);
    // The severity is said in words for screen readers, not only by colour.
    expect(within(rights).getByRole('button', { name: /^Viga: Osa „ÕIGUSED“/ })).toBeTruthy();
    expect(within(purpose).getAllByRole('button', { name: /^Hoiatus: / })).toHaveLength(1);
  });

  test('a clean document is ready for signing', async () => {
    const snapshot = tootajaSeedSnapshot();
    for (const b of snapshot.blocks) b.text = b.text.replace('omavalistuse', 'omavalitsuse');
    const panel = await openCheckAndRun(new FakeHost(snapshot));
    expect(await within(panel).findByText('Valmis allkirjastamiseks')).toBeTruthy();
    expect(within(panel).getByText('Vigu ega hoiatusi ei leitud.')).toBeTruthy();
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
  });

  test('clicking a finding, or Enter on it, selects its place in the document', async () => {
    const host = new FakeHost(documentWithProblems());
    const panel = await openCheckAndRun(host);
    const finding = await within(panel).findByRole('button', { name: /Osa „ÕIGUSED“ puudub/ });
    await act(async () => fireEvent.click(finding));
    expect(host.selected).toHaveLength(1);
    expect(host.selected[0].block).toBe(46);

    // A native button: Enter activates it like a click (jsdom does not synthesise that, so check the element).
    expect(finding.tagName).toBe('BUTTON');
    const typo = within(panel).getByRole('button', { name: /kirjaviga „omavalistuse“/ });
    await act(async () => fireEvent.click(typo));
    expect(host.selected[1]).toMatchObject({ text: 'omavalistuse', block: host.snapshot.blocks.findIndex((b) => b.text.includes('omavalistuse')) });
  });

  test('Paranda applies the fix and checks again', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    const panel = await openCheckAndRun(host);
    // A warning only: ready, but review it.
    expect(await within(panel).findByText('Vigu ei leitud. Vaata üle: 1 hoiatus.')).toBeTruthy();
    const fix = within(panel).getByRole('button', { name: /^Paranda/ });
    const readsBefore = host.reads;
    await act(async () => fireEvent.click(fix));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]).toEqual([expect.objectContaining({ kind: 'replace', find: expect.stringContaining('omavalistuse') })]);
    expect(host.reads).toBeGreaterThan(readsBefore);
    expect(await within(panel).findByText('Vigu ega hoiatusi ei leitud.')).toBeTruthy();
  });

  test('re-checks by itself when the document changes', async () => {
    jest.useFakeTimers();
    try {
      const snapshot = tootajaSeedSnapshot();
      const host = new FakeHost(snapshot);
      const panel = await openCheckAndRun(host);
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(within(panel).getByText('Vigu ei leitud. Vaata üle: 1 hoiatus.')).toBeTruthy();
      const fixed = tootajaSeedSnapshot();
      for (const b of fixed.blocks) b.text = b.text.replace('omavalistuse', 'omavalitsuse');
      await act(async () => {
        host.change(fixed);
        await jest.advanceTimersByTimeAsync(1000);
      });
      expect(within(panel).getByText('Vigu ega hoiatusi ei leitud.')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  test('a re-check started earlier that ends later does not replace the newer result', async () => {
    /** Reads the document when asked, but answers only when released (in any order). */
    class HeldReads extends FakeHost {
      held: (() => void)[] = [];
      hold = false;
      override async read() {
        const copy = await super.read();
        if (this.hold) await new Promise<void>((release) => this.held.push(release));
        return copy;
      }
    }
    const host = new HeldReads(tootajaSeedSnapshot());
    const panel = await openCheckAndRun(host);
    expect(await within(panel).findByText('Vigu ei leitud. Vaata üle: 1 hoiatus.')).toBeTruthy();
    host.hold = true;
    // The user edits twice; each edit starts a re-check once the document is quiet.
    await act(async () => host.change(documentWithProblems()));
    await waitFor(() => expect(host.held).toHaveLength(1));
    const clean = tootajaSeedSnapshot();
    for (const b of clean.blocks) b.text = b.text.replace('omavalistuse', 'omavalitsuse');
    await act(async () => host.change(clean));
    await waitFor(() => expect(host.held).toHaveLength(2));
    await act(async () => host.held[1]()); // the newer check answers first
    expect(await within(panel).findByText('Vigu ega hoiatusi ei leitud.')).toBeTruthy();
    await act(async () => host.held[0]()); // then the older one
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(within(panel).getByText('Vigu ega hoiatusi ei leitud.')).toBeTruthy();
    expect(within(panel).queryByText('2 viga ja 1 hoiatus')).toBeNull();
  });

  test('English: the same verdict and messages in English', async () => {
    const host = new FakeHost(documentWithProblems());
    const panel = await openCheckAndRun(host, 'en');
    expect(await within(panel).findByText('2 errors and 1 warning')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Document' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /^Error: Section "ÕIGUSED" is missing/ })).toBeTruthy();
  });

  test('a host error is shown in words and the pane keeps working', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    host.fail.read = new Error('Word ei vastanud.');
    const panel = await openCheckAndRun(host);
    expect(await within(panel).findByText('Midagi läks valesti')).toBeTruthy();
    expect(within(panel).getByText(/Word ei vastanud\./)).toBeTruthy();
    delete host.fail.read;
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: 'Kontrolli' })));
    await waitFor(() => expect(within(panel).getByText('Vigu ei leitud. Vaata üle: 1 hoiatus.')).toBeTruthy());
    expect(within(panel).queryByText('Midagi läks valesti')).toBeNull();
  });

  test("the Word adapter's two-language errors are shown in the pane's language", async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    host.fail.read = Object.assign(new Error('Dokument on muutunud.'), {
      bilingual: { et: 'Dokument on muutunud.', en: 'The document has changed.' },
    });
    const panel = await openCheckAndRun(host, 'en');
    expect(await within(panel).findByText('The document has changed.')).toBeTruthy();
    expect(within(panel).getByText('Something went wrong')).toBeTruthy();
  });

  test('an empty document: not a job description, and the finding says what to do', async () => {
    const panel = await openCheckAndRun(new FakeHost({ blocks: [], trackedChanges: 0, comments: 0 }));
    expect(await within(panel).findByText('See ei ole (veel) ametijuhend')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: /^Viga: Dokument on tühi/ })).toBeTruthy();
    expect(within(panel).queryByText('Valmis allkirjastamiseks')).toBeNull();
  });
});
