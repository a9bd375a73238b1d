/** Pairs the items of two versions by what they say, not where they stand: the heart of the comparison. */
import { fold } from './normalize';

/** Text as compared: folded, letters and digits only, so case, punctuation and spacing are no change. */
export function contentKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The words of a text, each cut to its first 6 letters so that an Estonian word's endings
 * ("koostamine", "koostamise") count as the same word; words under 3 letters ("ja", "ka") are left out.
 */
function stems(text: string): Set<string> {
  const words = contentKey(text).split(' ').filter((w) => w.length >= 3);
  return new Set(words.map((w) => w.slice(0, 6)));
}

/** Dice's coefficient of the two texts' stems: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  return diceOf(stems(a), stems(b));
}

function diceOf(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface Pairing<T> {
  /** [old, new]: the same item in both versions (its text may differ). */
  pairs: [T, T][];
  removed: T[];
  added: T[];
}

/**
 * Pairs old and new items by content: equal texts first, then the most alike of the rest, as long
 * as at least `min` of their words are shared (Dice). Order and numbering play no part, so a list
 * renumbered or reordered pairs completely. What is left was removed or added.
 */
export function pairByContent<T>(old: T[], next: T[], text: (item: T) => string, min = 0.5): Pairing<T> {
  const pairs: [number, number][] = [];
  const oldLeft = new Set(old.keys());
  const newLeft = new Set(next.keys());
  // Equal texts: each new item takes the first unpaired old one with its key.
  const byKey = new Map<string, number[]>();
  old.forEach((item, i) => {
    const key = contentKey(text(item));
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  next.forEach((item, j) => {
    const i = byKey.get(contentKey(text(item)))?.shift();
    if (i === undefined) return;
    pairs.push([i, j]);
    oldLeft.delete(i);
    newLeft.delete(j);
  });
  // The rest: the most alike pair first.
  const oldStems = new Map([...oldLeft].map((i) => [i, stems(text(old[i]))]));
  const newStems = new Map([...newLeft].map((j) => [j, stems(text(next[j]))]));
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const [i, a] of oldStems) {
    for (const [j, b] of newStems) {
      const score = diceOf(a, b);
      if (score >= min) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (!oldLeft.has(i) || !newLeft.has(j)) continue;
    pairs.push([i, j]);
    oldLeft.delete(i);
    newLeft.delete(j);
  }
  pairs.sort((x, y) => x[1] - y[1]);
  return {
    pairs: pairs.map(([i, j]) => [old[i], next[j]]),
    removed: [...oldLeft].sort((a, b) => a - b).map((i) => old[i]),
    added: [...newLeft].sort((a, b) => a - b).map((j) => next[j]),
  };
}
