/** The requirements section: education, experience, languages, computer skills and the competencies. */
import type { Competency, LanguageRequirement, Requirements } from '../model';
import type { StructureProfile } from '../profile-types';
import { fold, foldLabel, splitNumber, stripBullet } from '../normalize';
import type { Block } from '../snapshot';
import { COMPETENCY_TAG } from '../tags';
import { type Doc, isBullet, MAX_HEADING_LENGTH, type Range, rowEnd, splitName } from './doc';

type Part = 'education' | 'experience' | 'languages' | 'computerSkills' | 'competencies' | 'additionalCompetencies';

export function readRequirements(
  doc: Doc,
  profile: StructureProfile,
  range: Range | undefined,
): { requirements: Requirements; competencies: Competency[] } {
  const requirements: Requirements = { languages: [] };
  const competencies: Competency[] = [];
  if (!range) return { requirements, competencies };
  const labels = new Map<string, Part>();
  const labelled = profile.requirements;
  for (const part of Object.keys(labelled) as Part[]) for (const l of labelled[part]) labels.set(foldLabel(l), part);
  let part: Part | undefined;
  let current: Competency | undefined;

  const addValue = (key: 'education' | 'experience' | 'computerSkills', text: string, block: number) => {
    const existing = requirements[key];
    if (existing) existing.value = `${existing.value} ${text}`;
    else requirements[key] = { value: text, block };
  };

  for (let i = range.start; i <= range.end; i++) {
    const b = doc.blocks[i];
    const row = labelRow(doc, b, i, range.end);
    // A table row "Riigikeele oskus | kõrgtase" is read as one line "Riigikeele oskus: kõrgtase" (not competencies,
    // whose cells list one competency per paragraph).
    const rowPart = row && labels.get(foldLabel(splitNumber(row.label).rest));
    const joined = row && rowPart !== 'competencies' && rowPart !== 'additionalCompetencies';
    const at = joined ? row.at : i;
    if (joined) i = row.last;
    const text = joined ? `${row.label}: ${row.values.join('; ')}` : b.text.trim();
    if (!text) continue;
    const bullet = !joined && isBullet(b);
    if (!bullet && (joined || text.length < MAX_HEADING_LENGTH)) {
      const { rest } = splitNumber(text);
      const label = labels.get(foldLabel(rest));
      if (label) {
        part = label;
        current = undefined;
        continue;
      }
      const inline = splitName(rest);
      const inlineLabel = inline && labels.get(foldLabel(inline.name));
      if (inline && inlineLabel && inline.rest && inlineLabel !== 'competencies' && inlineLabel !== 'additionalCompetencies') {
        part = inlineLabel;
        if (part === 'languages') requirements.languages.push(...parseLanguages(inline.rest, at));
        else addValue(part, inline.rest, at);
        continue;
      }
    }
    if (part === 'competencies' || part === 'additionalCompetencies') {
      current = readCompetencyLine(b, bullet, part === 'competencies' ? 'standard' : 'additional', current, competencies);
      continue;
    }
    if (part === 'languages') {
      requirements.languages.push(...parseLanguages(text, at));
      continue;
    }
    // A language requirement under another label, or under none ("Eesti keele oskus C1-tasemel").
    if (isLanguageRequirement(text)) requirements.languages.push(...parseLanguages(text, at));
    if (part) addValue(part, stripBullet(text), at);
  }
  return { requirements, competencies };
}

/** A table row of a label cell (one short paragraph in the first column) and value cells beside it. */
function labelRow(doc: Doc, b: Block, i: number, end: number): { label: string; values: string[]; at: number; last: number } | undefined {
  if (b.kind !== 'cell' || !b.table || b.table.col !== 0) return undefined;
  const last = rowEnd(doc, i, end);
  const cells = doc.blocks.slice(i, last + 1).filter((c) => c.text.trim());
  const label = cells.filter((c) => c.table!.col === 0);
  const beside = cells.filter((c) => c.table!.col > 0);
  if (label.length !== 1 || beside.length === 0 || label[0].text.trim().length > 60) return undefined;
  // Found in the row, a requirement points at the value, where it is written ("C1").
  return { label: label[0].text.trim().replace(/:$/, ''), values: beside.map((c) => c.text.trim()), at: beside[0].index, last };
}

/**
 * One paragraph of a competency group: "Name:" starts one (bullets follow), "Name: description"
 * is one, a bullet adds to the current one, other text continues it.
 */
function readCompetencyLine(
  b: Block,
  bullet: boolean,
  group: Competency['group'],
  current: Competency | undefined,
  out: Competency[],
): Competency | undefined {
  const text = stripBullet(b.text);
  const tag = (b.tags ?? []).find((t) => t.startsWith(COMPETENCY_TAG));
  const parts = splitName(text);
  // In the standard group a bullet belongs to the competency above it, even if it has a colon
  // (unless it is only "Name:", a name written as a list item).
  const startsNew =
    parts && (!bullet || !parts.rest || group === 'additional' || !current || (tag !== undefined && tag !== current.tag));
  if (startsNew) {
    const competency: Competency = { name: parts.name, text: parts.rest, bullets: [], group, block: b.index };
    if (tag) competency.tag = tag;
    out.push(competency);
    return competency;
  }
  if (!current) return undefined;
  if (bullet && !current.text) current.bullets.push(text);
  else if (current.bullets.length > 0) current.bullets[current.bullets.length - 1] += ` ${text}`;
  else current.text = current.text ? `${current.text} ${text}` : text;
  return current;
}

/** A CEFR-like level as written: "C1", also an invalid one like "C3" or "D1" so a rule can flag it. */
const LEVEL_RE = /(?<![\p{L}\d])([A-Fa-f][0-9])(?![\p{L}\d])/u;
/** Levels named in words: the former scale (algtase, kesktase, kõrgtase) and a mother tongue. */
const LEVEL_WORD_RE = /(?<![\p{L}])(algtase|kesktase|korgtase|emakeel|pohitase|kõrgtase|põhitase)\p{L}*/iu;
const LANGUAGE_RE = /(\p{L}+)\s+keel/iu;
/** Languages listed before the one named with "keel": "eesti, inglise ja vene keel" (only known language names count). */
const LANGUAGE_LIST_RE = /((?:\p{L}+(?:\s*,\s*|\s+(?:ja|ning|või)\s+))+)\p{L}+\s+keel/iu;
const LANGUAGES = new Set(['eesti', 'inglise', 'vene', 'soome', 'saksa', 'prantsuse', 'rootsi', 'läti', 'leedu', 'poola', 'ukraina', 'hispaania', 'itaalia', 'norra', 'taani', 'hiina', 'jaapani', 'viipe']);

function listedBefore(text: string): string[] {
  const list = LANGUAGE_LIST_RE.exec(text)?.[1];
  if (!list) return [];
  const names = list.split(/\s*,\s*|\s+(?:ja|ning|või)\s+/u).map((n) => n.trim().toLowerCase()).filter(Boolean);
  // Only the languages right before the named one: "kõrgharidus ja eesti, inglise keel" lists eesti.
  const known: string[] = [];
  for (const name of names.reverse()) {
    if (!LANGUAGES.has(name)) break;
    known.unshift(name);
  }
  return known;
}
const REQUIREMENT_WORDS = /keele\s*oskus|keeleoskus|valda|tasemel|riigikeel/;

/** A line that states a language requirement (not one that only mentions a language, "dokumendid eesti keeles"). */
function isLanguageRequirement(text: string): boolean {
  const folded = fold(text);
  if (!/\bkeel|riigikeel|voorkeel/.test(folded)) return false;
  return LEVEL_RE.test(text) || LEVEL_WORD_RE.test(folded) || REQUIREMENT_WORDS.test(folded);
}

/** Language requirements anywhere in the document, for one whose requirements have no heading of their own. */
export function languagesAnywhere(doc: Doc): LanguageRequirement[] {
  return doc.blocks.flatMap((b) => (isLanguageRequirement(b.text) ? parseLanguages(b.text.trim(), b.index) : []));
}

/** Language requirements from a paragraph: one per sentence that names a language or a level. */
export function parseLanguages(text: string, block: number): LanguageRequirement[] {
  const out: LanguageRequirement[] = [];
  const sentences = text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u).flatMap((sentence) => {
    // "Eesti keel C1, inglise keel B2", "Väga hea eesti keele oskus; inglise keel B2": one requirement per part
    // when every part has its level or names its language, so that a level counts only for its own language.
    const parts = sentence.split(/[,;]\s+/);
    return parts.length > 1 && (parts.every((p) => LEVEL_RE.test(p)) || parts.every((p) => LANGUAGE_RE.test(p))) ? parts : [sentence];
  });
  for (const sentence of sentences) {
    const s = stripBullet(sentence);
    if (!s) continue;
    const level = LEVEL_RE.exec(s)?.[1];
    const folded = fold(s);
    const word = LEVEL_WORD_RE.exec(folded)?.[1];
    let language: string | undefined;
    let listed: string[] = [];
    if (folded.includes('voorkeel')) language = 'võõrkeel';
    else if (folded.includes('riigikeel')) language = 'eesti';
    else {
      const named = LANGUAGE_RE.exec(s)?.[1];
      if (named) language = named.toLowerCase();
      listed = listedBefore(s);
    }
    if (!language && !level && !word) continue;
    // "Eesti, inglise ja vene keele oskus B2-tasemel": every language listed, each with the level.
    for (const name of language ? [...listed, language] : ['']) {
      const requirement: LanguageRequirement = { language: name, text: s, block };
      if (level) requirement.level = level;
      if (word) requirement.levelWord = word;
      out.push(requirement);
    }
  }
  return out;
}
