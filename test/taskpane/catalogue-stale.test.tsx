/** @jest-environment jsdom */
import './setup';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { CATALOGUE_CACHE_KEY, CATALOGUE_URL_KEY } from '../../src/core/catalogue/sync';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { FakeHost } from './fakeHost';

// Issue 10, item 3: a catalogue server that sends its headers and then stalls kept Kontrolli
// waiting for ever. The check now goes on with the last good copy and says so.

const URL_ = 'https://kataloog.example.ee/k.json';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

test('Kontrolli: a stalled catalogue server costs the timeout, then the check runs on the last good copy and says so', async () => {
  localStorage.setItem(CATALOGUE_URL_KEY, URL_);
  const savedAt = new Date(2026, 10, 20, 9, 0, 0).toISOString();
  localStorage.setItem(CATALOGUE_CACHE_KEY, JSON.stringify({ url: URL_, savedAt, body: JSON.stringify({ ...defaultCatalogue(), version: '2026.5' }) }));
  // Headers arrive; the body never does.
  const fetch = jest.fn(async () => ({ status: 200, ok: true, headers: { get: () => null }, body: null, text: () => new Promise<string>(() => undefined) }));
  (globalThis as { fetch?: unknown }).fetch = fetch;

  await act(async () => {
    render(<App host={new FakeHost(ametnikSeedSnapshot())} lang="et" />);
  });
  fireEvent.click(screen.getByRole('tab', { name: 'Kontrolli' }));
  const panel = screen.getByRole('tabpanel', { name: 'Kontrolli' });
  const button = await within(panel).findByRole('button', { name: 'Kontrolli' });
  await act(async () => fireEvent.click(button));

  const note = await within(panel).findByText(
    'Kataloogi ei õnnestunud uuendada (server ei vastanud 8 s jooksul). Kasutan 20.11.2026 salvestatud koopiat.',
    {},
    { timeout: 15000 },
  );
  expect(note).toBeTruthy();
  expect(fetch).toHaveBeenCalledTimes(1);
  // The check itself ran.
  expect(within(panel).getByRole('button', { name: 'Kontrolli uuesti' })).toBeTruthy();
}, 30000);
