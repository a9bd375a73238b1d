/**
 * Content to insert, described neutrally so that every adapter (Word, the demo host) builds the
 * same thing. Catalogue and clause text only ever travels as plain strings in here.
 */
import { isItemTag, isPartTag, JD_TAG, SECTION_TAG } from './tags';

export type ContentBlock =
  /** A heading in Word's built-in heading style; the number is typed as part of `text`. */
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; bold?: boolean }
  /** A bulleted list item (a real Word list). */
  | { type: 'bullet'; text: string }
  /** A table; each cell is a list of paragraphs. The first row is a header row when `header`. */
  | { type: 'table'; rows: string[][][]; header?: boolean };

export interface ContentPlan {
  /** Tag of the content control around the plan (see `wrappedBlocks`), e.g. "jd:section:oigused". */
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

/**
 * The snapshot an edit was made from, as much as a host needs to tell whether the document still
 * matches it (see `withBasis` and `checkBasis` in ./apply.ts). A host refuses an edit without one.
 */
export interface EditBasis {
  /** `documentFingerprint` of the snapshot's block texts. */
  fingerprint: string;
}

export type Edit = (
  | { kind: 'insert'; at: InsertPoint; plan: ContentPlan }
  /** Replace the first occurrence of `find` inside one block's text. */
  | { kind: 'replace'; block: number; find: string; replace: string }
  /** Append a row to the table that contains `block` (cells as plain paragraphs). */
  | { kind: 'add-row'; block: number; cells: string[][] }
) & { basis?: EditBasis };

/**
 * How many of a plan's leading blocks its content control wraps, in every host: a section's
 * heading only (the reader finds a section's extent from its heading), else the blocks before the
 * first table. A control never wraps a table: Word on the web fails on that (office-js #4251;
 * office-js-docs #988, #979). 0 for an untagged plan.
 */
export function wrappedBlocks(plan: ContentPlan): number {
  if (!plan.tag) return 0;
  const table = plan.blocks.findIndex((b) => b.type === 'table');
  const paragraphs = table < 0 ? plan.blocks.length : table;
  return plan.tag.startsWith(SECTION_TAG) ? Math.min(1, paragraphs) : paragraphs;
}

/**
 * Which content control around an insertion's anchor the plan must go outside of: the index into
 * the anchor's tags (outermost first), or -1. A part (section, title, signatures) goes outside
 * every `jd:` control; a competency or clause goes after its sibling's control (never nested in
 * it) but stays inside the part around it. Other plans land where Word puts them.
 */
export function escapedControl(anchorTags: readonly string[], plan: ContentPlan): number {
  const tag = plan.tag ?? '';
  if (isPartTag(tag)) return anchorTags.findIndex((t) => t.startsWith(JD_TAG));
  if (isItemTag(tag)) return anchorTags.findIndex(isItemTag);
  return -1;
}
