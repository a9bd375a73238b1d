/**
 * The Word adapter: the only code in the project that touches `Word.*`.
 *
 * - read(): the whole document in one context.sync() — every paragraph property, including the
 *   list item, list type, table cell and the two innermost content controls, is requested through
 *   navigation paths on the one paragraph collection load, so no per-paragraph round trip is needed.
 * - apply(): one Word.run; a read-only sync first resolves the block indices to paragraphs and
 *   checks them against the last read (a collection's items only exist after a sync), then every
 *   write is queued and sent in ONE sync, so the edits land together and Word's undo reverts them.
 *   Nothing is ever inserted with 'Replace'; only a replace edit replaces, and only the found words.
 * See docs/word-adapter.md for the requirement set of each call.
 */
import type { ContentBlock, ContentPlan, Edit, InsertPoint } from '../core/content';
import type { DocumentHost } from '../core/host';
import type { DocumentSnapshot, Location } from '../core/snapshot';
import type { Bilingual } from '../core/text';
import { UNSUPPORTED_WORD, wordSupport, type RequirementChecker, type WordSupport } from './requirements';
import { cleanText, toSnapshot, type RawParagraph } from './toSnapshot';

/** An error whose message the pane can show as is (Estonian in `message`, both in `bilingual`). */
export class WordHostError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.et);
    this.name = 'WordHostError';
  }
}

export const DOCUMENT_CHANGED: Bilingual = {
  et: 'Dokument on pärast viimast kontrolli muutunud. Kontrolli dokumenti uuesti ja proovi siis uuesti.',
  en: 'The document has changed since it was last checked. Check it again, then try again.',
};
export const TEXT_NOT_FOUND: Bilingual = {
  et: 'Parandatavat teksti ei leitud enam lõigust. Kontrolli dokumenti uuesti.',
  en: 'The text to correct is no longer in the paragraph. Check the document again.',
};
export const NOT_IN_TABLE: Bilingual = {
  et: 'Rida saab lisada ainult tabelisse; see lõik ei ole tabelis.',
  en: 'A row can only be added to a table; this paragraph is not in a table.',
};

const PARAGRAPH_PROPERTIES =
  'items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,' +
  'items/font/bold,items/listItemOrNullObject/level,items/listItemOrNullObject/listString,' +
  'items/listOrNullObject/levelTypes,items/parentTableCellOrNullObject/rowIndex,' +
  'items/parentTableCellOrNullObject/cellIndex,items/parentContentControlOrNullObject/tag,' +
  'items/parentContentControlOrNullObject/parentContentControlOrNullObject/tag';

/** Word search strings are limited to 255 characters. */
const MAX_SEARCH = 255;
/** Word limits a content control's title; longer ones are cut. */
const MAX_TITLE = 64;

export interface WordHostOptions {
  /** Requirement checks (default: Office.context.requirements). */
  checker?: RequirementChecker;
  /** Quiet time before onChange listeners are called, in ms. */
  debounceMs?: number;
}

/** Where the next inserted block goes: relative to an object, or at the end of the body. */
type Target =
  | { obj: Word.Paragraph | Word.Table | Word.ContentControl; where: 'Before' | 'After' }
  | { body: Word.Body };

/** The last object written, so the next block of the plan (or the next plan) follows it. */
interface Tail {
  target: Target;
  /** True when a paragraph inserted at the target would inherit a list (Word copies the anchor's list). */
  inheritsList: boolean;
}

export class WordHost implements DocumentHost {
  private last?: DocumentSnapshot;

  constructor(private readonly options: WordHostOptions = {}) {}

  private support(): WordSupport {
    return wordSupport(this.options.checker);
  }

  private requireCore(): WordSupport {
    const support = this.support();
    if (!support.core) throw new WordHostError(UNSUPPORTED_WORD);
    return support;
  }

  async read(): Promise<DocumentSnapshot> {
    const support = this.requireCore();
    const snapshot = await Word.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load(support.allCaps ? `${PARAGRAPH_PROPERTIES},items/font/allCaps` : PARAGRAPH_PROPERTIES);
      // Optional counts, queued in the same batch only where the API exists.
      const comments = support.comments ? body.getComments() : undefined;
      if (comments) comments.load('items/resolved');
      const changes = support.trackedChanges ? body.getTrackedChanges() : undefined;
      if (changes) changes.load('items/type');
      await context.sync();
      const raw = paragraphs.items.map((p) => rawParagraph(p, support.allCaps));
      const openComments = comments ? comments.items.filter((c) => !c.resolved).length : 0;
      return toSnapshot(raw, changes ? changes.items.length : 0, openComments);
    });
    this.last = snapshot;
    return snapshot;
  }

  async apply(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return;
    this.requireCore();
    const expected = this.last;
    await Word.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load('items/text,items/isListItem,items/tableNestingLevel');
      const atCursor = edits.some((e) => e.kind === 'insert' && 'cursor' in e.at);
      const cursorParagraph = atCursor ? context.document.getSelection().paragraphs.getLast() : undefined;
      if (cursorParagraph) cursorParagraph.load('isListItem,tableNestingLevel');
      await context.sync(); // read-only: nothing written yet

      const items = paragraphs.items;
      checkEdits(edits, items, expected); // throws before any write
      const tails = new Map<string, Tail>();
      for (const edit of edits) {
        if (edit.kind === 'replace') {
          const found = items[edit.block].search(escapeSearch(edit.find), { matchCase: true }).getFirst();
          found.insertText(edit.replace, 'Replace');
        } else if (edit.kind === 'add-row') {
          const table = items[edit.block].parentTable;
          table.addRows('End', 1, [edit.cells.map((cell) => cell.join('\n'))]);
        } else {
          // Several plans at the same point follow each other in order (after the previous one's control).
          const key = JSON.stringify(edit.at);
          const start = tails.get(key) ?? startOf(edit.at, edit.plan, { body, items, cursorParagraph, expected });
          tails.set(key, writePlan(edit.plan, start));
        }
      }
      await context.sync(); // the one write
    });
  }

  async select(location: Location): Promise<void> {
    this.requireCore();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const index = locate(
        paragraphs.items.map((p) => cleanText(p.text)),
        location,
      );
      if (index === undefined) throw new WordHostError(DOCUMENT_CHANGED);
      paragraphs.items[index].select('Select'); // selecting also scrolls it into view
      await context.sync();
    });
  }

  /**
   * The block of the cursor: counts the paragraphs of the range from the start of the body to the
   * end of the selection's first paragraph, and checks the last one is that paragraph (same text).
   * Undefined when the cursor is outside the body (header, text box) or the count can't be trusted.
   */
  async selectionBlock(): Promise<number | undefined> {
    if (!this.support().core) return undefined;
    try {
      return await Word.run(async (context) => {
        const first = context.document.getSelection().paragraphs.getFirst();
        const upToCursor = context.document.body.getRange('Start').expandTo(first.getRange('Whole'));
        const counted = upToCursor.paragraphs;
        counted.load('items/text');
        first.load('text');
        await context.sync();
        const n = counted.items.length;
        if (n === 0 || cleanText(counted.items[n - 1].text) !== cleanText(first.text)) return undefined;
        return n - 1;
      });
    } catch {
      return undefined;
    }
  }

  /**
   * Calls the listener (debounced) when paragraphs are added, changed or deleted (WordApi 1.6);
   * on older Word, when the selection changes, which follows typing.
   */
  onChange(listener: () => void): () => void {
    const support = this.support();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const delay = this.options.debounceMs ?? (support.events ? 600 : 1500);
    const fire = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (!stopped) listener();
      }, delay);
    };
    if (support.events) {
      let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
      const handler = async () => fire();
      const registered = Word.run(async (context) => {
        const doc = context.document;
        handlers = [doc.onParagraphAdded.add(handler), doc.onParagraphChanged.add(handler), doc.onParagraphDeleted.add(handler)];
        await context.sync();
      }).catch(() => undefined); // change events are optional
      return () => {
        stopped = true;
        if (timer) clearTimeout(timer);
        void registered.then(async () => {
          if (handlers.length === 0) return;
          // Removal is queued on the handlers' own request context, then sent with its sync.
          const context = handlers[0].context;
          handlers.forEach((h) => h.remove());
          await context.sync().catch(() => undefined);
        });
      };
    }
    const off = this.onSelectionChange(fire);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      off();
    };
  }

  /** Calls the listener when the selection changes (Office's common API, in every Word version we support). */
  onSelectionChange(listener: () => void): () => void {
    if (typeof Office === 'undefined' || !Office.context?.document) return () => undefined;
    const handler = () => listener();
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
  }
}

/** Reads the loaded values of one paragraph (after the sync). */
function rawParagraph(p: Word.Paragraph, withAllCaps: boolean): RawParagraph {
  const item = p.listItemOrNullObject;
  const list = p.listOrNullObject;
  const cell = p.parentTableCellOrNullObject;
  const inner = p.parentContentControlOrNullObject;
  const outer = inner.parentContentControlOrNullObject;
  const tags: string[] = [];
  if (!inner.isNullObject) {
    if (!outer.isNullObject && outer.tag) tags.push(outer.tag);
    if (inner.tag) tags.push(inner.tag);
  }
  const raw: RawParagraph = {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    tableNestingLevel: p.tableNestingLevel,
    bold: p.font.bold,
    tags,
  };
  if (withAllCaps) raw.allCaps = p.font.allCaps;
  if (!item.isNullObject) {
    const levelTypes = list.isNullObject ? undefined : list.levelTypes;
    raw.list = { level: item.level, listString: item.listString ?? '', levelType: levelTypes?.[item.level] };
  }
  if (!cell.isNullObject) raw.cell = { row: cell.rowIndex, col: cell.cellIndex };
  return raw;
}

/** Refuses (before anything is written) edits whose blocks no longer hold what the last read saw. */
function checkEdits(edits: Edit[], items: Word.Paragraph[], expected: DocumentSnapshot | undefined): void {
  const sameDocument = !expected || expected.blocks.length === items.length;
  const blockOk = (i: number) =>
    sameDocument && i >= 0 && i < items.length && (!expected || expected.blocks[i].text === cleanText(items[i].text));
  for (const edit of edits) {
    if (edit.kind === 'replace') {
      if (!blockOk(edit.block)) throw new WordHostError(DOCUMENT_CHANGED);
      if (edit.find.length === 0 || edit.find.length > MAX_SEARCH || !cleanText(items[edit.block].text).includes(edit.find)) {
        throw new WordHostError(TEXT_NOT_FOUND);
      }
    } else if (edit.kind === 'add-row') {
      if (!blockOk(edit.block)) throw new WordHostError(DOCUMENT_CHANGED);
      if (items[edit.block].tableNestingLevel < 1) throw new WordHostError(NOT_IN_TABLE);
    } else if ('after' in edit.at || 'before' in edit.at) {
      const block = 'after' in edit.at ? edit.at.after : edit.at.before;
      if (!blockOk(block)) throw new WordHostError(DOCUMENT_CHANGED);
    }
  }
}

/** Word search treats "^" as the start of a special code; "^^" finds a literal caret. */
function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

/** Plans that are whole parts of the document go outside any section's content control. */
function isTopLevel(plan: ContentPlan): boolean {
  const tag = plan.tag ?? '';
  return tag.startsWith('jd:section:') || tag === 'jd:title' || tag === 'jd:signatures';
}

interface StartContext {
  body: Word.Body;
  items: Word.Paragraph[];
  cursorParagraph?: Word.Paragraph;
  expected?: DocumentSnapshot;
}

/** Where a plan's first block goes for an insert point. */
function startOf(at: InsertPoint, plan: ContentPlan, c: StartContext): Tail {
  if ('end' in at) {
    const lastItem = c.items[c.items.length - 1];
    return { target: { body: c.body }, inheritsList: lastItem ? lastItem.isListItem : false };
  }
  if ('cursor' in at) {
    const p = c.cursorParagraph as Word.Paragraph;
    if (p.tableNestingLevel > 0) return { target: { obj: outermostTable(p), where: 'After' }, inheritsList: false };
    return { target: { obj: p, where: 'After' }, inheritsList: p.isListItem };
  }
  const where = 'after' in at ? 'After' : 'Before';
  const index = 'after' in at ? at.after : at.before;
  const p = c.items[index];
  const tags = c.expected?.blocks[index]?.tags ?? [];
  const sectionDepth = tags.findIndex((t) => t.startsWith('jd:section:'));
  if (isTopLevel(plan) && sectionDepth >= 0) {
    // Outside the section's content control, never nested inside it. Tags are outermost first.
    let control = p.parentContentControl;
    for (let up = tags.length - 1; up > sectionDepth; up--) control = control.parentContentControl;
    return { target: { obj: control, where }, inheritsList: false };
  }
  if (p.tableNestingLevel > 0) return { target: { obj: outermostTable(p), where }, inheritsList: false };
  return { target: { obj: p, where }, inheritsList: p.isListItem };
}

/** The top-level table around a cell paragraph (tables can nest). */
function outermostTable(p: Word.Paragraph): Word.Table {
  let table = p.parentTable;
  for (let level = p.tableNestingLevel; level > 1; level--) table = table.parentTable;
  return table;
}

function insertParagraphAt(target: Target, text: string): Word.Paragraph {
  if ('body' in target) return target.body.insertParagraph(text, 'End');
  return target.obj.insertParagraph(text, target.where);
}

function insertTableAt(target: Target, rows: number, cols: number, values: string[][]): Word.Table {
  if ('body' in target) return target.body.insertTable(rows, cols, 'End', values);
  return target.obj.insertTable(rows, cols, target.where, values);
}

/**
 * Writes a plan's blocks one after the other and wraps them in a content control.
 * Bullets: the first of a run starts a new list (startNewList + setLevelBullet), the others are
 * added with list.insertParagraph('End'). This works in every language; the "List Bullet" style
 * would have to be named, and style names are localised (Estonian Word calls it differently).
 * A paragraph inserted after a list item inherits that list (as Enter does), so a non-bullet block
 * written there is detached from it.
 */
function writePlan(plan: ContentPlan, start: Tail): Tail {
  let tail = start;
  let list: Word.List | undefined;
  let first: Word.Paragraph | Word.Table | undefined;
  let last: Word.Paragraph | Word.Table | undefined;
  for (const block of plan.blocks) {
    if (block.type === 'table') {
      const table = writeTable(block, tail.target);
      list = undefined;
      first = first ?? table;
      last = table;
      tail = { target: { obj: table, where: 'After' }, inheritsList: false };
      continue;
    }
    let p: Word.Paragraph;
    if (block.type === 'bullet' && list) {
      p = list.insertParagraph(block.text, 'End');
    } else {
      p = insertParagraphAt(tail.target, block.text);
      if (tail.inheritsList) p.detachFromList();
      if (block.type === 'bullet') {
        p.styleBuiltIn = Word.BuiltInStyleName.listParagraph;
        list = p.startNewList();
        list.setLevelBullet(0, Word.ListBullet.solid);
      } else {
        p.styleBuiltIn = headingStyle(block);
        list = undefined;
      }
    }
    if (block.type !== 'heading') p.font.bold = block.type === 'paragraph' && block.bold === true;
    first = first ?? p;
    last = p;
    tail = { target: { obj: p, where: 'After' }, inheritsList: block.type === 'bullet' };
  }
  if (first && last && plan.tag) {
    // Whatever comes next goes after the control, not inside it.
    return { target: { obj: wrap(first, last, plan), where: 'After' }, inheritsList: false };
  }
  return tail;
}

function headingStyle(block: ContentBlock): Word.BuiltInStyleName {
  if (block.type !== 'heading') return Word.BuiltInStyleName.normal;
  return block.level === 1 ? Word.BuiltInStyleName.heading1 : Word.BuiltInStyleName.heading2;
}

function writeTable(block: Extract<ContentBlock, { type: 'table' }>, target: Target): Word.Table {
  const cols = Math.max(1, ...block.rows.map((r) => r.length));
  const values = block.rows.map((row) => Array.from({ length: cols }, (_, c) => row[c]?.[0] ?? ''));
  const table = insertTableAt(target, Math.max(1, block.rows.length), cols, values);
  table.styleBuiltIn = Word.BuiltInStyleName.tableGrid;
  if (block.header) table.headerRowCount = 1;
  // A cell's first paragraph came with the values; any further ones are added to the cell.
  block.rows.forEach((row, r) =>
    row.forEach((cell, c) => cell.slice(1).forEach((text) => table.getCell(r, c).body.insertParagraph(text, 'End'))),
  );
  return table;
}

/**
 * Wraps the written range in a rich-text content control with the plan's tag. Never locked
 * (cannotDelete/cannotEdit false): users must be able to edit and delete what we insert, and a
 * locked control cannot be removed in Word on the web (reported against Office.js).
 */
function wrap(first: Word.Paragraph | Word.Table, last: Word.Paragraph | Word.Table, plan: ContentPlan): Word.ContentControl {
  const range = first === last ? first.getRange('Whole') : first.getRange('Whole').expandTo(last.getRange('Whole'));
  const control = range.insertContentControl();
  control.tag = plan.tag as string;
  control.title = (plan.title ?? plan.tag ?? '').slice(0, MAX_TITLE);
  control.appearance = Word.ContentControlAppearance.boundingBox;
  control.cannotDelete = false;
  control.cannotEdit = false;
  return control;
}

/**
 * The paragraph for a location: the block itself when it still holds the text, else the nearest
 * paragraph that does (the document may have changed since the check), else the block if it exists.
 */
export function locate(texts: string[], location: Location): number | undefined {
  const has = (i: number) => i >= 0 && i < texts.length && texts[i].includes(location.text);
  if (has(location.block)) return location.block;
  if (location.text.trim()) {
    for (let d = 1; d < texts.length; d++) {
      if (has(location.block - d)) return location.block - d;
      if (has(location.block + d)) return location.block + d;
    }
  }
  return location.block >= 0 && location.block < texts.length ? location.block : undefined;
}
