/**
 * The write part of WordHost.apply(): every insertion queued for the one write sync, so that one
 * undo reverts it. Nothing is ever inserted with 'Replace'; only a replace edit replaces, and only
 * the words it found. No Range.expandTo or intersectWith: on the web each sync that uses them adds
 * an entry to the undo stack (office-js #5715, #2225), and one batch must be one undo.
 */
import { escapedControl, wrappedBlocks, type ContentBlock, type ContentPlan, type Edit, type InsertPoint } from '../core/content';
import type { Anchor, Prepared } from './prepare';

/** Word limits a content control's title; longer ones are cut. */
const MAX_TITLE = 64;

/** Where the next inserted block goes: beside an object, at the end of a content control, or at the end of the body. */
type Target =
  | { obj: Word.Paragraph | Word.Table | Word.ContentControl; where: 'Before' | 'After' }
  | { control: Word.ContentControl }
  | { body: Word.Body };

/** The last object written, so the next block of the plan (or the next plan) follows it. */
interface Tail {
  target: Target;
  /** True when a paragraph inserted at the target would inherit a list (Word copies the anchor's list). */
  inheritsList: boolean;
}

/** Queues every edit's writes, in order. Several plans at one point follow each other. */
export function queueWrites(edits: Edit[], prepared: Prepared): void {
  const tails = new Map<string, Tail>();
  edits.forEach((edit, index) => {
    if (edit.kind === 'replace') {
      prepared.found.get(index)!.insertText(edit.replace, 'Replace');
    } else if (edit.kind === 'add-row') {
      prepared.rowTables.get(edit.block)!.addRows('End', 1, [edit.cells.map((cell) => cell.join('\n'))]);
    } else {
      const key = JSON.stringify(edit.at);
      tails.set(key, writePlan(edit.plan, tails.get(key) ?? startOf(edit.at, edit.plan, prepared)));
    }
  });
}

/** Where a plan's first block goes for an insert point. */
function startOf(at: InsertPoint, plan: ContentPlan, prepared: Prepared): Tail {
  if ('end' in at) return { target: { body: prepared.body }, inheritsList: prepared.lastIsListItem };
  const anchor = ('cursor' in at ? prepared.cursor : prepared.anchors.get('after' in at ? at.after : at.before)) as Anchor;
  const where = 'before' in at ? 'Before' : 'After';
  const escaped = escapedControl(anchor.tags, plan);
  if (escaped >= 0) {
    // Beside the control the plan must not nest in (a sibling competency, a section), inside its parents.
    let control = anchor.paragraph.parentContentControl;
    for (let up = anchor.tags.length - 1; up > escaped; up--) control = control.parentContentControl;
    return { target: { obj: control, where }, inheritsList: false };
  }
  if (anchor.table) return { target: { obj: anchor.table, where }, inheritsList: false };
  return { target: { obj: anchor.paragraph, where }, inheritsList: anchor.isListItem };
}

function insertParagraphAt(target: Target, text: string): Word.Paragraph {
  if ('body' in target) return target.body.insertParagraph(text, 'End');
  if ('control' in target) return target.control.insertParagraph(text, 'End');
  return target.obj.insertParagraph(text, target.where);
}

function insertTableAt(target: Target, rows: number, cols: number, values: string[][]): Word.Table {
  if ('body' in target) return target.body.insertTable(rows, cols, 'End', values);
  if ('control' in target) throw new Error('A table is never put inside a content control (office-js #4251)');
  return target.obj.insertTable(rows, cols, target.where, values);
}

/**
 * Writes a plan's blocks one after the other. Its content control (tag) is made around the first
 * paragraph and the blocks it wraps (`wrappedBlocks`) are added inside it at its end, so no range
 * has to be expanded; the rest follow after the control, outside it.
 * Bullets: the first of a run starts a new list (startNewList + setLevelBullet), the others are
 * added with list.insertParagraph('End'). This works in every language; the "List Bullet" style
 * would have to be named, and style names are localised (Estonian Word calls it differently).
 * A paragraph inserted after a list item inherits that list (as Enter does), so a non-bullet block
 * written there is detached from it.
 */
function writePlan(plan: ContentPlan, start: Tail): Tail {
  const wrapped = wrappedBlocks(plan);
  let tail = start;
  let list: Word.List | undefined;
  let control: Word.ContentControl | undefined;
  plan.blocks.forEach((block, i) => {
    if (control && i === wrapped) {
      // The rest of the plan goes after its control, outside it.
      tail = { target: { obj: control, where: 'After' }, inheritsList: false };
      list = undefined;
    }
    if (block.type === 'table') {
      const table = writeTable(block, tail.target);
      list = undefined;
      tail = { target: { obj: table, where: 'After' }, inheritsList: false };
      return;
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
    if (i === 0 && wrapped > 0) control = wrap(p, plan);
    const inside = control !== undefined && i < wrapped - 1;
    tail = { target: inside ? { control: control! } : { obj: p, where: 'After' }, inheritsList: block.type === 'bullet' };
  });
  // Whatever comes next goes after the control, not inside it.
  if (control && wrapped === plan.blocks.length) return { target: { obj: control, where: 'After' }, inheritsList: false };
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
  if (block.header) {
    table.headerRowCount = 1;
    table.rows.getFirst().font.bold = true; // as the demo and the .docx writer show a header row
  }
  // A cell's first paragraph came with the values; any further ones are added to the cell.
  block.rows.forEach((row, r) =>
    row.forEach((cell, c) => cell.slice(1).forEach((text) => table.getCell(r, c).body.insertParagraph(text, 'End'))),
  );
  return table;
}

/**
 * Wraps a paragraph in a rich-text content control with the plan's tag. Never locked
 * (cannotDelete/cannotEdit false): users must be able to edit and delete what we insert, and a
 * locked control cannot be removed in Word on the web (reported against Office.js).
 */
function wrap(p: Word.Paragraph, plan: ContentPlan): Word.ContentControl {
  const control = p.insertContentControl();
  control.tag = plan.tag as string;
  control.title = (plan.title ?? plan.tag ?? '').slice(0, MAX_TITLE);
  control.appearance = Word.ContentControlAppearance.boundingBox;
  control.cannotDelete = false;
  control.cannotEdit = false;
  return control;
}

/** Paragraphs an edit adds when all of it is written (to tell how far a failed batch got). */
export function paragraphsAdded(edit: Edit): number {
  if (edit.kind === 'replace') return 0;
  if (edit.kind === 'add-row') return Math.max(1, edit.cells.length);
  return edit.plan.blocks.reduce((n, b) => {
    if (b.type !== 'table') return n + 1;
    const cols = Math.max(1, ...b.rows.map((r) => r.length));
    return n + b.rows.reduce((m, row) => m + cols + row.reduce((k, cell) => k + Math.max(0, cell.length - 1), 0), 0);
  }, 0);
}

/** A short name of an edit for messages: the plan's title or first text, the words replaced. */
export function editLabel(edit: Edit): string {
  if (edit.kind === 'replace') return `${edit.find} → ${edit.replace}`;
  if (edit.kind === 'add-row') return edit.cells[0]?.[0] || '+1';
  const first = edit.plan.blocks.find((b) => b.type !== 'table');
  return edit.plan.title ?? (first && 'text' in first ? first.text : '') ?? '';
}
