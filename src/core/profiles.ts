/** Structure profiles: loading (validated) and choosing the one a document is written in. */
import schema from '../../data/schemas/profile.schema.json';
import ametnikJson from '../../data/profiles/ametnik.json';
import tootajaJson from '../../data/profiles/tootaja.json';
import { DataError, validateData } from './schema';
import { fold, foldChars, termPattern, withoutInvisibles, wordPattern } from './normalize';
import type { DocumentSnapshot } from './snapshot';
import type { Signal, StructureProfile } from './profile-types';
import type { Catalogue } from './catalogue/types';
import { topLines } from './reader/title';

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
/** How many of the first blocks a `top` signal is looked for in. */
const TOP_WINDOW = 8;
/** A variant is told when its signals outweigh the other's by this much, and twice over (a marker decides alone). */
const MARGIN = 3;

export interface Detected {
  /** The profile to read the document with: the detected one, or the civil servant's when the variant cannot be told. */
  profile: StructureProfile;
  /** False when the document does not tell which variant it is. */
  known: boolean;
}

/** The text a profile's signals are looked for in, prepared once per document. */
interface Texts {
  /** Folded first lines, for markers. */
  top: string[];
  /** Every block folded (one character for one), joined by NUL so no term matches across blocks. */
  text: string;
  /** The same, as written (for names with a capital). */
  original: string;
  /** The first blocks, folded. */
  topText: string;
}

/** A word that recurs counts more, up to this many times: the document's own wording outweighs a stray word. */
const MAX_COUNT = 3;

const globals = new Map<string, RegExp>();

/** The signal's pattern with the global flag (matchAll copies it, so one per term serves every check). */
function globalPattern(signal: Signal): RegExp {
  const key = `${signal.whole ? 'w' : 't'}:${signal.term}`;
  let re = globals.get(key);
  if (!re) {
    re = new RegExp((signal.whole ? wordPattern(signal.term) : termPattern(signal.term)).source, 'gu');
    globals.set(key, re);
  }
  return re;
}

/** How often the signal's term is in the text (at most MAX_COUNT): at a word start (and end, for `whole`), as a name when `name`. */
function found(signal: Signal, t: Texts): number {
  const global = globalPattern(signal);
  let count = 0;
  for (const m of (signal.top ? t.topText : t.text).matchAll(global)) {
    if (signal.name) {
      const c = t.original[m.index];
      if (c === c.toLowerCase()) continue;
    }
    if (++count >= MAX_COUNT) break;
  }
  return count;
}

function score(t: Texts, profile: StructureProfile): number {
  const top = t.top;
  // The marker decides: an annex to an employment contract is an employee's, whatever its wording.
  const markers = profile.markers.map(fold);
  if (top.some((line) => markers.some((m) => line.includes(m)))) return 100;
  let total = 0;
  for (const signal of profile.signals) total += signal.weight * found(signal, t);
  return total;
}

/**
 * Tells the variant a document is written in: the variant marker ("Töölepingu juurde kuuluv lisa")
 * decides; otherwise the profiles' signals ("ametisse nimetab", "tööleping", a school) are weighed,
 * and a variant is told only when it clearly outweighs the others. When none does, the document is
 * read with the civil servant's profile (or the first one) and `known` is false.
 */
export function detectProfile(snapshot: DocumentSnapshot, profiles: StructureProfile[]): Detected {
  if (profiles.length === 0) throw new Error('detectProfile: no profiles to choose from');
  const fallback = profiles.find((p) => p.id === 'ametnik') ?? profiles[0];
  const blocks = snapshot.blocks.map((b) => withoutInvisibles(b.text)).filter((text) => text.trim());
  const texts: Texts = {
    top: blocks.slice(0, MARKER_WINDOW).map(fold),
    text: blocks.map(foldChars).join('\u0000'),
    original: blocks.join('\u0000'),
    // Approval lines ("KINNITATUD", "käskkirjaga nr 4") are read but take no room in the window.
    topText: topLines(blocks, TOP_WINDOW).map(foldChars).join('\u0000'),
  };
  const scored = profiles.map((profile) => ({ profile, score: score(texts, profile) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  const other = second?.score ?? 0;
  if (best.score - other >= MARGIN && best.score >= 2 * other) return { profile: best.profile, known: true };
  return { profile: fallback, known: false };
}
