import type { Bilingual } from '../text';
import type { SectionId, StructureProfile } from '../profile-types';
import type { Organisation } from '../house-rules';

/** Lists of bullets in both languages (same length, same order). */
export interface BilingualList {
  et: string[];
  en: string[];
}

export type CompetencyGroup = 'standard' | 'leadership' | 'additional';

/**
 * Another accepted wording of a competency, e.g. a proficiency level or a specialisation
 * ("Asjatundlikkus" with the service-design bullet). A level is complete in itself: its
 * indicators (standard group) or description (additional group) replace the entry's.
 */
export interface ProficiencyLevel {
  id: string;
  /** Name of the level, e.g. "Teenusedisain". */
  name: Bilingual;
  /** The competency's name as written at this level, when it differs from the entry's name. */
  heading?: Bilingual;
  /** The description at this level (additional competencies); the entry's when absent. */
  description?: Bilingual;
  indicators: BilingualList;
}

export interface CatalogueCompetency {
  /** Stable id, e.g. "kliendikesksus". */
  id: string;
  name: Bilingual;
  /** One-paragraph description (for additional competencies this is the text after "Name:"). */
  description: Bilingual;
  group: CompetencyGroup;
  /** Behavioural indicators, written as bullets under the name. */
  indicators: BilingualList;
  levels?: ProficiencyLevel[];
  keywords: string[];
  status: 'active' | 'retired';
  /** For a retired entry: the id that replaces it. */
  replacedBy?: string;
  /** Catalogue version in which this entry last changed. */
  changedIn: string;
}

/** A standard clause: a ready text for one section, e.g. the rights list of the civil servant. */
export interface Clause {
  id: string;
  section: SectionId | 'allkirjad';
  /** Profile ids the clause applies to, e.g. ["ametnik"]. */
  variants: string[];
  title: Bilingual;
  /** An optional lead line, e.g. "Ametnikul on õigus:". */
  lead?: Bilingual;
  /** Paragraphs, or bullets when `bullets` is true. */
  items: BilingualList;
  bullets: boolean;
}

export interface Catalogue {
  /** Format version of the file (the schema's). */
  format: 1;
  /** The catalogue's own version, e.g. "2026.1". */
  version: string;
  /** ISO date, e.g. "2026-11-01". */
  published: string;
  publisher: string;
  competencies: CatalogueCompetency[];
  clauses: Clause[];
  /** The organisation's own structure profiles, beside (or replacing) the shipped ones. */
  profiles?: StructureProfile[];
  /** The organisation's profile: its house rules. */
  organisation?: Organisation;
}
