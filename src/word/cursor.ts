/**
 * Which block of a snapshot the cursor is in, from a light read of the selection's paragraph
 * (its text, whether it is in a table, its content-control tags, its neighbours' texts). Pure.
 * Word's own ways to count the paragraphs before the cursor (Range.expandTo, intersectWith) add
 * an entry to the undo stack on the web at every sync (office-js #5715, #2225, #2720), and
 * `uniqueLocalId` moves to the new paragraph after insertParagraph (office-js #5784) and is
 * missing on some desktops (office-js #4258), so none of them is used.
 */
import type { DocumentSnapshot } from '../core/snapshot';

export interface CursorProbe {
  text: string;
  inTable: boolean;
  /** Tags of the controls around it, outermost first (untagged ones left out). */
  tags: string[];
  previous?: string;
  next?: string;
}

/**
 * The block with the same text and place (in a table or not) whose tags and neighbours match
 * best; among equals the one nearest to `near` (the last answer). When the paragraph's own text
 * changed since the snapshot, a block whose two neighbours match. Undefined when nothing fits.
 */
export function matchCursor(snapshot: DocumentSnapshot, probe: CursorProbe, near?: number): number | undefined {
  const blocks = snapshot.blocks;
  const neighbours = (i: number) => Number(blocks[i - 1]?.text === probe.previous) + Number(blocks[i + 1]?.text === probe.next);
  const sameTags = (i: number) => blocks[i].tags.length === probe.tags.length && blocks[i].tags.every((t, k) => t === probe.tags[k]);
  let best: number | undefined;
  let bestScore = -1;
  blocks.forEach((b, i) => {
    if ((b.kind === 'cell') !== probe.inTable) return;
    const score = b.text === probe.text ? 4 + 2 * Number(sameTags(i)) + neighbours(i) : neighbours(i) === 2 ? 1 : -1;
    if (score < 0) return;
    const closer = best === undefined || (near !== undefined && Math.abs(i - near) < Math.abs(best - near));
    if (score > bestScore || (score === bestScore && closer)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
