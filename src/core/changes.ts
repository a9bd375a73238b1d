/**
 * What a batch of edits changed, as the pane tells the writer: the words on a fix's button
 * ("C2 → C1"), the place to select once it is in, and the edits that take it back. Pure.
 */
import type { Edit } from './content';
import type { Fix } from './findings';
import { rewriteEdit } from './rules/edits';
import { isLetter } from './rules/text-match';
import type { DocumentSnapshot, Location } from './snapshot';
import type { Bilingual } from './text';

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** A letter or digit, or the dot inside a number ("3.4"). */
function inWord(s: string, i: number): boolean {
  const c = s[i];
  return isLetter(c) || isDigit(c) || (c === '.' && isDigit(s[i - 1]) && isDigit(s[i + 1]));
}

/** The words a replace edit changes, whole words: "tasemel C2." → "tasemel C1." gives ["C2", "C1"]. */
export function changedWords(find: string, replace: string): [string, string] {
  let start = 0;
  while (start < find.length && start < replace.length && find[start] === replace[start]) start++;
  let end = 0;
  while (end < find.length - start && end < replace.length - start && find[find.length - 1 - end] === replace[replace.length - 1 - end]) end++;
  // Out to whole words and numbers on both sides ("3.4 → 3.3", not "4 → 3"), the same in both texts.
  while (start > 0 && inWord(find, start - 1)) start--;
  while (end > 0 && inWord(find, find.length - end)) end--;
  return [find.slice(start, find.length - end).trim(), replace.slice(start, replace.length - end).trim()];
}

/** Most replacements a summary names before "…". */
const SHOWN = 3;

/**
 * A fix in a few words for its button: the replaced words ("C2 → C1", "6 → 5, 7 → 6") when it only
 * replaces, else its description ("Lisa osa 5 „VASTUTUS“").
 */
export function fixSummary(fix: Fix): Bilingual {
  const replaces = fix.edits.filter((e): e is Extract<Edit, { kind: 'replace' }> => e.kind === 'replace');
  if (replaces.length === 0 || replaces.length !== fix.edits.length) return fix.description;
  const pairs = replaces.map((e) => changedWords(e.find, e.replace)).map(([a, b]) => `${a || '∅'} → ${b || '∅'}`);
  const text = pairs.slice(0, SHOWN).join(', ') + (pairs.length > SHOWN ? ', …' : '');
  return { et: text, en: text };
}

/**
 * Where a batch's change begins: the first paragraph that reads otherwise (a replaced word, or the
 * first inserted paragraph). Undefined when no text changed (a dismissed warning).
 */
export function changedLocation(before: DocumentSnapshot, after: DocumentSnapshot): Location | undefined {
  const n = Math.min(before.blocks.length, after.blocks.length);
  for (let i = 0; i < n; i++) {
    const [was, now] = [before.blocks[i].text, after.blocks[i].text];
    if (was === now) continue;
    // The same paragraphs: the words that changed; a paragraph inserted here: all of it.
    return { block: i, text: before.blocks.length === after.blocks.length ? changedWords(was, now)[1] || now : now };
  }
  return after.blocks.length > n ? { block: n, text: after.blocks[n].text } : undefined;
}

/**
 * The edits that take a batch back, made from the document as it is after it (`after`): each
 * changed paragraph rewritten as it was, each dismissal as it was. Undefined when the batch added
 * or removed paragraphs (no edit removes a paragraph: the host's own undo, Ctrl+Z in Word, does).
 */
export function revertEdits(before: DocumentSnapshot, after: DocumentSnapshot): Edit[] | undefined {
  if (before.blocks.length !== after.blocks.length) return undefined;
  const edits: Edit[] = [];
  after.blocks.forEach((b, i) => {
    if (b.text !== before.blocks[i].text) edits.push(rewriteEdit(i, b.text, before.blocks[i].text));
  });
  const was = new Map((before.dismissals ?? []).map((d) => [d.id, d.reason]));
  const now = new Map((after.dismissals ?? []).map((d) => [d.id, d.reason]));
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    if (was.get(id) !== now.get(id)) edits.push({ kind: 'dismiss', id, reason: was.get(id) });
  }
  return edits;
}
