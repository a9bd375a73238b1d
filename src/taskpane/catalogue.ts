import type { Catalogue } from '../core/catalogue/types';
import type { SyncResult } from '../core/catalogue/sync';

let cached: { url: string | undefined; loading: Promise<SyncResult> } | undefined;

/**
 * The shared catalogue the checks and clauses use, with the sentence that says where it came from:
 * the same catalogue the Kompetentsid tab shows (its address, cached copy and shipped fallback;
 * see competencies/paneCatalogue.ts), loaded on first use in its own chunk and kept until the
 * address changes. `stale` says the update failed and an older copy is in use. Rejects only when
 * even the shipped catalogue is broken; callers then carry on without it and say so.
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

/** The catalogue alone (see paneCatalogueSync). */
export async function paneCatalogue(): Promise<Catalogue> {
  return (await paneCatalogueSync()).catalogue;
}
