import type { Competency } from '../model';
import type { Language } from '../text';
import { foldText } from './fold';
import { groupFamily } from './load';
import { competencyTexts, type CompetencyText } from './plan';
import { parseCompetencyTag } from '../tags';
import type { Catalogue, CatalogueCompetency } from './types';

/** A competency of the document matched to a catalogue entry. */
export interface CatalogueMatch {
  entry: CatalogueCompetency;
  /** Found by its content-control tag, or by its name. */
  by: 'tag' | 'name';
  /** The catalogue version in the tag, when found by tag. */
  taggedVersion?: string;
  /** The language whose name matched (Estonian for tagged entries unless the English name is written). */
  lang: Language;
}

/** A name as compared: folded, without the trailing colon, spaces collapsed. */
export function nameKey(name: string): string {
  return foldText(name).replace(/\s*:\s*$/, '');
}

/** The name without a trailing parenthesis: "Pingetaluvus (tasakaalukus)" → "pingetaluvus". */
function baseKey(name: string): string {
  return nameKey(name).replace(/\s*\([^)]*\)$/, '');
}

/** Names an entry is written with in `lang`: its own and its levels' headings. */
function namesOf(entry: CatalogueCompetency, lang: Language): string[] {
  return [entry.name[lang], ...(entry.levels ?? []).flatMap((l) => (l.heading ? [l.heading[lang]] : []))];
}

function nameLang(entry: CatalogueCompetency, name: string): Language | undefined {
  const key = nameKey(name);
  for (const lang of ['et', 'en'] as const) if (namesOf(entry, lang).some((n) => nameKey(n) === key)) return lang;
  const base = baseKey(name);
  for (const lang of ['et', 'en'] as const) if (namesOf(entry, lang).some((n) => baseKey(n) === base)) return lang;
  return undefined;
}

/**
 * The catalogue entry a document's competency comes from: by its tag
 * `jd:competency:<id>@<version>` when the id is in the catalogue, else by name within the same
 * group (leadership counts as standard), active entries first, ignoring case, diacritics and a
 * trailing "(…)".
 */
export function matchCompetency(catalogue: Catalogue, c: Competency): CatalogueMatch | undefined {
  const tag = c.tag ? parseCompetencyTag(c.tag) : undefined;
  if (tag) {
    const entry = catalogue.competencies.find((e) => e.id === tag.id);
    if (entry) return { entry, by: 'tag', taggedVersion: tag.version, lang: nameLang(entry, c.name) ?? 'et' };
  }
  const family = catalogue.competencies.filter((e) => groupFamily(e) === c.group);
  const ordered = [...family.filter((e) => e.status === 'active'), ...family.filter((e) => e.status !== 'active')];
  const key = nameKey(c.name);
  for (const entry of ordered) {
    const lang = (['et', 'en'] as const).find((l) => namesOf(entry, l).some((n) => nameKey(n) === key));
    if (lang) return { entry, by: 'name', lang };
  }
  const base = baseKey(c.name);
  for (const entry of ordered) {
    const lang = (['et', 'en'] as const).find((l) => namesOf(entry, l).some((n) => baseKey(n) === base));
    if (lang) return { entry, by: 'name', lang };
  }
  return undefined;
}

/** Text compared with spaces collapsed (the seeds have stray double spaces), case kept. */
export function sameText(a: string, b: string): boolean {
  const squeeze = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  return squeeze(a) === squeeze(b);
}

/**
 * Whether the document's text equals one of the entry's accepted wordings (its own or a level's);
 * otherwise the closest wording (same number of bullets and most bullets equal), to offer as fix.
 */
export function compareText(
  entry: CatalogueCompetency,
  c: Competency,
  lang: Language,
): { current: true } | { current: false; closest: { levelId?: string; text: CompetencyText } } {
  const wordings = competencyTexts(entry, lang);
  const equal = (t: CompetencyText) =>
    sameText(t.text, c.text) && t.bullets.length === c.bullets.length && t.bullets.every((b, i) => sameText(b, c.bullets[i]));
  if (wordings.some((w) => equal(w.text))) return { current: true };
  let closest = wordings[0];
  let best = -1;
  for (const w of wordings) {
    const sameCount = w.text.bullets.length === c.bullets.length ? 1000 : 0;
    const score = sameCount + w.text.bullets.filter((b, i) => c.bullets[i] !== undefined && sameText(b, c.bullets[i])).length;
    if (score > best) {
      best = score;
      closest = w;
    }
  }
  return { current: false, closest };
}

/** A competency of the document whose text is not one the catalogue's active entry accepts now. */
export interface Drifted {
  competency: Competency;
  match: CatalogueMatch;
  /** The entry's wording closest to the document's. */
  closest: { levelId?: string; text: CompetencyText };
}

/** The document's catalogue competencies whose text has drifted from the current catalogue. */
export function driftedCompetencies(catalogue: Catalogue, competencies: Competency[]): Drifted[] {
  const drifted: Drifted[] = [];
  for (const competency of competencies) {
    const match = matchCompetency(catalogue, competency);
    if (!match || match.entry.status !== 'active') continue;
    const result = compareText(match.entry, competency, match.lang);
    if (!result.current) drifted.push({ competency, match, closest: result.closest });
  }
  return drifted;
}
