/**
 * Converting a job description to the other variant (a civil servant's ↔ an employee's): one batch
 * of replace edits, built from the profiles' vocabulary (data/profiles/*.json), that the pane shows
 * as a list before it is applied and that one undo reverts. Words change in every heading, lead
 * and clause ("AMETIKOHA EESMÄRK" → "TÖÖKOHA EESMÄRK", "Ametnikul on õigus:" → "Töötajal on õigus:"),
 * keeping the writer's case and endings; the variant's marker line (the employee's annex line) is
 * added or taken out. Nothing else is touched. Pure.
 */
import type { Edit } from './content';
import { fold } from './normalize';
import type { StructureProfile } from './profile-types';
import type { Block, DocumentSnapshot } from './snapshot';
import { replaceAt } from './rules/edits';
import { pairHits, type PairHit, type WordPair } from './rules/word-hits';

/** One paragraph's change, for the list shown before converting. */
export interface VariantChange {
  block: number;
  before: string;
  after: string;
  /** The words changed in it, e.g. ["AMETIKOHA", "TÖÖKOHA"]; the marker line itself when it is added or taken out. */
  words: [string, string][];
}

export interface Conversion {
  to: StructureProfile;
  changes: VariantChange[];
  /** The batch: replace edits, and the insertion of the marker line where the new variant has one. */
  edits: Edit[];
}

/** The other variant's words and the new variant's words for them: every pair of its vocabulary. */
function pairsFor(to: StructureProfile): WordPair[] {
  return to.vocabulary.foreign.map((f) => ({ find: f.word, replace: f.replacement }));
}

/** The text of `text` from `start` to `end` with the hits in it written the new variant's way. */
function converted(text: string, start: number, end: number, hits: PairHit[]): string {
  let out = '';
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.start >= end) continue;
    out += text.slice(at, hit.start) + hit.fixedWord;
    at = hit.start + hit.word.length;
  }
  return out + text.slice(at, end);
}

/**
 * The replace edits for one block: one edit per hit, or one for neighbouring hits whose found
 * texts would overlap (each edit's `find` occurs once in the block, see `replaceAt`).
 */
function blockEdits(block: Block, hits: PairHit[]): Edit[] {
  const edits: Edit[] = [];
  let group: PairHit[] = [];
  let span: [number, number] | undefined;
  const make = (list: PairHit[]) => {
    const start = list[0].start;
    const end = Math.max(...list.map((h) => h.start + h.word.length));
    const edit = replaceAt(block.index, block.text, start, end, converted(block.text, start, end, list));
    const at = block.text.indexOf((edit as { find: string }).find);
    return { edit, span: [at, at + (edit as { find: string }).find.length] as [number, number] };
  };
  for (const hit of hits) {
    if (span && hit.start < span[1]) {
      group.push(hit);
      edits.pop();
    } else group = [hit];
    const made = make(group);
    edits.push(made.edit);
    span = made.span;
  }
  return edits;
}

/** Markers of the other variants found in the document, e.g. the employee's "Töölepingu juurde kuuluv lisa". */
function foreignMarkers(snapshot: DocumentSnapshot, to: StructureProfile, profiles: StructureProfile[]): { block: Block; marker: string }[] {
  const markers = profiles.filter((p) => p.id !== to.id).flatMap((p) => p.markers).filter((m) => !to.markers.includes(m));
  const found: { block: Block; marker: string }[] = [];
  for (const block of snapshot.blocks) {
    const marker = markers.find((m) => fold(block.text).includes(fold(m)));
    if (marker) found.push({ block, marker });
  }
  return found;
}

/** The marker line's text as written in the block (any case), for a replace edit. */
function writtenMarker(text: string, marker: string): string {
  const at = fold(text).indexOf(fold(marker));
  return at >= 0 && fold(text).length === text.length ? text.slice(at, at + marker.length) : text;
}

/** The changes that make `snapshot` a job description of variant `to`; `profiles` are all loaded ones (their markers). */
export function conversionTo(snapshot: DocumentSnapshot, to: StructureProfile, profiles: StructureProfile[]): Conversion {
  const changes: VariantChange[] = [];
  const edits: Edit[] = [];
  const pairs = pairsFor(to);
  const removed = new Map(foreignMarkers(snapshot, to, profiles).map((m) => [m.block.index, m.marker]));
  for (const block of snapshot.blocks) {
    const marker = removed.get(block.index);
    if (marker !== undefined) {
      const written = writtenMarker(block.text, marker);
      edits.push({ kind: 'replace', block: block.index, find: written, replace: '' });
      changes.push({ block: block.index, before: block.text, after: block.text.replace(written, '').trim(), words: [[written, '']] });
      continue;
    }
    const hits = pairHits(block, pairs);
    if (hits.length === 0) continue;
    edits.push(...blockEdits(block, hits));
    changes.push({
      block: block.index,
      before: block.text,
      after: converted(block.text, 0, block.text.length, hits),
      words: hits.map((h) => [h.word, h.fixedWord]),
    });
  }
  const marker = to.markers[0];
  const hasMarker = marker !== undefined && snapshot.blocks.some((b) => fold(b.text).includes(fold(marker)));
  if (marker !== undefined && !hasMarker) {
    const first = snapshot.blocks.find((b) => b.text.trim() !== '');
    const at = first ? { before: first.index } : ({ end: true } as const);
    edits.unshift({ kind: 'insert', at, plan: { blocks: [{ type: 'paragraph', text: marker }] } });
    changes.unshift({ block: first?.index ?? 0, before: '', after: marker, words: [['', marker]] });
  }
  return { to, changes, edits };
}
