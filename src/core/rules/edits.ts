/** How a rule's fix changes words in a block. */
import type { Edit } from '../content';

/** True when `text.slice(s, e)` occurs in `text` at `s` and nowhere else. */
function onlyAt(text: string, s: number, e: number): boolean {
  const part = text.slice(s, e);
  return text.indexOf(part) === s && text.indexOf(part, s + 1) < 0;
}

/**
 * An edit replacing `text.slice(start, end)` in a block with `replacement`. Its `find` occurs in
 * the block only once, so the edit names one place whichever occurrence a host's search would
 * take: on "kompetens ja kompetens" the second word's fix finds " kompetens", not "kompetens".
 * `find` grows with neighbouring text, a character to the right and then to the left in turn,
 * and is never empty, so an insertion at `start` works too.
 */
export function replaceAt(block: number, text: string, start: number, end: number, replacement: string): Edit {
  let s = start;
  let e = end;
  let right = true;
  while ((e === s || !onlyAt(text, s, e)) && (s > 0 || e < text.length)) {
    if ((right && e < text.length) || s === 0) e++;
    else s--;
    right = !right;
  }
  return { kind: 'replace', block, find: text.slice(s, e), replace: text.slice(s, start) + replacement + text.slice(end, e) };
}
