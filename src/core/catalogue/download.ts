import type { Bilingual } from '../text';
import { decodeUtf8 } from './utf8';

/** The part of a fetch Response used here; `body` (a stream) lets the size be capped while reading. */
export interface FetchResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  body?: ReadableStream<Uint8Array> | null;
}

/** The part of `fetch` used here. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; cache?: 'no-store' },
) => Promise<FetchResponse>;

/** A catalogue is tens of kilobytes; anything near this is not one. */
export const MAX_CATALOGUE_BYTES = 4 * 1024 * 1024;

/** A download that failed in a way worth saying in words. */
export class DownloadFailure extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'DownloadFailure';
  }
}

export interface Downloaded {
  status: number;
  etag?: string;
  /** The body of a 2xx answer; empty otherwise. */
  body: string;
}

/**
 * Why `url` may not be used as a catalogue address, or undefined: it must be https (http only to
 * this computer, for testing).
 */
export function catalogueAddressProblem(url: string): Bilingual | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { et: 'See ei ole veebiaadress. Sisestage aadress kujul https://…', en: 'This is not a web address. Enter it as https://…' };
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return undefined;
  return { et: 'Kataloogi aadress peab algama https://', en: 'The catalogue address must start with https://' };
}

const tooLarge = (max: number): Bilingual => ({
  et: `saadud kataloog on liiga suur (üle ${max / 1024 / 1024} MB)`,
  en: `the catalogue received is too large (more than ${max / 1024 / 1024} MB)`,
});

/** The body as UTF-8 text, reading at most `maxBytes`. */
async function readBody(response: FetchResponse, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new DownloadFailure(tooLarge(maxBytes));
  }
  if (!response.body) {
    const text = await response.text();
    if (text.length > maxBytes) throw new DownloadFailure(tooLarge(maxBytes));
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new DownloadFailure(tooLarge(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new DownloadFailure({ et: 'saadud kataloog ei ole UTF-8 tekst', en: 'the catalogue received is not UTF-8 text' });
  return text;
}

/**
 * Asks `url` for the catalogue (with If-None-Match when an ETag is known) and reads the whole
 * answer within `timeoutMs`: a server that sends its headers and then stalls is given up on all
 * the same. The body is capped at `maxBytes`.
 */
export async function downloadCatalogue(
  fetch: FetchLike,
  url: string,
  options: { etag?: string; timeoutMs: number; maxBytes?: number },
): Promise<Downloaded> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seconds = String(options.timeoutMs / 1000);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DownloadFailure({ et: `server ei vastanud ${seconds.replace('.', ',')} s jooksul`, en: `the server did not answer within ${seconds} s` }));
    }, options.timeoutMs);
  });
  const headers: Record<string, string> = options.etag ? { 'If-None-Match': options.etag } : {};
  const exchange = async (): Promise<Downloaded> => {
    // no-store: the ETag logic is ours; the browser's HTTP cache must not answer for the server.
    const response = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
    const etag = response.headers.get('ETag') ?? undefined;
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { status: response.status, etag, body: '' };
    }
    return { status: response.status, etag, body: await readBody(response, options.maxBytes ?? MAX_CATALOGUE_BYTES) };
  };
  try {
    return await Promise.race([exchange(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
