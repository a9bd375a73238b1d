import type { Bilingual } from './text';

/** Stable section ids: a public contract shared by profiles, rules, tags and the JSON output. */
export type SectionId =
  | 'uldosa'
  | 'eesmark'
  | 'ulesanded'
  | 'oigused'
  | 'vastutus'
  | 'toovahendid'
  | 'nouded'
  | 'muutmine';

export const SECTION_IDS: readonly SectionId[] = [
  'uldosa', 'eesmark', 'ulesanded', 'oigused', 'vastutus', 'toovahendid', 'nouded', 'muutmine',
];

/** Stable ids of the part-1 fields. */
export type FieldId = 'ametinimetus' | 'struktuuriuksus' | 'vahetu_juht' | 'asendaja' | 'asendatav' | 'alluvad';

export const FIELD_IDS: readonly FieldId[] = ['ametinimetus', 'struktuuriuksus', 'vahetu_juht', 'asendaja', 'asendatav', 'alluvad'];

/**
 * A structure profile (data/profiles/*.json, schema data/schemas/profile.schema.json):
 * how one variant of job description is built and worded.
 */
export interface StructureProfile {
  /** e.g. "ametnik", "tootaja"; also the `--profile` value. */
  id: string;
  /** Version of this profile file (semver). */
  version: string;
  name: Bilingual;
  /** The document title, e.g. "AMETIJUHEND". */
  title: string;
  /** Other accepted titles. */
  titleSynonyms: string[];
  /** Lines that mark this variant, e.g. "Töölepingu juurde kuuluv lisa"; shown above the title in a skeleton. */
  markers: string[];
  /** Words that tell this variant in a document (e.g. "ametisse nimetab", "tööleping"), each with its weight. */
  signals: Signal[];
  sections: SectionDef[];
  fields: FieldDef[];
  /** Labels of the requirement blocks inside the requirements section. */
  requirements: RequirementLabels;
  vocabulary: Vocabulary;
  signature: SignatureDef;
}

export interface Signal {
  /** Lower case; matches at the start of a word, any ending ("tööleping" finds "töölepingu"), unless `whole`. */
  term: string;
  weight: number;
  whole?: boolean;
  /** Only in the first lines of the document. */
  top?: boolean;
  /** Only written as a name, with a capital ("Kehtna Põhikooli", "Tartu Ülikool"), not as a common word ("kooli"). */
  name?: boolean;
}

export interface SectionDef {
  id: SectionId;
  /** The section's number, e.g. "3". */
  number: string;
  /** The heading the skeleton writes, e.g. "TEENISTUSKOHUSTUSED". */
  title: string;
  /** Other headings accepted for the section (another agency's wording). Matching ignores case, diacritics and numbering. */
  synonyms: string[];
  required: boolean;
  /**
   * Words that show the section's content where it has no heading of its own (e.g. "vastutab" for
   * the responsibility stated among the duties); such a section is not reported missing.
   */
  evidence?: string[];
  /** Words that show the content only when at least `paragraphs` paragraphs have them (the verbs of duties). */
  evidenceRepeated?: { words: string[]; paragraphs: number };
}

export interface FieldDef {
  id: FieldId;
  /** e.g. "1.1" */
  number: string;
  /** The label the skeleton writes, e.g. "Ametinimetus". */
  label: string;
  /** Other accepted labels, e.g. "Teenistuskoha nimetus", "Asendaja". */
  synonyms: string[];
  required: boolean;
  /** False for a field the skeleton leaves out (the subordinates, which many positions have none of). */
  skeleton?: boolean;
}

export interface RequirementLabels {
  education: string[];
  experience: string[];
  languages: string[];
  computerSkills: string[];
  /** Heading of the standard competencies, e.g. "Tööks vajalikud kompetentsid". */
  competencies: string[];
  /** Heading of the additional ones, e.g. "Täiendavad kompetentsid, isikuomadused ja teadmised". */
  additionalCompetencies: string[];
}

export interface Vocabulary {
  /** Words this variant uses (lower case stems), e.g. "ametikoht", "teenistuskohustused". */
  own: string[];
  /**
   * Words of the other variant, each with the word to use instead. `always`: a set phrase
   * ("Töötajal on õigus") checked in every document; the others only under the house rule `vocabulary`.
   */
  foreign: { word: string; replacement: string; always?: boolean }[];
}

export interface SignatureDef {
  /** Lines that start the signature block, e.g. "Poolte allkirjad:" (may be empty). */
  heading: string[];
  /** Who signs, in order, e.g. "Tööandja", "Töötaja"; the civil servant's is signed by the head alone. */
  parties: string[];
  /** Text that shows the document is signed, e.g. "(allkirjastatud digitaalselt)". */
  signedMarker: string;
}
