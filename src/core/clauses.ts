/**
 * A standard clause and the section it belongs in: whether the section already says it (so the pane
 * does not add it twice), says an older wording of it or holds a placeholder (so the pane offers
 * "Asenda"), and the replace edits that bring it up to the catalogue's text. Only the clause's own
 * paragraphs and a placeholder are ever changed: a paragraph of the writer's own stays as it is.
 * Pure.
 */
import { foldedWords } from './catalogue/fold';
import type { Clause } from './catalogue/types';
import type { ContentBlock, Edit } from './content';
import type { FoundSection, JobDescription } from './model';
import { fold, stripBullet } from './normalize';
import { rewriteEdit } from './rules/edits';
import { hasPlaceholder } from './rules/placeholder-left';
import type { DocumentSnapshot } from './snapshot';
import { SIGNATURES_TAG } from './tags';

export type ClauseStatus =
  /** Not in its section (or the section is not in the document). */
  | { kind: 'absent' }
  /** Every paragraph of the clause is in the section as the catalogue words it. */
  | { kind: 'present'; block: number }
  /** Some of it is there in other words, or some of it is missing: "Asenda" brings it up to date. */
  | { kind: 'older'; block: number }
  /** The section holds a placeholder and nothing of the clause: "Asenda" writes the clause in its place. */
  | { kind: 'placeholder'; block: number };

/** Two paragraphs say the same thing in other words when this share of their words is common (Dice's coefficient). */
const SIMILAR = 0.6;

function similarity(a: string, b: string): number {
  const x = new Set(foldedWords(a));
  const y = new Set(foldedWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

const same = (a: string, b: string) => fold(stripBullet(a)) === fold(stripBullet(b));

/** Where each of the clause's paragraphs is in the section: the block, and whether it reads exactly so. */
interface Alignment {
  section?: FoundSection;
  lead?: { block: number; same: boolean };
  items: ({ block: number; same: boolean } | undefined)[];
  placeholder?: number;
}

/**
 * The section's own paragraphs: not its heading, not table cells, and not the signature block,
 * which the last section's range runs into (its name and position placeholders are the signer's).
 */
function bodyOf(snapshot: DocumentSnapshot, jd: JobDescription, section: FoundSection): number[] {
  const signatures = Math.min(snapshot.blocks.length, ...jd.signatures.map((s) => s.block));
  const end = Math.min(section.endBlock ?? -1, signatures - 1);
  const blocks: number[] = [];
  for (let i = (section.block as number) + 1; i <= end; i++) {
    const b = snapshot.blocks[i];
    if (b.kind === 'paragraph' && b.headingLevel === undefined && b.text.trim() && !b.tags.includes(SIGNATURES_TAG)) blocks.push(i);
  }
  return blocks;
}

function align(snapshot: DocumentSnapshot, jd: JobDescription, clause: Clause): Alignment {
  const section = jd.sections.find((s) => s.id === clause.section && s.found && s.block !== undefined);
  if (!section) return { items: [] };
  const body = bodyOf(snapshot, jd, section);
  const used = new Set<number>();
  const find = (text: string) => {
    const exact = body.find((i) => !used.has(i) && same(snapshot.blocks[i].text, text));
    const block = exact ?? body.find((i) => !used.has(i) && similarity(snapshot.blocks[i].text, text) >= SIMILAR);
    if (block === undefined) return undefined;
    used.add(block);
    return { block, same: exact !== undefined };
  };
  const items = clause.items.et.map(find);
  const lead = clause.lead ? find(clause.lead.et) : undefined;
  const placeholder = body.find((i) => !used.has(i) && hasPlaceholder(snapshot.blocks[i].text));
  return { section, lead, items, placeholder };
}

/** What the section says of the clause (in its Estonian wording, the one the pane writes). */
export function clauseStatus(snapshot: DocumentSnapshot, jd: JobDescription, clause: Clause): ClauseStatus {
  const a = align(snapshot, jd, clause);
  const found = [a.lead, ...a.items].filter((m): m is { block: number; same: boolean } => m !== undefined);
  const first = found.length > 0 ? Math.min(...found.map((m) => m.block)) : undefined;
  const complete = a.items.every((m) => m?.same) && (!clause.lead || a.lead?.same);
  if (first !== undefined && complete) return { kind: 'present', block: first };
  // Some of it, or only its lead line ("Ametnikul on õigus:") over a list of the writer's own: the
  // missing items go in under it, the writer's own stay.
  if (first !== undefined) return { kind: 'older', block: first };
  if (a.placeholder !== undefined) return { kind: 'placeholder', block: a.placeholder };
  return { kind: 'absent' };
}

const blockOf = (clause: Clause, text: string): ContentBlock => ({ type: clause.bullets ? 'bullet' : 'paragraph', text });

/**
 * The edits that make the section say the clause as the catalogue does: paragraphs in an older
 * wording are rewritten, missing ones inserted next to their neighbours, and a placeholder (when
 * nothing of the clause is there) becomes the clause. Empty when the clause is absent or present.
 */
export function clauseReplaceEdits(snapshot: DocumentSnapshot, jd: JobDescription, clause: Clause): Edit[] {
  const status = clauseStatus(snapshot, jd, clause);
  const texts = [...(clause.lead ? [clause.lead.et] : []), ...clause.items.et];
  if (status.kind === 'placeholder') {
    const [first, ...rest] = texts;
    const edits: Edit[] = [rewriteEdit(status.block, snapshot.blocks[status.block].text, first)];
    if (rest.length > 0) {
      const blocks = clause.lead ? [blockOf(clause, rest[0]), ...rest.slice(1).map((t) => blockOf(clause, t))] : rest.map((t) => blockOf(clause, t));
      edits.push({ kind: 'insert', at: { after: status.block }, plan: { blocks } });
    }
    return edits;
  }
  if (status.kind !== 'older') return [];
  const a = align(snapshot, jd, clause);
  const matches = [...(clause.lead ? [a.lead] : []), ...a.items];
  const edits: Edit[] = [];
  let pending: ContentBlock[] = [];
  let anchor: number | undefined; // the block the missing paragraphs go after
  const flush = (before?: number) => {
    if (pending.length === 0) return;
    const at = anchor !== undefined ? { after: anchor } : before !== undefined ? { before } : { after: a.section!.endBlock ?? (a.section!.block as number) };
    edits.push({ kind: 'insert', at, plan: { blocks: pending } });
    pending = [];
  };
  matches.forEach((m, k) => {
    const text = texts[k];
    if (!m) {
      pending.push(clause.lead && k === 0 ? { type: 'paragraph', text } : blockOf(clause, text));
      return;
    }
    flush(m.block);
    if (!m.same) edits.push(rewriteEdit(m.block, snapshot.blocks[m.block].text, text));
    anchor = m.block;
  });
  flush();
  return edits;
}
