import {
  catalogueUrl,
  loadSharedCatalogue,
  setCatalogueUrl,
  type FetchLike,
  type KeyValueStorage,
  type SyncResult,
} from '../../core/catalogue/sync';
import type { Bilingual } from '../../core/text';

/**
 * The build-time catalogue address. webpack's DefinePlugin replaces `process.env.CATALOGUE_URL`
 * with a string; without it (tests, a build that does not define it) there is no default.
 */
function buildTimeUrl(): string | undefined {
  try {
    return process.env.CATALOGUE_URL || undefined;
  } catch {
    return undefined;
  }
}

const memory = new Map<string, string>();
/** Used when the webview blocks localStorage: settings then last for the session. */
const memoryStorage: KeyValueStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

export function paneStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) return storage;
  } catch {
    // Access itself can throw when storage is disabled.
  }
  return memoryStorage;
}

const paneFetch: FetchLike = (url, init) =>
  typeof globalThis.fetch === 'function'
    ? globalThis.fetch(url, init)
    : Promise.reject(new Error('fetch is not available'));

/**
 * The origins the page's Content-Security-Policy lets it connect to (the build writes it from
 * CATALOGUE_URL), or undefined when the page has none (tests, a page without the policy).
 */
function connectableOrigins(): string[] | undefined {
  const policy = globalThis.document?.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  const directive = policy?.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'connect-src');
  if (!directive) return undefined;
  return directive.slice(1).map((source) => (source === "'self'" ? globalThis.location.origin : source));
}

/** Why the page may not fetch `url`: its origin is not one the policy allows. */
function policyProblem(url: string): Bilingual | undefined {
  const allowed = connectableOrigins();
  if (!allowed || allowed.includes(new URL(url).origin)) return undefined;
  return {
    et: 'Lisandmoodul tohib kataloogi laadida ainult oma serverist või aadressilt, mis määrati selle ehitamisel (CATALOGUE_URL).',
    en: 'The add-in may load the catalogue only from its own server or the address set when it was built (CATALOGUE_URL).',
  };
}

/** The address the pane uses (the user's setting, else the build-time default), if any. */
export function paneCatalogueUrl(): string | undefined {
  return catalogueUrl(paneStorage(), buildTimeUrl());
}

/** Saves the user's catalogue address ('' returns to the default); a message when it is not valid. */
export function savePaneCatalogueUrl(url: string): Bilingual | undefined {
  return setCatalogueUrl(paneStorage(), url, policyProblem);
}

/**
 * The shared catalogue for the pane: from the configured address with ETag caching in
 * localStorage and fallback to the last good copy, else the shipped one. Never rejects.
 */
export function loadPaneCatalogue(): Promise<SyncResult> {
  return loadSharedCatalogue({ url: paneCatalogueUrl(), fetch: paneFetch, storage: paneStorage(), addressProblem: policyProblem });
}
