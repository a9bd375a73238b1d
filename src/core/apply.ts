/**
 * Applies edits to a snapshot, the way every host builds them (Word, the demo host): the demo's
 * document, the fix re-check and the tests all use this one implementation. Pure TypeScript.
 */
import type { ContentBlock, ContentPlan, Edit, InsertPoint } from './content';
import type { Block, DocumentSnapshot } from './snapshot';

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

  const blockAt = (index: number): Block => {
    const b = original[index];
    if (!b) throw new Error(`Edit refers to block ${index}, but the document has ${original.length} blocks`);
    return b;
  };
  /** Positions of a table's first and last block. */
  const tableBounds = (table: number): { first: number; last: number } => {
    const inTable = (b: Block) => b.kind === 'cell' && b.table?.table === table;
    const first = original.findIndex(inTable);
    let last = first;
    while (last + 1 < original.length && inTable(original[last + 1])) last++;
    return { first, last };
  };

  for (const edit of edits) {
    if (edit.kind === 'replace') {
      const b = blockAt(edit.block);
      const at = b.text.indexOf(edit.find);
      if (edit.find === '' || at < 0) throw new Error(`"${edit.find}" is not in block ${edit.block}`);
      b.text = b.text.slice(0, at) + edit.replace + b.text.slice(at + edit.find.length);
    } else if (edit.kind === 'add-row') {
      const b = blockAt(edit.block);
      if (b.kind !== 'cell' || !b.table) throw new Error(`Block ${edit.block} is not in a table`);
      const table = b.table.table;
      const { first, last } = tableBounds(table);
      const row = nextRow.get(table) ?? Math.max(...original.filter((o) => o.table?.table === table).map((o) => o.table!.row)) + 1;
      nextRow.set(table, row + 1);
      const tags = commonTags(original[first].tags, original[last].tags);
      edit.cells.forEach((paragraphs, col) => {
        for (const text of paragraphs.length ? paragraphs : ['']) {
          slots[last].rows.push({ block: { index: -1, kind: 'cell', text, tags: [...tags], table: { table, row, col } }, tableKey: `t${table}` });
        }
      });
    } else {
      const place = resolve(edit.at);
      const drafts = materialize(edit.plan, place.tags, () => `new${newTables++}`);
      if (place.slot === undefined) atEnd.push(...drafts);
      else slots[place.slot][place.side].push(...drafts);
    }
  }

  function resolve(at: InsertPoint): { slot?: number; side: 'before' | 'after'; tags: string[] } {
    let anchor: number | undefined;
    let side: 'before' | 'after' = 'after';
    if ('after' in at) anchor = at.after;
    else if ('before' in at) {
      anchor = at.before;
      side = 'before';
    } else if ('cursor' in at) anchor = selection !== undefined && selection < original.length ? selection : undefined;
    if (anchor === undefined) return { side, tags: [] }; // the end of the document, outside every control
    const b = blockAt(anchor);
    if (b.kind === 'cell' && b.table) {
      const { first, last } = tableBounds(b.table.table);
      anchor = side === 'after' ? last : first;
    }
    // New content lands inside the content controls that enclose both of its neighbours.
    const neighbour = original[side === 'after' ? anchor + 1 : anchor - 1];
    return { slot: anchor, side, tags: commonTags(original[anchor].tags, neighbour?.tags ?? []) };
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
  const tags = plan.tag ? [...outer, plan.tag] : outer;
  return plan.blocks.flatMap((cb) => blocksFor(cb, tags, newTableKey));
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
