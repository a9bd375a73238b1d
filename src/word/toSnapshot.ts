/**
 * Turns what Word reports for each paragraph into snapshot blocks. Pure (no Office.js), so the
 * mapping is tested on its own; WordHost.read() only gathers the raw values in one sync.
 */
import type { Block, DocumentSnapshot } from '../core/snapshot';

/** One paragraph as loaded from Word (see WordHost.read for the load string). */
export interface RawParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  tableNestingLevel: number;
  /** font.bold: true, false, or null when mixed. */
  bold?: boolean | null;
  allCaps?: boolean | null;
  /** Present when the paragraph is a list item. */
  list?: { level: number; listString: string; levelType?: string };
  /** Innermost table cell, when in a table. */
  cell?: { row: number; col: number };
  /** Tags of the surrounding content controls, outermost first. */
  tags: string[];
}

/** Word's paragraph text: drops the paragraph and cell marks, turns manual line breaks into "\n". */
export function cleanText(text: string): string {
  return text.replace(/[\r\u0007]/g, '').replace(/\u000b/g, '\n');
}

/** A list string is a number when it has a digit or letter ("3.", "a)", "iv"); bullets are symbols. */
function isBullet(list: NonNullable<RawParagraph['list']>): boolean {
  if (list.levelType === 'Bullet') return true;
  if (list.levelType === 'Number') return false;
  return !/[0-9A-Za-z\u00C0-\u024F]/.test(list.listString);
}

function headingLevel(p: RawParagraph): number | undefined {
  const m = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? '');
  if (m) return Number(m[1]);
  // Outline levels 1–9 mark headings; Word reports 10 for body text.
  if (p.outlineLevel !== undefined && p.outlineLevel >= 1 && p.outlineLevel <= 9) return p.outlineLevel;
  return undefined;
}

export function toBlocks(raw: RawParagraph[]): Block[] {
  let table = -1;
  let previousInTable = false;
  return raw.map((p, index) => {
    const inTable = p.tableNestingLevel > 0;
    // Tables are numbered by first appearance; two tables are always separated by a paragraph
    // (Word merges adjacent ones), so a new table starts where a run of cell paragraphs starts.
    if (inTable && !previousInTable) table++;
    previousInTable = inTable;
    const block: Block = { index, kind: inTable ? 'cell' : 'paragraph', text: cleanText(p.text), tags: p.tags };
    if (p.list) {
      block.listLevel = p.list.level;
      if (isBullet(p.list)) block.bullet = true;
      else if (p.list.listString.trim()) block.number = p.list.listString.trim();
    }
    const level = headingLevel(p);
    if (level !== undefined) block.headingLevel = level;
    if (p.style) block.style = p.style;
    if (p.bold === true) block.bold = true;
    if (p.allCaps === true) block.allCaps = true;
    if (inTable) block.table = { table, row: p.cell?.row ?? 0, col: p.cell?.col ?? 0 };
    return block;
  });
}

export function toSnapshot(raw: RawParagraph[], trackedChanges: number, comments: number): DocumentSnapshot {
  return { blocks: toBlocks(raw), trackedChanges, comments };
}
