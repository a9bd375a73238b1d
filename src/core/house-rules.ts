/**
 * An organisation's house rules: what its own job descriptions must have beyond what every job
 * description needs. Off unless the organisation's profile switches them on (it travels in the
 * organisation's shared catalogue, or `jd-check --organisation FILE`). Data: data/organisations/*.json,
 * schema data/schemas/organisation.schema.json.
 */
import schema from '../../data/schemas/organisation.schema.json';
import type { SectionId } from './profile-types';
import { DataError, validateData } from './schema';
import type { Bilingual } from './text';

export interface HouseRules {
  /** Sections required beyond the common ones, e.g. the change procedure ("muutmine") or the tools ("toovahendid"). */
  requiredSections?: SectionId[];
  /** Sections follow the profile's order. */
  sectionOrder?: boolean;
  /** Section headings carry the profile's numbers, and duty numbers one style ("3.1" or "3.1."). */
  numbering?: boolean;
  /** Every duty states its expected result (a results column, or results under each duty). */
  dutyResults?: boolean;
  /** Core competencies: `all` for every position, `leaders` for positions with subordinates. */
  coreCompetencies?: { all: string[]; leaders: string[] };
  /** The same competency is listed once. */
  competencyOnce?: boolean;
  /** Competencies follow the organisation's catalogue (outdated, retired and unknown ones are reported). */
  catalogueCompetencies?: boolean;
  /** The signature block of the variant's form (a directive's approval stands for it). */
  signatureBlock?: boolean;
  /** The variant's own words throughout the text, not only its set phrases ("töökoht" in a civil servant's). */
  vocabulary?: boolean;
  /** Every language requirement states its level, foreign languages too. */
  languageLevels?: boolean;
}

export type HouseRule = keyof HouseRules;

export interface Organisation {
  id: string;
  version: string;
  name: Bilingual;
  houseRules: HouseRules;
}

/** Validates an organisation profile; throws a DataError naming `file` and the field. */
export function loadOrganisation(json: unknown, file: string): Organisation {
  const organisation = validateData<Organisation>(schema, json, file);
  const core = organisation.houseRules.coreCompetencies;
  const twice = core && core.all.find((name) => core.leaders.includes(name));
  if (twice) throw new DataError(file, 'houseRules.coreCompetencies.leaders', `"${twice}" is also in "all"`);
  return organisation;
}

/** True when the house rule is switched on. */
export function houseRuleOn(rules: HouseRules, rule: HouseRule): boolean {
  const value = rules[rule];
  return Array.isArray(value) ? value.length > 0 : !!value;
}
