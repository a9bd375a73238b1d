import type { Catalogue } from '../core/catalogue/types';

let cached: { url: string | undefined; loading: Promise<Catalogue> } | undefined;

/**
 * The competency catalogue the checks and clauses use: the same shared catalogue the
 * Kompetentsid tab shows (its address, cached copy and shipped fallback; see
 * competencies/paneCatalogue.ts), loaded on first use in its own chunk and kept until the
 * address changes. Rejects only when even the shipped catalogue is broken; callers then carry
 * on without it and say so.
 */
export async function paneCatalogue(): Promise<Catalogue> {
  const shared = await import('./competencies/paneCatalogue');
  const url = shared.paneCatalogueUrl();
  if (!cached || cached.url !== url) {
    const loading = shared.loadPaneCatalogue().then((r) => r.catalogue);
    cached = { url, loading };
    loading.catch(() => {
      if (cached?.loading === loading) cached = undefined; // let the next use try again
    });
  }
  return cached.loading;
}
