/** Places in the document as a message names them: a section, the signatures, the header or end, the whole document. */
import { sectionAt, type FoundSection, type JobDescription } from '../model';
import type { SectionId } from '../profile-types';
import { firstTextBlock } from '../snapshot';
import type { Bilingual } from '../text';
import type { RuleContext } from './rule';

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

/** The whole document as a place, for findings that belong to no section. */
export const DOCUMENT: Bilingual = { et: 'Dokument', en: 'Document' };

/** Names the place of a block: its section, the signatures, or the document's header or end. */
export function placeOf(jd: JobDescription, block: number): { name: Bilingual; section?: SectionId } {
  if (jd.signatures.length > 0 && block >= Math.min(...jd.signatures.map((s) => s.block))) {
    return { name: { et: 'Allkirjad', en: 'Signatures' } };
  }
  const section = sectionAt(jd.sections, block);
  if (section) return { name: sectionName(section), section: section.id };
  const starts = jd.sections.filter((s) => s.found && s.block !== undefined).map((s) => s.block as number);
  if (starts.length === 0) return { name: DOCUMENT };
  if (block < Math.min(...starts)) return { name: { et: 'Dokumendi päis', en: 'Document header' } };
  return { name: { et: 'Dokumendi lõpp', en: 'End of document' } };
}

/** A message that starts with its place: «<place>: <text>» in both languages. */
export function messageAt(place: Bilingual, text: Bilingual): Bilingual {
  return { et: `${place.et}: ${text.et}`, en: `${place.en}: ${text.en}` };
}

/** Text of a block, or '' when the index is out of range. */
export function blockText(ctx: RuleContext, block: number): string {
  return ctx.snapshot.blocks[block]?.text ?? '';
}

/** The block a document-level finding points at: the first non-empty block, else 0. */
export function firstBlock(ctx: RuleContext): number {
  return firstTextBlock(ctx.snapshot)?.index ?? 0;
}
