import { DataError, parseJson } from '../schema';
import type { Bilingual } from '../text';
import { catalogueAddressProblem, downloadCatalogue, DownloadFailure, type FetchLike } from './download';
import { defaultCatalogue, loadCatalogue } from './load';
import type { Catalogue } from './types';

/** The part of `localStorage` the catalogue needs (injected, so this module stays pure). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type { FetchLike, FetchResponse } from './download';

export interface SyncOptions {
  /** The shared catalogue's address; without one the shipped catalogue is used. */
  url?: string;
  fetch: FetchLike;
  storage: KeyValueStorage;
  /** Give up on the network after this long, the whole answer read (default 8 s). */
  timeoutMs?: number;
  now?: () => Date;
  /** The catalogue shipped with the add-in (default defaultCatalogue()). */
  shipped?: () => Catalogue;
  /** Why the page may not fetch `url` (e.g. its Content-Security-Policy), checked before fetching. */
  addressProblem?: (url: string) => Bilingual | undefined;
}

export interface SyncResult {
  catalogue: Catalogue;
  source: 'network' | 'cache' | 'shipped';
  /** One sentence for the status line, e.g. «Kasutan 28.11.2026 salvestatud koopiat.» */
  status: Bilingual;
  /** True when an update was attempted and failed, so the copy in use may be old. */
  stale?: boolean;
}

/** Storage keys. */
export const CATALOGUE_URL_KEY = 'jd.catalogue.url';
export const CATALOGUE_CACHE_KEY = 'jd.catalogue.cache';

/** The last good copy fetched from `url`. */
interface CachedCopy {
  url: string;
  etag?: string;
  /** ISO time the body was saved. */
  savedAt: string;
  body: string;
}

const DEFAULT_TIMEOUT_MS = 8000;

/** dd.mm.yyyy, as Estonians write dates. */
export function estonianDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`;
}

/** The cached copy for `url`, validated; a broken or foreign one is ignored. */
function readCache(storage: KeyValueStorage, url: string): { copy: CachedCopy; catalogue: Catalogue } | undefined {
  try {
    const raw = storage.getItem(CATALOGUE_CACHE_KEY);
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as CachedCopy;
    if (copy.url !== url || typeof copy.body !== 'string') return undefined;
    return { copy, catalogue: loadCatalogue(parseJson(copy.body, url), url) };
  } catch {
    return undefined;
  }
}

function writeCache(storage: KeyValueStorage, copy: CachedCopy): void {
  try {
    storage.setItem(CATALOGUE_CACHE_KEY, JSON.stringify(copy));
  } catch {
    // A full or blocked storage only costs the offline copy; the fresh catalogue is still used.
  }
}

/**
 * The shared catalogue: asks `url` for a newer copy (sending the cached copy's ETag in
 * If-None-Match), keeps the last good copy in `storage`, and when the network fails, times out
 * (headers or body), answers with an error or sends an invalid or over-large catalogue, carries
 * on with the last good copy (or the shipped one) and says so in words. Never throws.
 */
export async function loadSharedCatalogue(options: SyncOptions): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const shipped = options.shipped ?? defaultCatalogue;
  const url = options.url?.trim();
  if (!url) {
    const catalogue = shipped();
    return {
      catalogue,
      source: 'shipped',
      status: {
        et: `Kasutan lisandmooduliga kaasas olevat kataloogi (versioon ${catalogue.version}).`,
        en: `Using the catalogue shipped with the add-in (version ${catalogue.version}).`,
      },
    };
  }
  const cached = readCache(options.storage, url);
  try {
    const problem = catalogueAddressProblem(url) ?? options.addressProblem?.(url);
    if (problem) throw new DownloadFailure(problem);
    const response = await downloadCatalogue(options.fetch, url, { etag: cached?.copy.etag, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    if (response.status === 304 && cached) {
      return {
        catalogue: cached.catalogue,
        source: 'cache',
        status: {
          et: `Kataloog on ajakohane (versioon ${cached.catalogue.version}).`,
          en: `The catalogue is up to date (version ${cached.catalogue.version}).`,
        },
      };
    }
    if (response.status < 200 || response.status > 299) {
      throw new DownloadFailure({ et: `server vastas koodiga ${response.status}`, en: `the server answered ${response.status}` });
    }
    const { body } = response;
    let catalogue: Catalogue;
    try {
      catalogue = loadCatalogue(parseJson(body, url), url);
    } catch (e) {
      const detail = e instanceof DataError ? `${e.field || '(root)'}: ${e.reason}` : String(e);
      throw new DownloadFailure({ et: `saadud kataloog on vigane – ${detail}`, en: `the catalogue received is invalid – ${detail}` });
    }
    const savedAt = now();
    writeCache(options.storage, { url, etag: response.etag, savedAt: savedAt.toISOString(), body });
    return {
      catalogue,
      source: 'network',
      status: {
        et: `Kataloog uuendatud: versioon ${catalogue.version}, avaldatud ${catalogue.published.split('-').reverse().join('.')}.`,
        en: `Catalogue updated: version ${catalogue.version}, published ${catalogue.published}.`,
      },
    };
  } catch (e) {
    const reason: Bilingual = e instanceof DownloadFailure ? e.reason : { et: 'võrguühendus puudub', en: 'no network connection' };
    if (cached) {
      const saved = new Date(cached.copy.savedAt);
      return {
        catalogue: cached.catalogue,
        source: 'cache',
        stale: true,
        status: {
          et: `Kataloogi ei õnnestunud uuendada (${reason.et}). Kasutan ${estonianDate(saved)} salvestatud koopiat.`,
          en: `Could not update the catalogue (${reason.en}). Using the copy saved on ${estonianDate(saved)}.`,
        },
      };
    }
    const catalogue = shipped();
    return {
      catalogue,
      source: 'shipped',
      stale: true,
      status: {
        et: `Kataloogi ei õnnestunud uuendada (${reason.et}). Kasutan lisandmooduliga kaasas olevat kataloogi (versioon ${catalogue.version}).`,
        en: `Could not update the catalogue (${reason.en}). Using the catalogue shipped with the add-in (version ${catalogue.version}).`,
      },
    };
  }
}

/**
 * The catalogue address in use: the one the user set in the pane, else the build-time default
 * (CATALOGUE_URL), else none (the shipped catalogue).
 */
export function catalogueUrl(storage: KeyValueStorage, buildDefault?: string): string | undefined {
  let stored: string | null = null;
  try {
    stored = storage.getItem(CATALOGUE_URL_KEY);
  } catch {
    stored = null;
  }
  return stored?.trim() || buildDefault?.trim() || undefined;
}

/**
 * Saves the address the user typed ('' clears it). Returns a message when it is not an https
 * address (http is allowed only for localhost, for testing).
 */
export function setCatalogueUrl(storage: KeyValueStorage, url: string, addressProblem?: (url: string) => Bilingual | undefined): Bilingual | undefined {
  const trimmed = url.trim();
  const problem = trimmed ? catalogueAddressProblem(trimmed) ?? addressProblem?.(trimmed) : undefined;
  if (problem) return problem;
  try {
    if (trimmed) storage.setItem(CATALOGUE_URL_KEY, trimmed);
    else storage.removeItem(CATALOGUE_URL_KEY);
  } catch {
    return { et: 'Aadressi ei õnnestunud salvestada (brauseri salvestusruum ei ole kasutatav).', en: 'Could not save the address (browser storage is unavailable).' };
  }
  return undefined;
}
