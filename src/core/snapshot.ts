/**
 * The document snapshot: what every source (Word, a .docx file, the demo host) is turned into
 * before the core reads it. Blocks are in document order, one per paragraph, including the
 * paragraphs inside table cells — the same order as Word's `body.paragraphs`, so a block's
 * index is a stable location that the Word adapter can turn back into a range.
 */

export interface TableRef {
  /** 0-based index of the top-level table in the document. */
  table: number;
  row: number;
  /** 0-based cell index within the row. */
  col: number;
}

export interface Block {
  /** Position in `DocumentSnapshot.blocks`; also the block's location. */
  index: number;
  /** `cell` for a paragraph inside a table cell, `paragraph` otherwise. */
  kind: 'paragraph' | 'cell';
  /** Visible text, without an automatic list number or bullet (those are in `number`/`bullet`). */
  text: string;
  /** The number Word renders for an auto-numbered paragraph, e.g. "3." or "3.1" (not for bullets). */
  number?: string;
  /** True when the paragraph is an automatic bulleted list item. */
  bullet?: boolean;
  /** 0-based list level when the paragraph is in an automatic list. */
  listLevel?: number;
  /** Heading level 1–9, from the paragraph style or its outline level. */
  headingLevel?: number;
  /** Style name, e.g. "Heading 1" or "Normal". */
  style?: string;
  /** All text runs are bold. */
  bold?: boolean;
  /** All text runs are formatted as capitals. */
  allCaps?: boolean;
  /** Where the block sits when `kind === 'cell'`. */
  table?: TableRef;
  /** Tags of the content controls around the block, outermost first (e.g. "jd:section:oigused"). */
  tags: string[];
}

export interface DocumentSnapshot {
  blocks: Block[];
  /** Tracked insertions, deletions and other revisions still pending. */
  trackedChanges: number;
  /** Comments in the document (open ones where the source can tell). */
  comments: number;
  /**
   * Warnings the writer dismissed, with the reason, as the document stores them (in a .docx and in
   * Word: a custom document property each, see DISMISSAL_PROPERTY); absent when there are none.
   */
  dismissals?: Dismissal[];
}

/** A dismissed warning: which finding (`dismissalId`, src/core/dismissals.ts) and why. */
export interface Dismissal {
  id: string;
  reason: string;
}

/** A place in a document: the block and the text the finding is about (for display and search). */
export interface Location {
  block: number;
  text: string;
}

/** The document's first block with text, if any: a new document has only empty paragraphs. */
export function firstTextBlock(snapshot: DocumentSnapshot): Block | undefined {
  return snapshot.blocks.find((b) => b.text.trim() !== '');
}

/** Builds a block with defaults; handy for adapters and tests. */
export function makeBlock(index: number, text: string, extra: Partial<Omit<Block, 'index' | 'text'>> = {}): Block {
  return { index, kind: 'paragraph', text, tags: [], ...extra };
}

/** The tables that have one column only (every cell in column 0): frames around paragraphs, read as paragraphs. */
export function oneColumnTables(blocks: Block[]): Set<number> {
  const wide = new Set<number>();
  const all = new Set<number>();
  for (const b of blocks) {
    if (!b.table) continue;
    all.add(b.table.table);
    if (b.table.col > 0) wide.add(b.table.table);
  }
  return new Set([...all].filter((t) => !wide.has(t)));
}
