/**
 * Shared helpers for the rules: how a rule is declared, how a place in the document is named in
 * a message, and how a replace fix is built. Every rule file stays small by using these.
 */
import type { Edit } from '../content';
import type { Finding, Fix } from '../findings';
import type { FoundSection, JobDescription } from '../model';
import type { SectionId, StructureProfile } from '../profile-types';
import type { Bilingual } from '../text';
import type { Rule, RuleContext } from './rule';

/** What a rule reports; the rule's id and severity are filled in by `defineRule`. */
export interface Report {
  message: Bilingual;
  section?: SectionId;
  subject?: string;
  block: number;
  /** The block's text or the offending fragment. */
  text: string;
  fix?: Fix;
}

export type RuleMeta = Pick<Rule, 'id' | 'severity' | 'layer' | 'houseRule' | 'description'>;

export type Reporter = (r: Report) => void;

/** Declares a rule: `check` calls `report` for each finding. */
export function defineRule(meta: RuleMeta, check: (ctx: RuleContext, report: Reporter) => void): Rule {
  return {
    ...meta,
    check(ctx) {
      const findings: Finding[] = [];
      check(ctx, (r) => {
        const finding: Finding = {
          rule: meta.id,
          severity: meta.severity,
          message: r.message,
          location: { block: r.block, text: r.text },
        };
        if (r.section) finding.section = r.section;
        if (r.subject !== undefined) finding.subject = r.subject;
        if (r.fix) finding.fix = r.fix;
        findings.push(finding);
      });
      return findings;
    },
  };
}

/**
 * «Osa 3 „TEENISTUSKOHUSTUSED“» / «Part 3 "TEENISTUSKOHUSTUSED"», with the profile's number and
 * title; `lower` for use inside a sentence («pärast osa 3 …»).
 */
export function sectionName(section: { number: string; title: string }, lower = false): Bilingual {
  const [et, en] = lower ? ['osa', 'part'] : ['Osa', 'Part'];
  return { et: `${et} ${section.number} „${section.title}“`, en: `${en} ${section.number} "${section.title}"` };
}

/** The section as the reader reports it (found or not). */
export function foundSection(jd: JobDescription, id: SectionId): FoundSection | undefined {
  return jd.sections.find((s) => s.id === id);
}

/** Name of a section by id, from what the reader found or else from the profile. */
export function sectionNameById(ctx: RuleContext, id: SectionId): Bilingual {
  const s = foundSection(ctx.jd, id) ?? ctx.profile.sections.find((d) => d.id === id);
  return s ? sectionName(s) : { et: id, en: id };
}

/** The section whose heading..end range holds `block`, if any. */
export function sectionAt(jd: JobDescription, block: number): FoundSection | undefined {
  return jd.sections.find(
    (s) => s.found && s.block !== undefined && block >= s.block && block <= (s.endBlock ?? s.block),
  );
}

/** Names the place of a block: its section, the signatures, or the document's header or end. */
export function placeOf(jd: JobDescription, block: number): { name: Bilingual; section?: SectionId } {
  if (jd.signatures.length > 0 && block >= Math.min(...jd.signatures.map((s) => s.block))) {
    return { name: { et: 'Allkirjad', en: 'Signatures' } };
  }
  const section = sectionAt(jd, block);
  if (section) return { name: sectionName(section), section: section.id };
  const starts = jd.sections.filter((s) => s.found && s.block !== undefined).map((s) => s.block as number);
  if (starts.length === 0) return { name: DOCUMENT };
  if (block < Math.min(...starts)) return { name: { et: 'Dokumendi päis', en: 'Document header' } };
  return { name: { et: 'Dokumendi lõpp', en: 'End of document' } };
}

/** «<place>: <text>» in both languages. */
export function at(place: Bilingual, text: Bilingual): Bilingual {
  return { et: `${place.et}: ${text.et}`, en: `${place.en}: ${text.en}` };
}

/** The whole document as a place, for findings that belong to no section. */
export const DOCUMENT: Bilingual = { et: 'Dokument', en: 'Document' };

/** Text of a block, or '' when the index is out of range. */
export function blockText(ctx: RuleContext, block: number): string {
  return ctx.snapshot.blocks[block]?.text ?? '';
}

/** The block a document-level finding points at: the first non-empty block, else 0. */
export function firstBlock(ctx: RuleContext): number {
  const b = ctx.snapshot.blocks.find((x) => x.text.trim() !== '');
  return b ? b.index : 0;
}

/** A section's number as written, without the trailing dot: "3." → "3". */
export function bareNumber(n: string): string {
  return n.trim().replace(/\.$/, '');
}

/**
 * An edit replacing `text.slice(start, end)` in a block with `replacement`. A replace edit changes
 * the first occurrence of `find`, so `find` grows with neighbouring text until that first
 * occurrence is the one meant (and is never empty, so an insertion at `start` works too).
 */
export function replaceAt(block: number, text: string, start: number, end: number, replacement: string): Edit {
  let s = start;
  let e = end;
  while ((e === s || text.indexOf(text.slice(s, e)) !== s) && (s > 0 || e < text.length)) {
    if (e < text.length) e++;
    else s--;
  }
  const find = text.slice(s, e);
  return { kind: 'replace', block, find, replace: text.slice(s, start) + replacement + text.slice(end, e) };
}

/** Gives `word` the case pattern of `model`: "OMAVALITSUSE", "Omavalitsuse" or as is. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) {
    return word[0].toUpperCase() + word.slice(1);
  }
  return word;
}

/** Letters of Estonian text (and the Latin alphabet), for word boundaries. */
const LETTER = /[\p{L}\p{M}\d]/u;

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export interface WordHit {
  /** Start and end of the stem in the text. */
  start: number;
  end: number;
  /** The whole word the stem starts, as written. */
  word: string;
}

/**
 * Occurrences of `stem` (any case) at the start of a word; `word` is the whole word it starts.
 * With `whole`, only words equal to the stem count. `lower` is `text.toLowerCase()`, for callers
 * that search one text for many stems.
 */
export function findStem(text: string, stem: string, whole = false, lower = text.toLowerCase()): WordHit[] {
  const hits: WordHit[] = [];
  const needle = stem.toLowerCase();
  if (!needle) return hits;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    if (isLetter(text[i - 1])) continue;
    let wordEnd = i + needle.length;
    while (isLetter(text[wordEnd])) wordEnd++;
    if (whole && wordEnd !== i + needle.length) continue;
    hits.push({ start: i, end: i + needle.length, word: text.slice(i, wordEnd) });
  }
  return hits;
}

export function profileSection(profile: StructureProfile, id: SectionId) {
  return profile.sections.find((s) => s.id === id);
}
