/** @jest-environment jsdom */
import './setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { defaultProfiles } from '../../src/core/profiles';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { FakeHost, emptyDocument, withoutBlocks } from './fakeHost';
import { demoDocument } from '../../src/demo/demoDocument';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function openBuild(host: FakeHost) {
  await act(async () => {
    render(<App host={host} lang="et" />);
  });
  const panel = screen.getByRole('tabpanel', { name: 'Koosta' });
  await within(panel).findByRole('button', { name: 'Sisesta kogu põhi' });
  return panel;
}

async function click(button: HTMLElement) {
  await act(async () => fireEvent.click(button));
}

const ametnik = () => defaultProfiles().find((p) => p.id === 'ametnik')!;
const tootaja = () => defaultProfiles().find((p) => p.id === 'tootaja')!;

describe('Koosta tab', () => {
  test('inserts the full skeleton into an empty document, in one batch, every section tagged', async () => {
    const host = new FakeHost(emptyDocument());
    const panel = await openBuild(host);
    await click(within(panel).getByRole('button', { name: 'Sisesta kogu põhi' }));

    expect(host.applied).toHaveLength(1);
    const batch = host.applied[0];
    expect(batch.every((e) => e.kind === 'insert' && 'end' in e.at)).toBe(true);
    const sectionTags = host.insertedTags().filter((t) => t?.startsWith('jd:section:'));
    expect(sectionTags).toEqual(ametnik().sections.map((s) => `jd:section:${s.id}`));
    expect(within(panel).getByText('Põhi on lisatud.')).toBeTruthy();
  });

  test('the chosen variant decides the skeleton', async () => {
    const host = new FakeHost(emptyDocument());
    const panel = await openBuild(host);
    await click(within(panel).getByRole('radio', { name: tootaja().name.et }));
    await click(within(panel).getByRole('button', { name: 'Sisesta kogu põhi' }));
    const first = host.applied[0][0];
    expect(first.kind === 'insert' && first.plan.blocks.some((b) => 'text' in b && b.text === tootaja().markers[0])).toBe(true);
  });

  test('in a document with sections it warns, then inserts only the missing ones where they belong', async () => {
    const host = new FakeHost(withoutBlocks(ametnikSeedSnapshot(), /^4\. ÕIGUSED/, /^5\. VASTUTUS/));
    const panel = await openBuild(host);
    // The variant is detected from the document.
    expect(within(panel).getByText(/Dokumendist tuvastatud/).textContent).toContain(ametnik().name.et);

    await click(within(panel).getByRole('button', { name: 'Sisesta kogu põhi' }));
    expect(host.applied).toHaveLength(0);
    expect(within(panel).getByText(/Lisan ainult puuduvad osad/)).toBeTruthy();
    await click(within(panel).getByRole('button', { name: 'Lisa puuduvad osad' }));

    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]).toEqual([
      expect.objectContaining({ kind: 'insert', at: { after: 46 }, plan: expect.objectContaining({ tag: 'jd:section:oigused' }) }),
    ]);
  });

  test('lists a missing section with its own Lisa button', async () => {
    const host = new FakeHost(withoutBlocks(ametnikSeedSnapshot(), /^4\. ÕIGUSED/, /^5\. VASTUTUS/));
    const panel = await openBuild(host);
    const missing = within(panel).getByRole('list');
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['4. ÕigusedLisa']);
    await click(within(missing).getByRole('button', { name: 'Lisa: 4. Õigused' }));
    expect(host.insertedTags()).toEqual(['jd:section:oigused']);
    expect(within(panel).getByText('Osa on lisatud.')).toBeTruthy();
  });

  test('adds a duty row numbered after the last duty', async () => {
    const host = new FakeHost(ametnikSeedSnapshot());
    const panel = await openBuild(host);
    await click(within(panel).getByRole('button', { name: 'Lisa ülesanne' }));
    expect(host.applied).toHaveLength(1);
    const [edit] = host.applied[0];
    expect(edit.kind).toBe('add-row');
    if (edit.kind !== 'add-row') return;
    expect(edit.cells[0][0]).toMatch(/^3\.\d+\.?$/);
    expect(edit.cells).toHaveLength(2);
    expect(within(panel).getByText('Ülesande rida on lisatud.')).toBeTruthy();
  });

  test('without a duties table it says what to do instead of adding anything', async () => {
    const host = new FakeHost(emptyDocument());
    const panel = await openBuild(host);
    await click(within(panel).getByRole('button', { name: 'Lisa ülesanne' }));
    expect(host.applied).toHaveLength(0);
    expect(within(panel).getByText(/Ülesannete tabelit ei leitud/)).toBeTruthy();
  });

  test('offers the standard clauses of the section the cursor is in, and inserts one at the cursor where the section lacks it', async () => {
    // Section 4 in the writer's own words: the catalogue's clause is not there.
    const seed = ametnikSeedSnapshot();
    const lead = seed.blocks.findIndex((b) => b.text === 'Ametnikul on õigus:');
    const next = seed.blocks.findIndex((b) => b.text === '5. VASTUTUS');
    const own = seed.blocks
      .filter((b) => b.index <= lead || b.index >= next)
      .map((b, index) => ({ ...b, index, text: b.index === lead ? 'Õigused on kirjas asutuse töökorralduse reeglites.' : b.text }));
    const snapshot = { ...seed, blocks: own };
    const host = new FakeHost(snapshot);
    host.cursor = lead;
    const panel = await openBuild(host);
    expect(await within(panel).findByText('4. Õigused')).toBeTruthy();
    // Its text can be read before it goes in.
    const show = within(panel).getByRole('button', { name: 'Tekst: Ametniku õigused' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(within(panel).getByText('Ametnikul on õigus:')).toBeTruthy();
    await click(await within(panel).findByRole('button', { name: 'Lisa: Ametniku õigused' }));
    expect(host.applied[0]).toEqual([
      expect.objectContaining({ kind: 'insert', at: { cursor: true }, plan: expect.objectContaining({ tag: 'jd:clause:oigused-ametnik' }) }),
    ]);
  });

  test('never adds a clause twice: one already there is shown, one in older words or a placeholder is replaced ("Asenda")', async () => {
    const demo = demoDocument();
    const host = new FakeHost(demo);
    host.cursor = demo.blocks.findIndex((b) => b.text === 'Ametnik vastutab:');
    const panel = await openBuild(host);
    // Section 5 of the demo lacks one item of the catalogue's clause.
    expect(await within(panel).findByText('Dokumendis teises sõnastuses')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Lisa: Ametniku vastutus' })).toBeNull();
    await click(within(panel).getByRole('button', { name: 'Asenda: Ametniku vastutus' }));
    expect(host.applied[0].map((e) => e.kind)).toEqual(['insert']);
    expect(host.applied[0][0]).toMatchObject({ kind: 'insert', at: { after: demo.blocks.findIndex((b) => b.text.startsWith('tööülesannete täitmisega seoses')) } });
    expect(within(panel).getByText('Tüüptekst on asendatud.')).toBeTruthy();

    // The change clause is in section 8 as the catalogue words it: "Näita" selects it, nothing is written.
    const change = demo.blocks.findIndex((b) => b.text.startsWith('Ametijuhend vaadatakse üle'));
    await act(async () => host.moveCursor(change));
    await click(await within(panel).findByRole('button', { name: 'Näita: Ametijuhendi muutmine' }, { timeout: 3000 }));
    expect(host.applied).toHaveLength(1);
    expect(host.selected.at(-1)?.block).toBe(change);
    expect(within(panel).getByText('See tüüptekst on juba dokumendis; valisin selle.')).toBeTruthy();
  });

  test('a failing host is reported in words and nothing is recorded as done', async () => {
    const host = new FakeHost(emptyDocument());
    host.fail.apply = new Error('Dokument on lukus.');
    const panel = await openBuild(host);
    await click(within(panel).getByRole('button', { name: 'Sisesta kogu põhi' }));
    expect(within(panel).getByText('Midagi läks valesti')).toBeTruthy();
    expect(within(panel).getByText(/Dokument on lukus\./)).toBeTruthy();
    expect(within(panel).queryByText('Põhi on lisatud.')).toBeNull();
  });

  test('a document that cannot be read is reported in words', async () => {
    const host = new FakeHost(emptyDocument());
    host.fail.read = new Error('Word ei vastanud.');
    await act(async () => {
      render(<App host={host} lang="et" />);
    });
    const panel = screen.getByRole('tabpanel', { name: 'Koosta' });
    expect(await within(panel).findByText(/Word ei vastanud\./)).toBeTruthy();
    // Reading again once Word answers clears the message.
    delete host.fail.read;
    await click(within(panel).getByRole('button', { name: 'Värskenda kursori järgi' }));
    expect(within(panel).queryByText(/Word ei vastanud\./)).toBeNull();
  });

  test('coming back to the pane follows the cursor into another section', async () => {
    const snapshot = ametnikSeedSnapshot();
    const host = new FakeHost(snapshot);
    const panel = await openBuild(host);
    expect(within(panel).getByText(/Vii kursor ametijuhendi osa sisse/)).toBeTruthy();
    host.cursor = snapshot.blocks.findIndex((b) => b.text === 'Ametnik vastutab:');
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await within(panel).findByText('5. Vastutus')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Näita: Ametniku vastutus' })).toBeTruthy();
  });

  test('moving the cursor in the document moves the clause list to that section', async () => {
    const snapshot = ametnikSeedSnapshot();
    const host = new FakeHost(snapshot);
    const panel = await openBuild(host);
    await act(async () => {
      host.moveCursor(snapshot.blocks.findIndex((b) => b.text === 'Ametnik vastutab:'));
    });
    expect(await within(panel).findByText('5. Vastutus', undefined, { timeout: 3000 })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Näita: Ametniku vastutus' })).toBeTruthy();
  });

  test('opening the tab reads the document once, also after the catalogue arrives', async () => {
    const host = new FakeHost(ametnikSeedSnapshot());
    const panel = await openBuild(host);
    expect(await within(panel).findByText(/Dokumendist tuvastatud: Ametnik/)).toBeTruthy();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(host.reads).toBe(1);
  });
});
