/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import CompetenciesTab from '../../src/taskpane/competencies/CompetenciesTab';
import { CATALOGUE_URL_KEY } from '../../src/core/catalogue/sync';
import type { DocumentHost } from '../../src/core/host';
import { paneCatalogue, reloadPaneCatalogue } from '../../src/taskpane/catalogue';
import { FakeHost } from '../taskpane/fakeHost';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { HOSTILE, hostileCatalogue } from './helpers';

function renderTab(host: DocumentHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CompetenciesTab host={host} />
    </FluentProvider>,
  );
}

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; browsers have it.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

// Fluent renders slowly in jsdom and the machine may be busy: wait longer than the defaults.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30000);

const fetchMock = jest.fn();

beforeEach(() => {
  localStorage.clear();
  reloadPaneCatalogue(); // each test starts with no catalogue loaded in the pane
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});
afterEach(cleanup);

async function search(text: string) {
  const box = await screen.findByRole('searchbox');
  fireEvent.change(box, { target: { value: text } });
  return box;
}

function options() {
  return within(screen.getByRole('listbox')).getAllByRole('option');
}

describe('CompetenciesTab', () => {
  test('uses the shipped catalogue without an address, finds by search and inserts after the last standard one', async () => {
    const snapshot = tootajaSeedSnapshot();
    const host = new FakeHost(snapshot);
    renderTab(host);
    expect(await screen.findByText(/Kasutan lisandmooduliga kaasas olevat kataloogi \(versioon 2026\.1\)/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(options()).toHaveLength(defaultCatalogue().competencies.length);

    await search('eestved');
    expect(options()[0].textContent).toContain('Eestvedamine');
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Seab eesmärgid ja kõrged standardid töötegemiseks.')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lisa dokumenti' })));
    await screen.findByText('Kompetents on lisatud nõuete osasse.');
    expect(host.applied).toHaveLength(1);
    const [edit] = host.applied[0];
    const lastBullet = snapshot.blocks.find((b) => b.text.includes('Kasutab ressursse tulemuslikult'))!.index;
    expect(edit).toMatchObject({ kind: 'insert', at: { after: lastBullet } });
    if (edit.kind !== 'insert') throw new Error('not an insert');
    expect(edit.plan.tag).toBe('jd:competency:eestvedamine@2026.1');
    expect(edit.plan.blocks[0]).toEqual({ type: 'paragraph', text: 'Eestvedamine:' });
  });

  test('keyboard: arrows move through the list, Enter on one already in the document selects it there', async () => {
    const snapshot = ametnikSeedSnapshot();
    const host = new FakeHost(snapshot);
    renderTab(host);
    const box = await search('koostoo');
    expect(options()[0].textContent).toContain('Koostöövõime');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    fireEvent.keyDown(box, { key: 'End' }); // the caret's key in the search box, not the list's
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'End' });
    expect(options()[options().length - 1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Home' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    await act(async () => fireEvent.keyDown(box, { key: 'Enter' }));
    await screen.findByText(/on dokumendis juba olemas/);
    expect(host.applied).toEqual([]);
    expect(host.selected[0].text).toBe('Koostöövõime');
  });

  test('group filter and level choice', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    renderTab(host);
    await screen.findByRole('searchbox');
    fireEvent.change(screen.getByRole('combobox', { name: 'Rühm' }), { target: { value: 'additional' } });
    expect(options().every((o) => o.textContent!.includes('Täiendavad'))).toBe(true);
    await search('pingetaluvus');
    fireEvent.click(screen.getByRole('radio', { name: 'Põhitase' }));
    expect(screen.getByText(/^Säilitab sisemise tasakaalu/)).toBeTruthy();
  });

  test('markup in a shared catalogue is shown as text, never as HTML', async () => {
    localStorage.setItem(CATALOGUE_URL_KEY, 'https://kataloog.example.ee/k.json');
    fetchMock.mockResolvedValue({
      status: 200,
      ok: true,
      headers: { get: () => '"h1"' },
      text: async () => JSON.stringify(hostileCatalogue()),
    });
    const host = new FakeHost(tootajaSeedSnapshot());
    const { container } = renderTab(host);
    await screen.findByText(/Kataloog uuendatud/);
    expect(fetchMock.mock.calls[0][0]).toBe('https://kataloog.example.ee/k.json');
    await search('Kliendikesksus');
    expect(options()[0].textContent).toContain(`Kliendikesksus ${HOSTILE}`);
    expect(container.textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lisa dokumenti' })));
    const edit = host.applied[0]?.[0];
    if (edit?.kind !== 'insert') throw new Error('no insert');
    expect(edit.plan.blocks[1]).toEqual({ type: 'bullet', text: HOSTILE });
  });

  test('offline: says so and works with the shipped catalogue', async () => {
    localStorage.setItem(CATALOGUE_URL_KEY, 'https://kataloog.example.ee/k.json');
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    renderTab(new FakeHost(tootajaSeedSnapshot()));
    expect(
      await screen.findByText(
        'Kataloogi ei õnnestunud uuendada (võrguühendus puudub). Kasutan lisandmooduliga kaasas olevat kataloogi (versioon 2026.1).',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('searchbox')).toBeTruthy();
  });

  test('the address setting refuses plain http and loads from a valid address', async () => {
    fetchMock.mockResolvedValue({ status: 200, ok: true, headers: { get: () => null }, text: async () => JSON.stringify({ ...defaultCatalogue(), version: '2027.3' }) });
    renderTab(new FakeHost(tootajaSeedSnapshot()));
    fireEvent.click(await screen.findByRole('button', { name: 'Kataloogi aadress' }));
    const input = await screen.findByRole('textbox');
    fireEvent.change(input, { target: { value: 'http://kataloog.example.ee/k.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salvesta ja laadi' }));
    expect(await screen.findByText('Kataloogi aadress peab algama https://')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'https://kataloog.example.ee/k.json' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Salvesta ja laadi' })));
    await waitFor(() => expect(screen.getByText(/Kataloog uuendatud: versioon 2027\.3/)).toBeTruthy());
    expect(localStorage.getItem(CATALOGUE_URL_KEY)).toBe('https://kataloog.example.ee/k.json');
  });

  test('a host that fails is reported in words like on the other tabs, and the button works again', async () => {
    const host = new FakeHost(tootajaSeedSnapshot());
    host.fail.apply = new Error('Dokument on lukus.');
    renderTab(host);
    await search('eestved');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lisa dokumenti' })));
    expect(await screen.findByText('Midagi läks valesti')).toBeTruthy();
    expect(screen.getByText('Dokument on lukus.')).toBeTruthy();
    expect(screen.queryByText('Kompetents on lisatud nõuete osasse.')).toBeNull();
    delete host.fail.apply;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lisa dokumenti' })));
    expect(await screen.findByText('Kompetents on lisatud nõuete osasse.')).toBeTruthy();
    expect(screen.queryByText('Midagi läks valesti')).toBeNull();
    expect(host.applied).toHaveLength(1);
  });

  test('the catalogue the other tabs loaded is the one shown: no second request', async () => {
    localStorage.setItem(CATALOGUE_URL_KEY, 'https://kataloog.example.ee/k.json');
    fetchMock.mockResolvedValue({ status: 200, ok: true, headers: { get: () => null }, text: async () => JSON.stringify({ ...defaultCatalogue(), version: '2027.4' }) });
    expect((await paneCatalogue()).version).toBe('2027.4');
    renderTab(new FakeHost(tootajaSeedSnapshot()));
    expect(await screen.findByText(/Kataloog uuendatud: versioon 2027\.4/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
