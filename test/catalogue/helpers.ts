import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import type { Catalogue } from '../../src/core/catalogue/types';

/** Markup that must stay inert text wherever catalogue text goes. */
export const HOSTILE = '<img src=x onerror=alert(1)> <script>alert("x")</script>';

/** A deep copy of the shipped catalogue, to change in a test. */
export function catalogueCopy(): Catalogue {
  return JSON.parse(JSON.stringify(defaultCatalogue())) as Catalogue;
}

/** The shipped catalogue with markup in the first competency's name, description and first indicator. */
export function hostileCatalogue(): Catalogue {
  const c = catalogueCopy();
  const first = c.competencies[0];
  first.name.et = `Kliendikesksus ${HOSTILE}`;
  first.name.en = `Client focus ${HOSTILE}`;
  first.indicators.et[0] = HOSTILE;
  first.indicators.en[0] = HOSTILE;
  first.description.et = HOSTILE;
  return loadCatalogue(c, 'hostile.json');
}
