/**
 * WordHost.read(): the whole document in one context.sync(). Every paragraph property, including
 * the list item, list type, table cell and every level of content controls, is requested through
 * navigation paths on the one paragraph collection load.
 *
 * A vertically merged table cell makes that sync fail as a whole (office-js #3200), and merged
 * cells are common in signature and form tables. The read then retries once without the cell
 * properties and takes the table structure from the body's OOXML in the same sync, so one odd
 * table never leaves the pane without a document.
 */
import { dismissalIdOf } from '../core/dismissals';
import type { Dismissal, DocumentSnapshot } from '../core/snapshot';
import { CELL_PROPERTIES, PARAGRAPH_PROPERTIES, rawParagraph } from './paragraphs';
import type { WordSupport } from './requirements';
import { toSnapshot, type RawParagraph } from './toSnapshot';

export async function readDocument(support: WordSupport): Promise<DocumentSnapshot> {
  try {
    return await readOnce(support, true);
  } catch {
    return readOnce(support, false);
  }
}

function readOnce(support: WordSupport, withCells: boolean): Promise<DocumentSnapshot> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    const properties = [PARAGRAPH_PROPERTIES, withCells ? CELL_PROPERTIES : '', support.allCaps ? 'items/font/allCaps' : ''];
    paragraphs.load(properties.filter(Boolean).join(','));
    // Optional counts, queued in the same batch only where the API exists.
    const comments = support.comments ? body.getComments() : undefined;
    if (comments) comments.load('items/resolved');
    const changes = support.trackedChanges ? body.getTrackedChanges() : undefined;
    if (changes) changes.load('items/type');
    const ooxml = withCells ? undefined : body.getOoxml();
    // Dismissed warnings are custom document properties (src/core/dismissals.ts).
    const custom = context.document.properties.customProperties;
    custom.load('items/key,items/value');
    await context.sync();
    const raw = paragraphs.items.map((p) => rawParagraph(p, support.allCaps, withCells));
    if (ooxml) await placeCells(raw, ooxml.value);
    const openComments = comments ? comments.items.filter((c) => !c.resolved).length : 0;
    const snapshot = toSnapshot(raw, changes ? changes.items.length : 0, openComments);
    const dismissals = dismissalsOf(custom.items);
    if (dismissals.length > 0) snapshot.dismissals = dismissals;
    return snapshot;
  });
}

/**
 * Gives the table paragraphs their row and cell from the OOXML, when its table paragraphs are
 * the same in number as Word's; otherwise the tables stay without their layout (row and cell 0).
 */
async function placeCells(raw: RawParagraph[], ooxml: string): Promise<void> {
  const inTables = raw.filter((p) => p.tableNestingLevel > 0);
  if (inTables.length === 0) return;
  try {
    const { tableCellsFromOoxml } = await import(/* webpackChunkName: "word-ooxml" */ './ooxmlCells');
    const cells = tableCellsFromOoxml(ooxml);
    if (cells.length === inTables.length) inTables.forEach((p, i) => (p.cell = cells[i]));
  } catch {
    // An unreadable OOXML leaves the layout unknown; the text is still there.
  }
}

/** The dismissals among the document's custom properties (`jd.dismissed.<id>` = the reason). */
function dismissalsOf(items: { key: string; value: unknown }[]): Dismissal[] {
  return items.flatMap((p) => {
    const id = dismissalIdOf(p.key);
    return id ? [{ id, reason: String(p.value ?? '') }] : [];
  });
}
