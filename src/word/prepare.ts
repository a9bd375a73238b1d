/**
 * The read-only part of WordHost.apply(): before anything is written, checks the edits against
 * the snapshot they were made from, and resolves every place they write to (paragraphs, the
 * controls around them, tables, the words to replace) so that the write sync cannot fail on a
 * missing item. Office.js batches are not transactions: what fails in the write sync leaves the
 * writes queued before it in the document.
 */
import { checkBasis } from '../core/apply';
import type { Edit } from '../core/content';
import { NO_CURSOR, NOT_IN_TABLE, TEXT_NOT_FOUND, TEXT_TOO_LONG, WordHostError, DOCUMENT_CHANGED } from './errors';
import { controlTagPaths, loadedControlTags } from './paragraphs';
import { cleanText } from './toSnapshot';

/** Word search strings are limited to 255 characters (after escaping). */
export const MAX_SEARCH = 255;

/** Where an insertion is anchored: a paragraph, what is around it, and its top-level table if any. */
export interface Anchor {
  paragraph: Word.Paragraph;
  isListItem: boolean;
  /** The controls around it as Word reports them now, outermost first ("" for untagged ones). */
  tags: string[];
  table?: Word.Table;
}

export interface Prepared {
  body: Word.Body;
  /** The paragraph texts before the write, as the snapshot's blocks hold them. */
  texts: string[];
  lastIsListItem: boolean;
  anchors: Map<number, Anchor>;
  cursor?: Anchor;
  /** Per edit index: the words a replace edit changes. */
  found: Map<number, Word.Range>;
  /** Per block index: the (innermost) table an add-row edit appends to. */
  rowTables: Map<number, Word.Table>;
  /** The document's custom properties, loaded when an edit dismisses a warning (src/core/dismissals.ts). */
  properties?: Word.CustomPropertyCollection;
}

/** Word search treats "^" as the start of a special code; "^^" finds a literal caret. */
export function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

/** Two read-only syncs at most: the paragraphs (and the cursor), then the searches and tables. */
export async function prepare(context: Word.RequestContext, edits: Edit[]): Promise<Prepared> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  const anchored = edits.some((e) => e.kind === 'insert' && ('after' in e.at || 'before' in e.at));
  paragraphs.load(`items/text,items/isListItem,items/tableNestingLevel${anchored ? `,${controlTagPaths('items/')}` : ''}`);
  const atCursor = edits.some((e) => e.kind === 'insert' && 'cursor' in e.at);
  const cursorParagraph = atCursor ? context.document.getSelection().paragraphs.getLastOrNullObject() : undefined;
  if (cursorParagraph) cursorParagraph.load(`isListItem,tableNestingLevel,${controlTagPaths('')}`);
  const properties = edits.some((e) => e.kind === 'dismiss') ? context.document.properties.customProperties : undefined;
  if (properties) properties.load('items/key');
  await context.sync(); // read-only: nothing written yet

  const items = paragraphs.items;
  const texts = items.map((p) => cleanText(p.text));
  checkBasis(edits, texts); // the document is the one the edits were made from, or nothing is written
  const inRange = (i: number) => i >= 0 && i < items.length;
  const anchors = new Map<number, Anchor>();
  const found = new Map<number, Word.Range>();
  const rowTables = new Map<number, Word.Table>();
  const tableQueries: { table: Word.Table; done: (t: Word.Table) => void }[] = [];
  const queueTable = (p: Word.Paragraph, levels: number, done: (t: Word.Table) => void) => {
    let table = p.parentTableOrNullObject;
    for (let level = 1; level < levels; level++) table = table.parentTableOrNullObject; // the top-level table
    table.load('rowCount');
    tableQueries.push({ table, done });
  };
  const anchor = (p: Word.Paragraph, tags: string[]): Anchor => {
    const a: Anchor = { paragraph: p, isListItem: p.isListItem, tags };
    if (p.tableNestingLevel > 0) queueTable(p, p.tableNestingLevel, (t) => (a.table = t));
    return a;
  };

  edits.forEach((edit, index) => {
    if (edit.kind === 'dismiss') return; // a custom property: nothing to resolve in the text
    if (edit.kind === 'replace') {
      if (!inRange(edit.block)) throw new WordHostError(DOCUMENT_CHANGED, true);
      if (edit.find.length === 0 || !texts[edit.block].includes(edit.find)) throw new WordHostError(TEXT_NOT_FOUND);
      if (escapeSearch(edit.find).length > MAX_SEARCH) throw new WordHostError(TEXT_TOO_LONG);
      const range = items[edit.block].search(escapeSearch(edit.find), { matchCase: true }).getFirstOrNullObject();
      range.load('text');
      found.set(index, range);
    } else if (edit.kind === 'add-row') {
      if (!inRange(edit.block)) throw new WordHostError(DOCUMENT_CHANGED, true);
      if (items[edit.block].tableNestingLevel < 1) throw new WordHostError(NOT_IN_TABLE);
      if (!rowTables.has(edit.block)) queueTable(items[edit.block], 1, (t) => rowTables.set(edit.block, t));
    } else if ('after' in edit.at || 'before' in edit.at) {
      const block = 'after' in edit.at ? edit.at.after : edit.at.before;
      if (!inRange(block)) throw new WordHostError(DOCUMENT_CHANGED, true);
      if (!anchors.has(block)) anchors.set(block, anchor(items[block], loadedControlTags(items[block])));
    }
  });
  let cursor: Anchor | undefined;
  if (cursorParagraph) {
    if (cursorParagraph.isNullObject) throw new WordHostError(NO_CURSOR);
    cursor = anchor(cursorParagraph, loadedControlTags(cursorParagraph));
  }

  if (found.size > 0 || tableQueries.length > 0) await context.sync(); // read-only: the searches and tables
  for (const range of found.values()) if (range.isNullObject) throw new WordHostError(TEXT_NOT_FOUND);
  for (const q of tableQueries) {
    if (q.table.isNullObject) throw new WordHostError(NOT_IN_TABLE);
    q.done(q.table);
  }
  const last = items[items.length - 1];
  return { body, texts, lastIsListItem: last ? last.isListItem : false, anchors, cursor, found, rowTables, properties };
}
