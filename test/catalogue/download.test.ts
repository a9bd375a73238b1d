import { defaultCatalogue } from '../../src/core/catalogue/load';
import { catalogueAddressProblem, MAX_CATALOGUE_BYTES } from '../../src/core/catalogue/download';
import { loadSharedCatalogue, type FetchLike, type FetchResponse, type KeyValueStorage } from '../../src/core/catalogue/sync';

// Issue 10, item 3: the pane waited for ever on a server that sent its headers and then nothing,
// and read a catalogue of any size.

const URL_ = 'https://kataloog.example.ee/kompetentsid.json';
const now = () => new Date(2026, 10, 28, 12, 0, 0);

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function answer(body: ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}, text = () => new Promise<string>(() => undefined)): FetchResponse {
  return { status: 200, ok: true, headers: { get: (n) => headers[n.toLowerCase()] ?? null }, body, text };
}

/** A body that sends `first` and then never another byte (nor the end), unless aborted. */
function stalling(first: string, signal?: AbortSignal): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
    },
  });
}

/** A storage holding a good copy of version 2026.5. */
async function primed(): Promise<KeyValueStorage> {
  const storage = memoryStorage();
  const body = JSON.stringify({ ...defaultCatalogue(), version: '2026.5' });
  const r = await loadSharedCatalogue({ url: URL_, storage, now, fetch: async () => answer(null, {}, async () => body) });
  expect(r.source).toBe('network');
  return storage;
}

describe('the download is bounded', () => {
  test('headers, then a stalled body: given up at the timeout; the last good copy is used, and said so', async () => {
    const storage = await primed();
    const fetch: FetchLike = async (_url, init) => answer(stalling('{"format": 1, ', init.signal));
    const started = Date.now();
    const r = await loadSharedCatalogue({ url: URL_, storage, now, fetch, timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r).toMatchObject({ source: 'cache', stale: true });
    expect(r.catalogue.version).toBe('2026.5');
    expect(r.status.et).toBe('Kataloogi ei õnnestunud uuendada (server ei vastanud 0,2 s jooksul). Kasutan 28.11.2026 salvestatud koopiat.');
  });

  test('a response whose text() never resolves (no body stream) times out too', async () => {
    const r = await loadSharedCatalogue({ url: URL_, storage: memoryStorage(), now, fetch: async () => answer(null), timeoutMs: 100 });
    expect(r).toMatchObject({ source: 'shipped', stale: true });
    expect(r.status.en).toMatch(/^Could not update the catalogue \(the server did not answer within 0.1 s\)/);
  });

  test('a body over the cap is refused while it is read, and one declared over it before', async () => {
    const storage = await primed();
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
      },
    });
    const r = await loadSharedCatalogue({ url: URL_, storage, now, fetch: async () => answer(endless) });
    expect(r).toMatchObject({ source: 'cache', stale: true });
    expect(r.status.en).toMatch(/\(the catalogue received is too large \(more than 4 MB\)\)/);
    expect(sent).toBeLessThanOrEqual(MAX_CATALOGUE_BYTES + 2 * 1024 * 1024);

    let pulls = 0;
    // A stream pulls once when made, to fill its queue; reading it would pull again.
    const declared = new ReadableStream<Uint8Array>({ pull: (c) => void (pulls++, c.enqueue(new Uint8Array(1024))) });
    const big = await loadSharedCatalogue({ url: URL_, storage, now, fetch: async () => answer(declared, { 'content-length': String(50 * 1024 * 1024) }) });
    expect(big.status.et).toMatch(/saadud kataloog on liiga suur \(üle 4 MB\)/);
    expect(pulls).toBe(1);
  });

  test('a body that is not UTF-8 is refused in words', async () => {
    const latin = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([0x7b, 0x22, 0xf5, 0x22, 0x7d])); // {"õ"} in Windows-1257
        c.close();
      },
    });
    const r = await loadSharedCatalogue({ url: URL_, storage: memoryStorage(), now, fetch: async () => answer(latin) });
    expect(r.status.en).toMatch(/\(the catalogue received is not UTF-8 text\)/);
  });
});

describe('the address', () => {
  test('https, or http only to this computer', () => {
    expect(catalogueAddressProblem('https://intra.example.ee/k.json')).toBeUndefined();
    for (const local of ['http://localhost:3001/k.json', 'http://127.0.0.1/k.json', 'http://[::1]:8080/k.json']) expect(catalogueAddressProblem(local)).toBeUndefined();
    expect(catalogueAddressProblem('http://intra.example.ee/k.json')?.en).toBe('The catalogue address must start with https://');
    expect(catalogueAddressProblem('http://localhost.evil.example/k.json')?.en).toBe('The catalogue address must start with https://');
    expect(catalogueAddressProblem('file:///etc/passwd')?.en).toBe('The catalogue address must start with https://');
    expect(catalogueAddressProblem('kataloog')?.en).toMatch(/not a web address/);
  });

  test('a stored http address (set before, or at build time) is not fetched', async () => {
    const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>();
    const r = await loadSharedCatalogue({ url: 'http://intra.example.ee/k.json', storage: memoryStorage(), now, fetch });
    expect(fetch).not.toHaveBeenCalled();
    expect(r).toMatchObject({ source: 'shipped', stale: true });
    expect(r.status.et).toMatch(/\(Kataloogi aadress peab algama https:\/\/\)/);
  });
});
