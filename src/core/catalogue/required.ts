/**
 * The competencies the organisation requires of a position (house rule `coreCompetencies`: `all`
 * for every position, `leaders` for one with subordinates), each with its catalogue entry and
 * whether the document lists it: what competency-core-missing reports and what the Kompetentsid
 * tab marks and inserts with "Lisa kõik nõutavad". Pure.
 */
import type { HouseRules } from '../house-rules';
import type { JobDescription } from '../model';
import { competencyKey } from '../rules/competency-names';
import { hasSubordinates } from '../rules/position';
import type { Catalogue, CatalogueCompetency } from './types';

export interface RequiredCompetency {
  /** As the organisation names it, e.g. "Kliendikesksus". */
  name: string;
  /** The active catalogue entry of that name among the standard and leadership ones (not an additional namesake). */
  entry?: CatalogueCompetency;
  /** Listed among the document's standard competencies. */
  present: boolean;
  /** Required because the position leads people. */
  leaders: boolean;
}

export function requiredCompetencies(catalogue: Catalogue | undefined, houseRules: HouseRules, jd: JobDescription): RequiredCompetency[] {
  const core = houseRules.coreCompetencies;
  if (!core) return [];
  const present = new Set(jd.competencies.filter((c) => c.group === 'standard').map((c) => competencyKey(c.name)));
  const names = [...core.all.map((name) => ({ name, leaders: false })), ...(hasSubordinates(jd) ? core.leaders.map((name) => ({ name, leaders: true })) : [])];
  return names.map(({ name, leaders }) => ({
    name,
    leaders,
    present: present.has(competencyKey(name)),
    entry: catalogue?.competencies.find((e) => e.status === 'active' && e.group !== 'additional' && competencyKey(e.name.et) === competencyKey(name)),
  }));
}
