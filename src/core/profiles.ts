/** Structure profiles: loading (validated) and choosing the one a document is written in. */
import schema from '../../data/schemas/profile.schema.json';
import ametnikJson from '../../data/profiles/ametnik.json';
import tootajaJson from '../../data/profiles/tootaja.json';
import { DataError, validateData } from './schema';
import { fold, foldChars, foldLabel, splitNumber, termPattern } from './normalize';
import type { DocumentSnapshot } from './snapshot';
import type { StructureProfile } from './profile-types';
import type { Catalogue } from './catalogue/types';

/** Validates a profile against data/schemas/profile.schema.json; throws a DataError naming `file` and the field. */
export function loadProfile(json: unknown, file: string): StructureProfile {
  const profile = validateData<StructureProfile>(schema, json, file);
  const sections = new Set<string>();
  profile.sections.forEach((section, i) => {
    if (sections.has(section.id)) throw new DataError(file, `sections.${i}.id`, `"${section.id}" is listed twice`);
    sections.add(section.id);
  });
  const fields = new Set<string>();
  profile.fields.forEach((field, i) => {
    if (fields.has(field.id)) throw new DataError(file, `fields.${i}.id`, `"${field.id}" is listed twice`);
    fields.add(field.id);
  });
  return profile;
}

let shipped: StructureProfile[] | undefined;

/** The shipped profiles (data/profiles/*.json), validated once. The civil servant's comes first. */
export function defaultProfiles(): StructureProfile[] {
  shipped ??= [
    loadProfile(ametnikJson, 'data/profiles/ametnik.json'),
    loadProfile(tootajaJson, 'data/profiles/tootaja.json'),
  ];
  return shipped;
}

/**
 * The profiles in force: the shipped ones and the organisation's own from its shared catalogue; an
 * organisation's profile with a shipped id replaces the shipped one.
 */
export function profilesFor(catalogue?: Catalogue): StructureProfile[] {
  const own = catalogue?.profiles ?? [];
  if (own.length === 0) return defaultProfiles();
  return [...defaultProfiles().filter((p) => !own.some((o) => o.id === p.id)), ...own];
}

/** How many of the first blocks may hold the variant marker (it sits above the title). */
const MARKER_WINDOW = 20;

/** The document's text prepared once for scoring every profile. */
interface Prepared {
  /** Folded text of the first blocks (for markers). */
  top: string[];
  /** Folded headings without their numbers (paragraphs short enough to be one). */
  headings: string[];
  /** Every block's text, lower case and diacritics folded, joined by NUL (neither a letter nor a space, so no term matches across blocks). */
  text: string;
}

function prepare(snapshot: DocumentSnapshot): Prepared {
  const blocks = snapshot.blocks.filter((b) => b.text.trim());
  return {
    top: blocks.slice(0, MARKER_WINDOW).map((b) => fold(b.text)),
    headings: blocks.filter((b) => b.kind === 'paragraph' && b.text.length < 120).map((b) => foldLabel(splitNumber(b.text).rest)),
    text: blocks.map((b) => foldChars(b.text)).join('\u0000'),
  };
}

function score(doc: Prepared, profile: StructureProfile): number {
  let total = 0;
  // The marker decides: an annex to an employment contract is an employee's, whatever its wording.
  const markers = profile.markers.map(fold);
  if (doc.top.some((text) => markers.some((m) => text.includes(m)))) total += 100;
  // Section headings in this variant's own wording (e.g. "TÖÖKOHA EESMÄRK").
  const titles = new Set(profile.sections.map((s) => foldLabel(s.title)));
  for (const heading of doc.headings) if (titles.has(heading)) total += 2;
  // Each own word found counts +1 and each foreign word -1, once per document.
  const words = [
    ...profile.vocabulary.own.map((word) => ({ re: termPattern(word), weight: 1 })),
    ...profile.vocabulary.foreign.map(({ word }) => ({ re: termPattern(word), weight: -1 })),
  ];
  for (const { re, weight } of words) if (re.test(doc.text)) total += weight;
  return total;
}

/**
 * Picks the profile the document is written in: the variant marker ("Töölepingu juurde kuuluv lisa")
 * decides; otherwise section headings in the variant's own wording and its vocabulary count. When nothing
 * decides, the civil servant's profile ("ametnik") or else the first one.
 */
export function detectProfile(snapshot: DocumentSnapshot, profiles: StructureProfile[]): StructureProfile {
  if (profiles.length === 0) throw new Error('detectProfile: no profiles to choose from');
  const fallback = profiles.find((p) => p.id === 'ametnik') ?? profiles[0];
  const doc = prepare(snapshot);
  let best = fallback;
  let bestScore = score(doc, fallback);
  for (const profile of profiles) {
    if (profile === fallback) continue;
    const s = score(doc, profile);
    if (s > bestScore) {
      best = profile;
      bestScore = s;
    }
  }
  return best;
}
