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
  /** Text after the heading in the same paragraph ("Eesmärk: tagada …"). */
  inline?: string;
  /** Not headed, but its content shows in this block ("vastutab … eest" among the duties). */
  evidence?: number;
}

/** A top-level section heading as written: one of the profile's sections (two for "ÕIGUSED JA VASTUTUS") or another ("Valveaja rakendamine"). */
export interface SectionHeading {
  block: number;
  text: string;
  /** The profile's sections it opens; empty for a section the profile does not know. */
  sections: SectionId[];
  /** The number as written or rendered ("3." or "3"). */
  writtenNumber?: string;
  /** The number is Word's automatic numbering, not typed. */
  automatic?: boolean;
}

export interface Duty {
  /** As written or rendered, e.g. "3.1" or "3.1." */
  number: string;
  task: string;
  results: string[];
  block: number;
  /** In a duties table, the row has a cell for the results (which may be blank). */
  resultCell?: boolean;
}

export interface LanguageRequirement {
  /** e.g. "eesti", "inglise" (as written; "võõrkeel" when not named). */
  language: string;
  /** e.g. "C1", as written (may be invalid, e.g. "C3"). */
  level?: string;
  /** A level named in words, folded: "korgtase", "emakeel". */
  levelWord?: string;
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
  /** Every top-level section heading in document order, known or not. */
  headings: SectionHeading[];
  purpose?: Located;
  duties: Duty[];
  /** The duties are a table with a column for the expected results. */
  resultsColumn: boolean;
  rights: Located[];
  responsibilities: Located[];
  tools?: Located;
  requirements: Requirements;
  competencies: Competency[];
  changeClause?: Located;
  signatures: Signature[];
  /** "Kinnitatud … käskkirjaga": approved by a directive, which stands for signatures. */
  approval?: Located;
}

/** The found section whose heading..end range holds `block`, if any. */
export function sectionAt(sections: readonly FoundSection[], block: number | undefined): FoundSection | undefined {
  if (block === undefined) return undefined;
  return sections.find((s) => s.found && s.block !== undefined && block >= s.block && block <= (s.endBlock ?? s.block));
}
