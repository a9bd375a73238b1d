import type { FieldId, SectionId } from './profile-types';

/** A value read from the document, with the block it came from. */
export interface Located<T = string> {
  value: T;
  block: number;
}

export interface FoundSection {
  id: SectionId;
  /** The number the profile gives the section, e.g. "3". */
  number: string;
  /** The profile's title for the section. */
  title: string;
  found: boolean;
  /** Heading block, when found. */
  block?: number;
  /** The heading as written, e.g. "3. TEENISTUSKOHUSTUSED". */
  heading?: string;
  /** The number as written or rendered, e.g. "3." or "3"; undefined when the heading has none. */
  writtenNumber?: string;
  /** Last block of the section's body (inclusive). */
  endBlock?: number;
}

export interface Duty {
  /** As written or rendered, e.g. "3.1" or "3.1." */
  number: string;
  task: string;
  results: string[];
  block: number;
}

export interface LanguageRequirement {
  /** e.g. "eesti", "inglise" (as written; "võõrkeel" when not named). */
  language: string;
  /** e.g. "C1", as written (may be invalid, e.g. "C3"). */
  level?: string;
  text: string;
  block: number;
}

export interface Competency {
  name: string;
  /** Description text after "Name:" (additional competencies) — empty when only bullets. */
  text: string;
  bullets: string[];
  group: 'standard' | 'additional';
  block: number;
  /** Content-control tag `jd:competency:<id>@<version>` when the text came from the catalogue. */
  tag?: string;
}

export interface Signature {
  /** e.g. "Tööandja", "Töötaja", or the signer's position for a single signature. */
  role: string;
  name?: string;
  position?: string;
  block: number;
}

export interface Requirements {
  education?: Located;
  experience?: Located;
  languages: LanguageRequirement[];
  computerSkills?: Located;
}

/** The structured job description read from a snapshot (what `jd-check --export` prints). */
export interface JobDescription {
  profile: string;
  title?: Located;
  /** Variant markers found, e.g. "Töölepingu juurde kuuluv lisa". */
  markers: Located[];
  fields: Partial<Record<FieldId, Located>>;
  sections: FoundSection[];
  purpose?: Located;
  duties: Duty[];
  rights: Located[];
  responsibilities: Located[];
  tools?: Located;
  requirements: Requirements;
  competencies: Competency[];
  changeClause?: Located;
  signatures: Signature[];
}
