import { defaultCatalogue } from '../../src/core/catalogue/load';
import {
  CATALOGUE_CACHE_KEY,
  CATALOGUE_URL_KEY,
  catalogueUrl,
  loadSharedCatalogue,
  setCatalogueUrl,
  type FetchLike,
  type FetchResponse,
  type KeyValueStorage,
} from '../../src/core/catalogue/sync';
import type { Catalogue } from '../../src/core/catalogue/types';

const URL_ = 'https://kataloog.example.ee/kompetentsid.json';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function response(status: number, body = '', etag?: string): FetchResponse {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name) => (name.toLowerCase() === 'etag' ? etag ?? null : null) },
    text: async () => body,
  };
}

function remoteCatalogue(version: string): Catalogue {
  return { ...(JSON.parse(JSON.stringify(defaultCatalogue())) as Catalogue), version };
}

const savedOn = new Date(2026, 10, 28, 12, 0, 0);
const now = () => savedOn;

/** A storage holding a good copy of version 2026.5 fetched earlier with ETag "v5". */
async function primedStorage() {
  const storage = memoryStorage();
  const fetch: FetchLike = async () => response(200, JSON.stringify(remoteCatalogue('2026.5')), '"v5"');
  const first = await loadSharedCatalogue({ url: URL_, fetch, storage, now });
  expect(first.source).toBe('network');
  expect(first.catalogue.version).toBe('2026.5');
  expect(first.status.et).toBe('Kataloog uuendatud: versioon 2026.5, avaldatud 01.11.2026.');
  return storage;
}

describe('loadSharedCatalogue', () => {
  test('without an address uses the shipped catalogue and does not fetch', async () => {
    const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>();
    const r = await loadSharedCatalogue({ fetch, storage: memoryStorage() });
    expect(fetch).not.toHaveBeenCalled();
    expect(r.source).toBe('shipped');
    expect(r.catalogue).toBe(defaultCatalogue());
    expect(r.status.et).toMatch(/kaasas olevat kataloogi/);
  });

  test('stores a fresh copy with its ETag, then sends If-None-Match and uses the cache on 304', async () => {
    const storage = await primedStorage();
    const cached = JSON.parse(storage.data.get(CATALOGUE_CACHE_KEY)!);
    expect(cached.etag).toBe('"v5"');
    const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => response(304));
    const r = await loadSharedCatalogue({ url: URL_, fetch, storage, now });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe(URL_);
    expect(fetch.mock.calls[0][1].headers['If-None-Match']).toBe('"v5"');
    expect(r.source).toBe('cache');
    expect(r.stale).toBeUndefined();
    expect(r.catalogue.version).toBe('2026.5');
    expect(r.status.et).toBe('Kataloog on ajakohane (versioon 2026.5).');
  });

  test('a first request sends no If-None-Match', async () => {
    const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => response(200, JSON.stringify(remoteCatalogue('2027.1'))));
    const r = await loadSharedCatalogue({ url: URL_, fetch, storage: memoryStorage(), now });
    expect(fetch.mock.calls[0][1].headers).toEqual({});
    expect(r.catalogue.version).toBe('2027.1');
  });

  test('offline: keeps the last good copy and says when it was saved', async () => {
    const storage = await primedStorage();
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const r = await loadSharedCatalogue({ url: URL_, fetch, storage, now });
    expect(r.source).toBe('cache');
    expect(r.stale).toBe(true);
    expect(r.catalogue.version).toBe('2026.5');
    expect(r.status.et).toBe('Kataloogi ei õnnestunud uuendada (võrguühendus puudub). Kasutan 28.11.2026 salvestatud koopiat.');
    expect(r.status.en).toBe('Could not update the catalogue (no network connection). Using the copy saved on 28.11.2026.');
  });

  test('an invalid remote catalogue is not used or stored: the last good copy stays', async () => {
    const storage = await primedStorage();
    const before = storage.data.get(CATALOGUE_CACHE_KEY);
    const broken = remoteCatalogue('2026.6') as unknown as { competencies: { name: Record<string, string> }[] };
    delete broken.competencies[0].name.en;
    const r = await loadSharedCatalogue({ url: URL_, fetch: async () => response(200, JSON.stringify(broken), '"v6"'), storage, now });
    expect(r.source).toBe('cache');
    expect(r.stale).toBe(true);
    expect(r.catalogue.version).toBe('2026.5');
    expect(r.status.et).toContain('saadud kataloog on vigane – competencies[kliendikesksus].name.en: is required');
    expect(r.status.et).toContain('Kasutan 28.11.2026 salvestatud koopiat.');
    expect(storage.data.get(CATALOGUE_CACHE_KEY)).toBe(before);
    const notJson = await loadSharedCatalogue({ url: URL_, fetch: async () => response(200, '<html>login</html>'), storage, now });
    expect(notJson.catalogue.version).toBe('2026.5');
    expect(notJson.status.et).toMatch(/vigane/);
  });

  test('a server error with no cached copy falls back to the shipped catalogue', async () => {
    const r = await loadSharedCatalogue({ url: URL_, fetch: async () => response(503), storage: memoryStorage(), now });
    expect(r.source).toBe('shipped');
    expect(r.stale).toBe(true);
    expect(r.status.et).toBe(
      `Kataloogi ei õnnestunud uuendada (server vastas koodiga 503). Kasutan lisandmooduliga kaasas olevat kataloogi (versioon ${defaultCatalogue().version}).`,
    );
  });

  test('gives up after the timeout by aborting the request', async () => {
    const storage = await primedStorage();
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        signal = init.signal;
        init.signal.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const r = await loadSharedCatalogue({ url: URL_, fetch, storage, now, timeoutMs: 20 });
    expect(signal!.aborted).toBe(true);
    expect(r.source).toBe('cache');
    expect(r.status.et).toMatch(/server ei vastanud 0,02 s jooksul/);
  });

  test('a cached copy from another address is not used', async () => {
    const storage = await primedStorage();
    const r = await loadSharedCatalogue({ url: 'https://muu.example.ee/k.json', fetch: async () => response(500), storage, now });
    expect(r.source).toBe('shipped');
  });
});

describe('catalogue address setting', () => {
  test('the user setting wins over the build-time default; clearing returns to it', () => {
    const storage = memoryStorage();
    expect(catalogueUrl(storage)).toBeUndefined();
    expect(catalogueUrl(storage, 'https://build.example.ee/c.json')).toBe('https://build.example.ee/c.json');
    expect(setCatalogueUrl(storage, ' https://minu.example.ee/c.json ')).toBeUndefined();
    expect(storage.data.get(CATALOGUE_URL_KEY)).toBe('https://minu.example.ee/c.json');
    expect(catalogueUrl(storage, 'https://build.example.ee/c.json')).toBe('https://minu.example.ee/c.json');
    expect(setCatalogueUrl(storage, '')).toBeUndefined();
    expect(catalogueUrl(storage, 'https://build.example.ee/c.json')).toBe('https://build.example.ee/c.json');
  });

  test('refuses plain http (except localhost) and non-addresses', () => {
    const storage = memoryStorage();
    expect(setCatalogueUrl(storage, 'http://kataloog.example.ee/c.json')!.et).toMatch(/https/);
    expect(setCatalogueUrl(storage, 'javascript:alert(1)')!.et).toMatch(/https/);
    expect(setCatalogueUrl(storage, 'kataloog')!.et).toMatch(/ei ole veebiaadress/);
    expect(setCatalogueUrl(storage, 'http://localhost:3000/c.json')).toBeUndefined();
  });
});

test('a full storage does not stop a fresh catalogue from being used', async () => {
  const storage = memoryStorage();
  storage.setItem = () => {
    throw new Error('QuotaExceededError');
  };
  const r = await loadSharedCatalogue({ url: URL_, fetch: async () => response(200, JSON.stringify(remoteCatalogue('2027.2')), '"x"'), storage, now });
  expect(r.source).toBe('network');
  expect(r.catalogue.version).toBe('2027.2');
});
