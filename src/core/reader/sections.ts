/**
 * Section headings: the profile's sections under any of their names (typed or automatic numbers,
 * Word's heading styles or bold typed text, also a heading in a table cell or "Eesmärk: …" with its
 * text inline), and numbered headings of sections the profile does not know ("3. Valveaja
 * rakendamine"), which end the section before them and count in the numbering.
 */
import type { FoundSection, SectionHeading } from '../model';
import type { SectionDef, SectionId, StructureProfile } from '../profile-types';
import { foldChars, foldLabel, splitNumber, stripBullet, wordPattern } from '../normalize';
import { numberParts } from '../numbers';
import { type Doc, isBullet, isSubNumber, MAX_HEADING_LENGTH, onlyQualifiers, splitName } from './doc';
import type { Block } from '../snapshot';
import { SECTION_TAG } from '../tags';

/** Headings longer than a section name are accepted up to this length. */
const MAX_PREFIXED_HEADING = 60;
/** An unknown numbered heading is at most this long. */
const MAX_UNKNOWN_HEADING = 80;

interface Match {
  block: number;
  defs: SectionDef[];
  inline?: string;
  /** Words before the section's name ("KLASSIJUHATAJA TÖÖÜLESANDED", "Hooldustöötajal on õigus"): often the position. */
  prefix?: string;
}

/** The section names of a profile, folded, each with the sections it opens (a combined heading opens two). */
function names(profile: StructureProfile): Map<string, SectionDef[]> {
  const byName = new Map<string, SectionDef[]>();
  for (const s of profile.sections) {
    for (const name of [s.title, ...s.synonyms]) {
      const key = foldLabel(name);
      const list = byName.get(key) ?? [];
      if (!list.includes(s)) list.push(s);
      byName.set(key, list);
    }
  }
  return byName;
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** The sections a block opens, when it is a heading of the profile's sections. */
function matchHeading(doc: Doc, b: Block, byName: Map<string, SectionDef[]>, sorted: string[]): Match | undefined {
  const text = b.text.trim();
  if (!text || isBullet(b)) return undefined;
  if (b.kind === 'cell' && !doc.firstInCell(b)) return undefined;
  const { number, rest } = splitNumber(text);
  // "Eesmärk: tagada …", "4. Tööülesanded: koristab …", "2. Teenistuskoha eesmärk<TAB>on …": the heading with its
  // text, however long, in the same paragraph.
  const tab = rest.indexOf('\t');
  const parts = splitName(rest, 60) ?? (tab > 0 && tab <= 60 ? { name: rest.slice(0, tab).trim(), rest: rest.slice(tab + 1).trim() } : undefined);
  const inline = parts && parts.rest ? byName.get(foldLabel(parts.name)) : undefined;
  if (inline && parts) return { block: b.index, defs: inline, inline: parts.rest };
  if (text.length > MAX_HEADING_LENGTH) return undefined;
  const key = foldLabel(rest);
  const exact = byName.get(key);
  if (exact) return { block: b.index, defs: exact };
  // A sub-number ("3.1") is a heading only when it is exactly a section's name (above).
  if (isSubNumber(number) || isSubNumber(b.number)) return undefined;
  // A heading with more words: "3. TEENISTUSKOHUSTUSED JA TULEMUSED", "KLASSIJUHATAJA TÖÖÜLESANDED",
  // "Hooldustöötajal on õigus:" — when it looks like a heading.
  const numbered = number !== undefined || b.number !== undefined;
  // In a table only a row's first cell, beside its content ("Hooldustöötaja kohustused | 1. …"), may be a heading.
  const rowHead = b.kind === 'cell' && b.table!.col === 0 && doc.hasCell(b.table!.table, b.table!.row, 1);
  const headingLike = numbered || b.headingLevel !== undefined || isUpper(rest) || (b.bold === true && (b.kind === 'paragraph' || rowHead));
  if (!headingLike || key.length > MAX_PREFIXED_HEADING || (b.kind === 'cell' && !numbered && !rowHead)) return undefined;
  const name = sorted.find((n) => key.startsWith(`${n} `) || key.endsWith(` ${n}`));
  // "1. vastutab kõige eest." is an item of a list numbered from 1 again, not a heading "VASTUTAB …": a heading
  // opens with a capital (typed or Word's "All caps"), and with a name, not a verb ("Vastutab …").
  const capitals = isUpper(rest) || b.allCaps === true;
  if (!name || (!capitals && (/^\p{Ll}/u.test(rest) || /^\p{L}{3,}b$/u.test(rest.split(/\s+/)[0])))) return undefined;
  const match: Match = { block: b.index, defs: byName.get(name)! };
  if (!key.startsWith(`${name} `)) {
    const words = rest.replace(/[:.\s]+$/, '').split(/\s+/);
    const before = words.slice(0, words.length - name.split(' ').length);
    // "KLASSIJUHATAJA PÄDEVUS JA TÖÖÜLESANDED": the heading joins two names; the position is before both.
    while (before.length >= 2 && /^(ja|ning|või)$/i.test(before[before.length - 1])) before.splice(-2);
    // "PEAMISED TÖÖÜLESANDED", "TÖÖKOHA KOHUSTUSED": words that qualify the name do not name a position.
    if (!onlyQualifiers(before)) match.prefix = before.join(' ');
  }
  return match;
}

/** A top-level number ("3.", "3", "III") typed or automatic, with the text after it. */
function topNumber(b: Block): { n: number; rest: string } | undefined {
  const typed = splitNumber(b.text);
  const parts = numberParts(typed.number ?? b.number);
  if (!parts || parts.length !== 1) return undefined;
  return { n: parts[0], rest: typed.number ? typed.rest : b.text.trim() };
}

/** A numbered heading of a section the profile does not know: the next number after the heading before it (or 1), formatted as a heading. */
function unknownHeading(b: Block, previous: number | undefined): boolean {
  const top = topNumber(b);
  if (!top || top.n !== (previous ?? 0) + 1 || isBullet(b)) return false;
  const rest = top.rest;
  if (!rest || rest.length > MAX_UNKNOWN_HEADING || /[.;,]$/.test(rest)) return false;
  return b.headingLevel !== undefined || b.bold === true || b.allCaps === true || isUpper(rest);
}

/**
 * Where a section the profile names is not headed but its content shows ("vastutab … eest", "Haridus:"): the
 * first such block; for words said often elsewhere too, only when enough paragraphs outside the headed sections say them.
 */
function evidenceOf(def: SectionDef, text: string[], outside: string[], outsideRaw: string[]): number | undefined {
  const repeated = def.evidenceRepeated;
  const strong = firstOf(def.evidence ?? [], 1, text);
  if (strong !== undefined || !repeated) return strong;
  return firstOf(repeated.words, repeated.paragraphs, outside) ?? firstDutyItems(outsideRaw, repeated.paragraphs);
}

/** The first paragraph with a duty item (`isDutyItem`), when there are at least `items` (lines kept with Shift+Enter count one by one). */
function firstDutyItems(text: string[], items: number): number | undefined {
  let first: number | undefined;
  let count = 0;
  for (let i = 0; i < text.length && count < items; i++) {
    const n = text[i] ? text[i].split('\n').filter(isDutyItem).length : 0;
    if (n > 0) first ??= i;
    count += n;
  }
  return count >= items ? first : undefined;
}

/** The first paragraph with one of the words, when at least `paragraphs` paragraphs have one. */
function firstOf(words: string[], paragraphs: number, text: string[]): number | undefined {
  if (words.length === 0) return undefined;
  const terms = words.map(wordPattern);
  const hits: number[] = [];
  for (let i = 0; i < text.length && hits.length < paragraphs; i++) if (terms.some((re) => re.test(text[i]))) hits.push(i);
  return hits.length >= paragraphs ? hits[0] : undefined;
}

export interface SectionsRead {
  sections: FoundSection[];
  headings: SectionHeading[];
  /** The words before a section's name in the first heading that has them ("Sotsiaalpedagoogi" of "Sotsiaalpedagoogi tööülesanded"). */
  positionInHeading?: { value: string; block: number };
}

export function findSections(doc: Doc, profile: StructureProfile): SectionsRead {
  const byName = names(profile);
  const sorted = [...byName.keys()].sort((x, y) => y.length - x.length);
  const defs = new Map<SectionId, SectionDef>(profile.sections.map((s) => [s.id, s]));
  const at = new Map<SectionId, { block: number; inline?: string }>();
  // Content-control tags from the skeleton are exact: the first non-empty tagged block is the heading.
  for (const b of doc.blocks) {
    for (const tag of b.tags ?? []) {
      if (!tag.startsWith(SECTION_TAG)) continue;
      const id = tag.slice(SECTION_TAG.length) as SectionId;
      if (!defs.has(id)) continue;
      const seen = at.get(id);
      if (!seen || (!doc.text(seen.block) && b.text.trim())) at.set(id, { block: b.index });
    }
  }
  const starts = new Map<number, SectionId[]>();
  const repeats = new Set<number>();
  for (const [id, { block }] of at) starts.set(block, [...(starts.get(block) ?? []), id]);
  let previous: number | undefined;
  let positionInHeading: SectionsRead['positionInHeading'];
  for (const b of doc.blocks) {
    const match = matchHeading(doc, b, byName, sorted);
    if (match?.prefix && !positionInHeading) positionInHeading = { value: match.prefix, block: b.index };
    const fresh = match?.defs.filter((d) => !at.has(d.id)) ?? [];
    if (match && fresh.length > 0) {
      for (const d of fresh) at.set(d.id, { block: b.index, inline: match.inline });
      starts.set(b.index, [...(starts.get(b.index) ?? []), ...fresh.map((d) => d.id)]);
    } else if (match && !starts.has(b.index) && topNumber(b) !== undefined) {
      // A numbered heading of a section already found ("2. PÕHIÜLESANDED", then "3. KOHUSTUSED"): a part of it.
      starts.set(b.index, match.defs.map((d) => d.id));
      repeats.add(b.index);
    } else if (!starts.has(b.index) && (b.kind === 'paragraph' || (doc.firstInCell(b) && b.table!.col === 0)) && unknownHeading(b, previous)) {
      starts.set(b.index, []);
    }
    if (starts.has(b.index)) previous = topNumber(b)?.n ?? previous;
  }
  const blocks = [...starts.keys()].sort((x, y) => x - y);
  /** A section ends before the next heading, unless that heading goes on with the same section. */
  const end = (block: number, id: SectionId): number => {
    let k = blocks.indexOf(block) + 1;
    while (k < blocks.length && repeats.has(blocks[k]) && starts.get(blocks[k])!.includes(id)) k++;
    return k < blocks.length ? blocks[k] - 1 : doc.last;
  };
  adoptUnknownHeadings(doc, profile, blocks, starts, at);
  const headingsAt = new Set(blocks);
  const headings: SectionHeading[] = blocks.map((block) => {
    const b = doc.blocks[block];
    const heading: SectionHeading = { block, text: b.text.trim(), sections: starts.get(block)! };
    const written = splitNumber(b.text).number ?? b.number;
    if (written !== undefined) heading.writtenNumber = written;
    if (b.number !== undefined && splitNumber(b.text).number === undefined) heading.automatic = true;
    return heading;
  });
  const sections = profile.sections.map((def): FoundSection => {
    const found = at.get(def.id);
    if (!found) return { id: def.id, number: def.number, title: def.title, found: false };
    const b = doc.blocks[found.block];
    const section: FoundSection = {
      id: def.id,
      number: def.number,
      title: def.title,
      found: true,
      block: found.block,
      heading: b.text.trim(),
      writtenNumber: splitNumber(b.text).number ?? b.number,
      endBlock: end(found.block, def.id),
    };
    if (found.inline) section.inline = found.inline;
    return section;
  });
  // Only a section not found is looked for in the text (most documents head all of theirs).
  const unheaded = sections.filter((section) => !section.found && (defs.get(section.id)!.evidence?.length || defs.get(section.id)!.evidenceRepeated));
  const folded = unheaded.length > 0 ? doc.blocks.map((b) => (headingsAt.has(b.index) ? '' : foldChars(b.text))) : [];
  // Words said often elsewhere too (the verbs of duties, also in competencies) count only outside the headed sections.
  const inSection = (i: number) => sections.some((x) => x.found && x.block! <= i && i <= x.endBlock!);
  const repeated = unheaded.some((x) => defs.get(x.id)!.evidenceRepeated);
  const outside = repeated ? folded.map((t, i) => (inSection(i) ? '' : t)) : [];
  const outsideRaw = repeated ? doc.raw.map((b, i) => (inSection(i) || headingsAt.has(i) ? '' : b.text)) : [];
  for (const section of unheaded) {
    const block = evidenceOf(defs.get(section.id)!, folded, outside, outsideRaw);
    if (block !== undefined) section.evidence = block;
  }
  return positionInHeading ? { sections, headings, positionInHeading } : { sections, headings };
}

/**
 * A numbered heading the profile does not know ("7. HARIDUS JA TÖÖKOGEMUS", "3. PEAMISED TEGEVUSED") is
 * the heading of a section not found when its text shows that section more than any other: by the
 * section's own words ("Haridus:", "vastutab") or, for duties, by items that open with a verb
 * ("koostab", "juhib"), three at least. The employer names the section its own way.
 */
function adoptUnknownHeadings(
  doc: Doc,
  profile: StructureProfile,
  blocks: number[],
  starts: Map<number, SectionId[]>,
  at: Map<SectionId, { block: number; inline?: string }>,
): void {
  const shown = profile.sections.filter((def) => def.evidence?.length || def.evidenceRepeated);
  if (shown.every((def) => at.has(def.id))) return;
  for (const block of blocks.filter((b) => starts.get(b)!.length === 0)) {
    // Its text runs to the next heading, whichever it is.
    const last = (blocks[blocks.indexOf(block) + 1] ?? doc.last + 1) - 1;
    const folded: string[] = [];
    // Items kept in one paragraph with Shift+Enter count one by one.
    const lines: string[] = [];
    for (let i = block + 1; i <= last; i++) {
      folded.push(foldChars(doc.blocks[i].text));
      lines.push(...doc.raw[i].text.split('\n'));
    }
    const duties = lines.filter(isDutyItem).length;
    let best: { def: SectionDef; count: number } | undefined;
    for (const def of shown) {
      const items = def.evidenceRepeated ? Math.max(countOf(def.evidenceRepeated.words, folded), duties) : 0;
      const count = Math.max(countOf(def.evidence ?? [], folded), items >= MIN_DUTY_ITEMS ? items : 0);
      if (count > (best?.count ?? 0)) best = { def, count };
    }
    // Text that shows a section already found (duties under a second heading) is that section's part, as before.
    if (!best || at.has(best.def.id)) continue;
    starts.set(block, [best.def.id]);
    at.set(best.def.id, { block });
  }
}

/** Paragraphs opening with a verb that an unknown heading's text needs to be read as duties. */
const MIN_DUTY_ITEMS = 3;

function countOf(words: string[], text: string[]): number {
  const terms = words.map(wordPattern);
  return text.filter((t) => terms.some((re) => re.test(t))).length;
}

/**
 * A duty as Estonian job descriptions write one: a verb first, in the third person ("3.1. koostab …",
 * "• juhib …") or after "on kohustatud" ("pesema põrandad"), or an action noun ("Menetluste läbiviimine").
 * Rights open with "saada", "teha" (another verb form), so they are not taken for duties.
 */
function isDutyItem(text: string): boolean {
  const words = stripBullet(splitNumber(text).rest).toLowerCase().split(/\s+/);
  return /^\p{L}{3,}(?:b|ma)$/u.test(words[0] ?? '') || (text.length <= 300 && words.some((w) => /\p{L}{3,}mine[,;.]?$/u.test(w)));
}
