/**
 * Content to insert, described neutrally so that every adapter (Word, the demo host) builds the
 * same thing. Catalogue and clause text only ever travels as plain strings in here.
 */

export type ContentBlock =
  /** A heading in Word's built-in heading style; the number is typed as part of `text`. */
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; bold?: boolean }
  /** A bulleted list item (a real Word list). */
  | { type: 'bullet'; text: string }
  /** A table; each cell is a list of paragraphs. The first row is a header row when `header`. */
  | { type: 'table'; rows: string[][][]; header?: boolean };

export interface ContentPlan {
  /** Tag of a content control wrapped around the whole plan, e.g. "jd:section:oigused". */
  tag?: string;
  /** Title of that content control, shown by Word. */
  title?: string;
  blocks: ContentBlock[];
}

/** Where an insertion goes. Insertions never replace existing text. */
export type InsertPoint =
  /** After the given block; when the block is in a table, after that table. */
  | { after: number }
  /** Before the given block; when the block is in a table, before that table. */
  | { before: number }
  /** At the cursor (after the selection; the selection itself is kept). */
  | { cursor: true }
  /** At the end of the document. */
  | { end: true };

export type Edit =
  | { kind: 'insert'; at: InsertPoint; plan: ContentPlan }
  /** Replace the first occurrence of `find` inside one block's text. */
  | { kind: 'replace'; block: number; find: string; replace: string }
  /** Append a row to the table that contains `block` (cells as plain paragraphs). */
  | { kind: 'add-row'; block: number; cells: string[][] };
