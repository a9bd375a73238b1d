/** @jest-environment jsdom */
import { CATALOGUE_URL_KEY } from '../../src/core/catalogue/sync';
import { loadPaneCatalogue, savePaneCatalogueUrl } from '../../src/taskpane/competencies/paneCatalogue';

// Issue 10, item 9: under the page's Content-Security-Policy the pane may fetch the catalogue only
// from its own origin and the one the build allowed; it says so instead of failing as "no network".

const fetch = jest.fn();
beforeEach(() => {
  fetch.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetch;
  document.head.innerHTML = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' https://kataloog.example.ee">`;
});
afterEach(() => {
  localStorage.clear();
  document.head.innerHTML = '';
});

test('an address on an origin the policy allows is saved; another is refused in words', () => {
  expect(savePaneCatalogueUrl('https://kataloog.example.ee/uus.json')).toBeUndefined();
  expect(savePaneCatalogueUrl(`${location.origin}/catalogue/default.json`)).toBeUndefined();
  expect(savePaneCatalogueUrl('https://muu.example.ee/k.json')?.et).toBe('Lisandmoodul tohib kataloogi laadida ainult oma serverist või aadressilt, mis määrati selle ehitamisel (CATALOGUE_URL).');
  expect(localStorage.getItem(CATALOGUE_URL_KEY)).toBe(`${location.origin}/catalogue/default.json`);
});

test('an address saved before on another origin is not fetched; the pane says why', async () => {
  localStorage.setItem(CATALOGUE_URL_KEY, 'https://muu.example.ee/k.json');
  const r = await loadPaneCatalogue();
  expect(fetch).not.toHaveBeenCalled();
  expect(r).toMatchObject({ source: 'shipped', stale: true });
  expect(r.status.en).toMatch(/^Could not update the catalogue \(The add-in may load the catalogue only from its own server/);
});

test('a page without a policy (tests, an old build) does not restrict the address', () => {
  document.head.innerHTML = '';
  expect(savePaneCatalogueUrl('https://muu.example.ee/k.json')).toBeUndefined();
});
