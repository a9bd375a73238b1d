/** @jest-environment jsdom */
import './setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import CompareTab from '../../src/taskpane/compare/CompareTab';
import { LangContext } from '../../src/taskpane/i18n';
import { writeDocx } from '../../src/docx/write';
import { makeAsice } from '../docx/asice';
import { baseVersion, edited, versionSnapshot } from '../compare/versions';
import { FakeHost } from './fakeHost';

let oldDocx: Uint8Array;
beforeAll(async () => {
  // The docx writer needs TextEncoder, which jsdom leaves out; Node's is the same.
  Object.assign(globalThis, { TextEncoder: (await import('util')).TextEncoder });
  oldDocx = await writeDocx(versionSnapshot(baseVersion()));
});
afterEach(cleanup);

/** The new version: a duty added, the level of Estonian lowered. */
const newVersion = () =>
  edited((v) => {
    v.duties.push(['Pressiteadete koostamine.', ['Pressiteated on avaldatud.']]);
    v.languages[0] = 'Eesti keele valdamine vähemalt tasemel B2.';
  });

/** A chosen file as the pane sees one (jsdom's File cannot give its bytes). */
const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer });

async function renderTab(host: FakeHost, lang: 'et' | 'en' = 'et') {
  await act(async () => {
    render(
      <LangContext.Provider value={lang}>
        <CompareTab host={host} active />
      </LangContext.Provider>,
    );
  });
}

async function choose(label: RegExp, chosen: ReturnType<typeof file>) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { files: [chosen] } });
  });
}

test('a previous version in a signed container: the changes by section, the signature note, a click selects the change', async () => {
  const host = new FakeHost(newVersion());
  await renderTab(host);
  await choose(/Vali eelmine versioon/, file('ametijuhend-2025.asice', makeAsice({ 'ametijuhend.docx': oldDocx })));
  const changes = await screen.findByRole('region', { name: 'Muudatused' });
  expect(within(changes).getAllByRole('heading').map((h) => h.textContent)).toEqual(['3. Teenistuskohustused', '7. Ametikohale esitatavad nõuded']);
  const items = within(changes).getAllByRole('button').map((b) => b.textContent);
  expect(items).toEqual([
    'Ülesanne – lisatud: „Pressiteadete koostamine.“',
    'Keeleoskus (eesti) – muudetud: „Eesti keele valdamine vähemalt tasemel C1.“ → „Eesti keele valdamine vähemalt tasemel B2.“',
  ]);
  expect(screen.getByText('Digiallkirju ei kontrollitud (nende kehtivust kontrollib DigiDoc4).')).toBeTruthy();
  expect(screen.getByText(/Eelmine versioon: ametijuhend-2025\.asice \(digiallkirjastatud ümbrikus: ametijuhend\.docx\)/)).toBeTruthy();

  await act(async () => fireEvent.click(within(changes).getAllByRole('button')[1]));
  const block = host.snapshot.blocks.findIndex((b) => b.text === 'Eesti keele valdamine vähemalt tasemel B2.');
  expect(host.selected).toEqual([{ block, text: 'Eesti keele valdamine vähemalt tasemel B2.' }]);
});

test('"Kopeeri kokkuvõte" copies the plain-text list; when the clipboard refuses, the text is shown to copy by hand', async () => {
  const copied: string[] = [];
  const clipboard = { writeText: async (text: string) => void copied.push(text) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  await renderTab(new FakeHost(newVersion()));
  await choose(/Vali eelmine versioon/, file('eelmine.docx', oldDocx));
  await screen.findByRole('region', { name: 'Muudatused' });
  expect(screen.queryByText(/Digiallkirju/)).toBeNull(); // a plain .docx has no signatures to speak of
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kopeeri kokkuvõte' })));
  expect(copied).toEqual([
    [
      'Ametijuhendi muudatused', 'Eelmine versioon: eelmine.docx', 'Uus versioon: praegune dokument', '',
      '3. Teenistuskohustused', '- Ülesanne – lisatud: „Pressiteadete koostamine.“', '',
      '7. Ametikohale esitatavad nõuded',
      '- Keeleoskus (eesti) – muudetud: „Eesti keele valdamine vähemalt tasemel C1.“ → „Eesti keele valdamine vähemalt tasemel B2.“',
    ].join('\n') + '\n',
  ]);
  expect(screen.getByText(/Kokkuvõte on kopeeritud/)).toBeTruthy();

  clipboard.writeText = async () => {
    throw new Error('denied');
  };
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kopeeri kokkuvõte' })));
  expect((screen.getByRole('textbox', { name: 'Muudatuste kokkuvõte' }) as HTMLTextAreaElement).value).toBe(copied[0]);
});

test('the same version: no changes; "Võrdle uuesti" compares with the document as it is now', async () => {
  const host = new FakeHost(versionSnapshot(baseVersion()));
  await renderTab(host, 'en');
  await choose(/Choose the previous version/, file('previous.docx', oldDocx));
  expect(await screen.findByText('No changes in substance.')).toBeTruthy();
  host.snapshot = newVersion();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Compare again' })));
  expect(await screen.findByText('2 changes')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Duty – added: "Pressiteadete koostamine."' })).toBeTruthy();
});

test('a file that cannot be read: one line saying why, and nothing else changes', async () => {
  await renderTab(new FakeHost(newVersion()));
  await choose(/Vali eelmine versioon/, file('leping.asice', makeAsice({ 'leping.pdf': new Uint8Array([37, 80, 68, 70]) })));
  expect(await screen.findByText('Faili „leping.asice“ ei saanud lugeda: digiallkirjastatud ümbrikus ei ole .docx-faili (selles on: leping.pdf)')).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Muudatused' })).toBeNull();
});
