import type { SyncResult } from '../core/catalogue/sync';
import type { Catalogue } from '../core/catalogue/types';

let cached: { url: string | undefined; loading: Promise<SyncResult> } | undefined;

/**
 * The shared competency catalogue, with how it was got (updated, the last good copy, the shipped
 * one): its address, cached copy and shipped fallback are in competencies/paneCatalogue.ts, loaded
 * on first use in its own chunk. Every tab uses this one copy, kept until the address changes or
 * `reloadPaneCatalogue` drops it. Rejects only when even the shipped catalogue is broken; callers
 * then carry on without it and say so. `stale` says the update failed and an older copy is in use.
 */
export async function paneCatalogueSync(): Promise<SyncResult> {
  const shared = await import('./competencies/paneCatalogue');
  const url = shared.paneCatalogueUrl();
  if (!cached || cached.url !== url) {
    const loading = shared.loadPaneCatalogue();
    cached = { url, loading };
    loading.catch(() => {
      if (cached?.loading === loading) cached = undefined; // let the next use try again
    });
  }
  return cached.loading;
}

/** The catalogue the checks and clauses use: the one `paneCatalogueSync` holds. */
export async function paneCatalogue(): Promise<Catalogue> {
  return (await paneCatalogueSync()).catalogue;
}

/** Drops the held catalogue, so that the next use loads it again (the user asked to reload it). */
export function reloadPaneCatalogue(): void {
  cached = undefined;
}
