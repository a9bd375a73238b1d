/**
 * The snapshot as the reader parts see it: text as it shows on the page (no invisible characters),
 * blocks with line breaks read as spaces, and table cells by position.
 */
import { oneColumnTables, type Block, type DocumentSnapshot } from '../snapshot';
import { foldLabel, hasTypedBullet, withoutInvisibles } from '../normalize';

export interface Range {
  start: number;
  end: number;
}

/** Longer paragraphs are never headings or labels. */
export const MAX_HEADING_LENGTH = 120;

/** Words before a section's name that say which kind of list it is, not whose ("PEAMISED TÖÖÜLESANDED", "TÖÖKOHA KOHUSTUSED", a Roman number "I"): folded. */
const GENERIC_QUALIFIER = /^(?:peamised|pohilised|olulisemad|uldised|muud|ametikoha|tookoha|teenistuskoha|ameti|too|ametniku|tootaja|teenistuja|tema|[ivx]+\.?)$/;

/** True when every word only says which kind of list it is ("Peamised", "TÖÖKOHA", "I"): the words name no position. */
export function onlyQualifiers(words: string[]): boolean {
  return words.every((w) => GENERIC_QUALIFIER.test(foldLabel(w)));
}

/** The last block of the table row that block `i` (a cell) is in, at most `end`. */
export function rowEnd(doc: Doc, i: number, end: number): number {
  const { table, row } = doc.blocks[i].table!;
  let last = i;
  while (last < end && doc.blocks[last + 1].kind === 'cell' && doc.blocks[last + 1].table?.table === table && doc.blocks[last + 1].table?.row === row) last++;
  return last;
}

export const isBullet = (b: Block): boolean => b.bullet === true || hasTypedBullet(b.text);

const cellKey = (table: number, row: number, col: number): string => `${table}:${row}:${col}`;

export class Doc {
  /** The blocks, with manual line breaks inside a paragraph read as spaces. */
  readonly blocks: Block[];
  /** The blocks with their line breaks (signature lines may be separated by them). */
  readonly raw: Block[];
  readonly last: number;
  /** Block indexes of each table cell, in order. */
  private readonly cells = new Map<string, number[]>();

  constructor(snapshot: DocumentSnapshot) {
    this.raw = snapshot.blocks.map((b) => {
      const text = withoutInvisibles(b.text);
      return text === b.text ? b : { ...b, text };
    });
    const boxes = oneColumnTables(snapshot.blocks);
    this.blocks = this.raw.map((b) => {
      const read = b.text.includes('\n') ? { ...b, text: b.text.replace(/\s*\n\s*/g, ' ') } : b;
      // A one-column table is a frame around paragraphs (some employers lay out the whole document so): read them as paragraphs.
      if (b.table && boxes.has(b.table.table)) {
        const { table: _, ...rest } = read;
        return { ...rest, kind: 'paragraph' as const };
      }
      return read;
    });
    this.last = this.blocks.length - 1;
    for (const b of this.blocks) {
      if (b.kind !== 'cell' || !b.table) continue;
      const key = cellKey(b.table.table, b.table.row, b.table.col);
      const list = this.cells.get(key);
      if (list) list.push(b.index);
      else this.cells.set(key, [b.index]);
    }
  }

  /** Block indexes of one table cell (empty when there is no such cell). */
  cell(table: number, row: number, col: number): number[] {
    return this.cells.get(cellKey(table, row, col)) ?? [];
  }

  hasCell(table: number, row: number, col: number): boolean {
    return this.cells.has(cellKey(table, row, col));
  }

  /** The trimmed text of a block ('' out of range). */
  text(i: number): string {
    return this.blocks[i]?.text.trim() ?? '';
  }

  /** True when the block is the first paragraph with text in its table cell. */
  firstInCell(b: Block): boolean {
    if (b.kind !== 'cell' || !b.table) return false;
    return this.cell(b.table.table, b.table.row, b.table.col).find((i) => this.text(i) !== '') === b.index;
  }

  /** The next block from `from` to `end` that has text, stopping at a block in `stops`. */
  nextText(from: number, end: number, stops: Set<number>): number | undefined {
    for (let i = from; i <= end; i++) {
      if (stops.has(i)) return undefined;
      if (this.text(i)) return i;
    }
    return undefined;
  }
}

/** "Name: description" → parts, when the part before the colon is short enough to be a name. */
export function splitName(text: string, maxName = 100): { name: string; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > maxName) return undefined;
  const name = text.slice(0, colon).trim();
  if (!name || name.split(/\s+/).length > 10) return undefined;
  return { name, rest: text.slice(colon + 1).trim() };
}

/** A sub-number such as "3.1" or "3.1." (not a section number "3."). */
export const isSubNumber = (n: string | undefined): boolean => !!n && /^\d+\.\d+/.test(n);

/** A line of a paragraph: the paragraph's block and the line's text. */
export interface Line {
  block: Block;
  text: string;
}

const NUMBERED_LINE = /^\s*\d{1,2}(?:\.\d{1,3})+\.?\s/;

/**
 * The lines of a block: one, or — when a paragraph holds numbered items separated by manual line
 * breaks ("1.1 …↵1.2 …") — one per item.
 */
export function linesOf(doc: Doc, i: number): Line[] {
  const raw = doc.raw[i];
  const block = doc.blocks[i];
  if (!raw.text.includes('\n')) return [{ block, text: block.text }];
  const lines = raw.text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.filter((l) => NUMBERED_LINE.test(l)).length < 2) return [{ block, text: block.text }];
  const items: string[] = [];
  for (const line of lines) {
    if (NUMBERED_LINE.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += ` ${line}`;
  }
  return items.map((text) => ({ block: { ...block, text }, text }));
}
