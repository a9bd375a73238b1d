/** Structure profiles: loading (validated) and choosing the one a document is written in. */
import schema from '../../data/schemas/profile.schema.json';
import ametnikJson from '../../data/profiles/ametnik.json';
import tootajaJson from '../../data/profiles/tootaja.json';
import { DataError, validateData } from './schema';
import { fold, foldChars, foldLabel, splitNumber, termPattern } from './normalize';
import type { DocumentSnapshot } from './snapshot';
import type { StructureProfile } from './profile-types';

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

/** How many of the first blocks may hold the variant marker (it sits above the title). */
const MARKER_WINDOW = 20;

function score(snapshot: DocumentSnapshot, profile: StructureProfile): number {
  let total = 0;
  const markers = profile.markers.map(fold);
  for (const block of snapshot.blocks.slice(0, MARKER_WINDOW)) {
    const text = fold(block.text);
    if (text && markers.some((m) => text.includes(m))) total += 10;
  }
  // Section headings in this variant's own wording (e.g. "TÖÖKOHA EESMÄRK").
  const titles = new Set(profile.sections.map((s) => foldLabel(s.title)));
  // Each own word found counts +1 and each foreign word -1, once per document.
  const words = [
    ...profile.vocabulary.own.map((word) => ({ re: termPattern(word), weight: 1 })),
    ...profile.vocabulary.foreign.map(({ word }) => ({ re: termPattern(word), weight: -1 })),
  ];
  const found = new Set<number>();
  for (const block of snapshot.blocks) {
    if (!block.text) continue;
    if (block.kind === 'paragraph' && block.text.length < 120 && titles.has(foldLabel(splitNumber(block.text).rest))) total += 2;
    const text = foldChars(block.text);
    words.forEach((w, i) => {
      if (!found.has(i) && w.re.test(text)) found.add(i);
    });
  }
  for (const i of found) total += words[i].weight;
  return total;
}

/**
 * Picks the profile the document is written in: the variant marker ("Töölepingu juurde kuuluv lisa")
 * counts most, then section headings in the variant's own wording, then its vocabulary. When nothing
 * decides, the civil servant's profile ("ametnik") or else the first one.
 */
export function detectProfile(snapshot: DocumentSnapshot, profiles: StructureProfile[]): StructureProfile {
  if (profiles.length === 0) throw new Error('detectProfile: no profiles to choose from');
  const fallback = profiles.find((p) => p.id === 'ametnik') ?? profiles[0];
  let best = fallback;
  let bestScore = score(snapshot, fallback);
  for (const profile of profiles) {
    if (profile === fallback) continue;
    const s = score(snapshot, profile);
    if (s > bestScore) {
      best = profile;
      bestScore = s;
    }
  }
  return best;
}
