/**
 * Applies edits to a snapshot, the way every host builds them (Word, the demo host): the demo's
 * document, the fix re-check and the tests all use this one implementation. Pure TypeScript.
 */
import { escapedControl, wrappedBlocks, type ContentBlock, type ContentPlan, type Edit, type InsertPoint } from './content';
import { documentChanged } from './host';
import type { Block, DocumentSnapshot } from './snapshot';

/**
 * A fingerprint of a document's paragraph texts (count, order, every character), the same in every
 * host: Word computes it from `body.paragraphs`, the demo from its blocks. 53 bits of hash.
 */
export function documentFingerprint(texts: readonly string[]): string {
  let h1 = 0xdeadbeef ^ texts.length;
  let h2 = 0x41c6ce57 ^ texts.length;
  for (const text of texts) {
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x1f; // a separator after each paragraph
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${texts.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The edits, each carrying the snapshot it was made from (what `checkBasis` compares). */
export function withBasis(edits: Edit[], from: DocumentSnapshot): Edit[] {
  const fingerprint = documentFingerprint(from.blocks.map((b) => b.text));
  return edits.map((e) => ({ ...e, basis: { fingerprint } }));
}

/**
 * Refuses, before anything is written, edits made from another state of the document than
 * `texts` (the paragraph texts now): every host calls this first. An edit without a basis is a
 * programming error.
 */
export function checkBasis(edits: Edit[], texts: readonly string[]): void {
  if (edits.some((e) => !e.basis)) throw new Error('An edit without the snapshot it was made from (withBasis) was refused');
  const now = documentFingerprint(texts);
  if (edits.some((e) => e.basis!.fingerprint !== now)) throw documentChanged();
}

export function emptySnapshot(): DocumentSnapshot {
  return { blocks: [], trackedChanges: 0, comments: 0 };
}

export function cloneSnapshot(s: DocumentSnapshot): DocumentSnapshot {
  return { ...s, blocks: s.blocks.map(cloneBlock) };
}

function cloneBlock(b: Block): Block {
  const copy: Block = { ...b, tags: [...b.tags] };
  if (b.table) copy.table = { ...b.table };
  return copy;
}

/** A block while a batch is built: `tableKey` keeps tables apart until they are renumbered. */
interface Draft {
  block: Block;
  tableKey?: string;
}

/** What goes around one original block: insertions before it, rows and insertions after it. */
interface Slot {
  before: Draft[];
  rows: Draft[];
  after: Draft[];
}

/** Where an insertion lands: beside block `slot` (none: the end of the document), inside the content controls `tags`. */
export interface InsertPlace {
  slot?: number;
  side: 'before' | 'after';
  tags: string[];
}

/** Positions of a table's first and last block. */
function tableBounds(blocks: readonly Block[], table: number): { first: number; last: number } {
  const inTable = (b: Block) => b.kind === 'cell' && b.table?.table === table;
  const first = blocks.findIndex(inTable);
  let last = first;
  while (last + 1 < blocks.length && inTable(blocks[last + 1])) last++;
  return { first, last };
}

/** Positions of the first and last block inside the control at `depth` of the block at `index`. */
function controlBounds(blocks: readonly Block[], index: number, depth: number): { first: number; last: number } {
  const path = blocks[index].tags.slice(0, depth + 1);
  const inside = (i: number) => i >= 0 && i < blocks.length && path.every((t, k) => blocks[i].tags[k] === t);
  let first = index;
  let last = index;
  while (inside(first - 1)) first--;
  while (inside(last + 1)) last++;
  return { first, last };
}

function blockAt(blocks: readonly Block[], index: number): Block {
  const b = blocks[index];
  if (!b) throw new Error(`Edit refers to block ${index}, but the document has ${blocks.length} blocks`);
  return b;
}

/**
 * Where a plan inserted at `at` goes among `blocks` (the document before the batch): the one
 * placement every host follows, the snapshot here and the .docx package editor (src/docx/).
 */
export function placeInsert(blocks: readonly Block[], at: InsertPoint, plan: ContentPlan, selection?: number): InsertPlace {
  let anchor: number | undefined;
  let side: 'before' | 'after' = 'after';
  if ('after' in at) anchor = at.after;
  else if ('before' in at) {
    anchor = at.before;
    side = 'before';
  } else if ('cursor' in at) anchor = selection !== undefined && selection < blocks.length ? selection : undefined;
  if (anchor === undefined) return { side, tags: [] }; // the end of the document, outside every control
  const b = blockAt(blocks, anchor);
  const escaped = escapedControl(b.tags, plan);
  if (escaped >= 0) {
    // Beside the control, as Word's ContentControl.insertParagraph('After'/'Before') puts it: inside its parents.
    const { first, last } = controlBounds(blocks, anchor, escaped);
    return { slot: side === 'after' ? last : first, side, tags: b.tags.slice(0, escaped) };
  }
  if (b.kind === 'cell' && b.table) {
    const { first, last } = tableBounds(blocks, b.table.table);
    anchor = side === 'after' ? last : first;
  }
  // New content lands inside the content controls that enclose both of its neighbours.
  const neighbour = blocks[side === 'after' ? anchor + 1 : anchor - 1];
  return { slot: anchor, side, tags: commonTags(blocks[anchor].tags, neighbour?.tags ?? []) };
}

/**
 * Applies a batch to a copy of `doc`. Positions are resolved against the original blocks, the way
 * Word resolves ranges before inserting; insertions at the same place keep the batch's order.
 */
export function applyEdits(doc: DocumentSnapshot, edits: Edit[], selection?: number): DocumentSnapshot {
  const original = doc.blocks.map(cloneBlock);
  const slots: Slot[] = original.map(() => ({ before: [], rows: [], after: [] }));
  const atEnd: Draft[] = [];
  const nextRow = new Map<number, number>();
  let newTables = 0;

  for (const edit of edits) {
    if (edit.kind === 'replace') {
      const b = blockAt(original, edit.block);
      const at = b.text.indexOf(edit.find);
      if (edit.find === '' || at < 0) throw new Error(`"${edit.find}" is not in block ${edit.block}`);
      b.text = b.text.slice(0, at) + edit.replace + b.text.slice(at + edit.find.length);
    } else if (edit.kind === 'add-row') {
      const b = blockAt(original, edit.block);
      if (b.kind !== 'cell' || !b.table) throw new Error(`Block ${edit.block} is not in a table`);
      const table = b.table.table;
      const { first, last } = tableBounds(original, table);
      const row = nextRow.get(table) ?? Math.max(...original.filter((o) => o.table?.table === table).map((o) => o.table!.row)) + 1;
      nextRow.set(table, row + 1);
      const tags = commonTags(original[first].tags, original[last].tags);
      edit.cells.forEach((paragraphs, col) => {
        for (const text of paragraphs.length ? paragraphs : ['']) {
          slots[last].rows.push({ block: { index: -1, kind: 'cell', text, tags: [...tags], table: { table, row, col } }, tableKey: `t${table}` });
        }
      });
    } else {
      const place = placeInsert(original, edit.at, edit.plan, selection);
      const drafts = materialize(edit.plan, place.tags, () => `new${newTables++}`);
      if (place.slot === undefined) atEnd.push(...drafts);
      else slots[place.slot][place.side].push(...drafts);
    }
  }

  const drafts: Draft[] = [];
  original.forEach((b, i) => {
    drafts.push(...slots[i].before, { block: b, tableKey: b.kind === 'cell' && b.table ? `t${b.table.table}` : undefined });
    drafts.push(...slots[i].rows, ...slots[i].after);
  });
  drafts.push(...atEnd);
  return reindex(drafts, doc);
}

function materialize(plan: ContentPlan, outer: string[], newTableKey: () => string): Draft[] {
  const wrapped = wrappedBlocks(plan);
  return plan.blocks.flatMap((cb, i) => blocksFor(cb, i < wrapped ? [...outer, plan.tag as string] : outer, newTableKey));
}

function blocksFor(cb: ContentBlock, tags: string[], newTableKey: () => string): Draft[] {
  const base = { index: -1, tags: [...tags] };
  switch (cb.type) {
    case 'heading':
      return [{ block: { ...base, kind: 'paragraph', text: cb.text, headingLevel: cb.level, style: `Heading ${cb.level}` } }];
    case 'paragraph':
      return [{ block: { ...base, kind: 'paragraph', text: cb.text, style: 'Normal', ...(cb.bold ? { bold: true } : {}) } }];
    case 'bullet':
      return [{ block: { ...base, kind: 'paragraph', text: cb.text, bullet: true, listLevel: 0, style: 'List Paragraph' } }];
    case 'table': {
      const key = newTableKey();
      return cb.rows.flatMap((cells, row) =>
        cells.flatMap((paragraphs, col) =>
          (paragraphs.length ? paragraphs : ['']).map((text) => ({
            block: {
              ...base,
              tags: [...tags],
              kind: 'cell' as const,
              text,
              table: { table: -1, row, col },
              ...(cb.header && row === 0 ? { bold: true } : {}),
            },
            tableKey: key,
          })),
        ),
      );
    }
  }
}

/** Numbers blocks by position and tables by order of appearance. */
export function reindex(items: (Draft | Block)[], doc: DocumentSnapshot): DocumentSnapshot {
  const tableNumbers = new Map<string, number>();
  const blocks = items.map((item, index) => {
    const draft: Draft = 'block' in item ? item : { block: item, tableKey: item.table ? `t${item.table.table}` : undefined };
    const b = draft.block;
    b.index = index;
    if (b.kind === 'cell' && b.table && draft.tableKey) {
      if (!tableNumbers.has(draft.tableKey)) tableNumbers.set(draft.tableKey, tableNumbers.size);
      b.table = { ...b.table, table: tableNumbers.get(draft.tableKey)! };
    }
    return b;
  });
  return { blocks, trackedChanges: doc.trackedChanges, comments: doc.comments };
}

/** The tags two blocks share from the outside in (the content controls around both). */
function commonTags(a: string[], b: string[]): string[] {
  const shared: string[] = [];
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) shared.push(a[i]);
  return shared;
}
