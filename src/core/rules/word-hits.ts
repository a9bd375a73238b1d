/** Finding listed words (stems) in every block, for the rules that suggest another word. */
import type { Block } from '../snapshot';
import { findStem, matchCase, type WordHit } from './util';

export interface WordPair {
  /** The stem (or phrase) to find, lower case; it matches at the start of a word, any ending. */
  find: string;
  /** What replaces the stem; the ending is kept. */
  replace: string;
}

export interface PairHit extends WordHit {
  pair: WordPair;
  /** The found word with its replacement and the same case, e.g. "Omavalitsuse". */
  fixedWord: string;
}

/**
 * Hits of the pairs in one block's text. Longer stems win where two overlap, so a word is
 * reported once.
 */
export function pairHits(block: Block, pairs: readonly WordPair[]): PairHit[] {
  const hits: PairHit[] = [];
  const lower = block.text.toLowerCase();
  for (const { pair, needle } of longestFirst(pairs)) {
    // Most blocks contain none of the words: a plain substring test rules them out cheaply.
    if (!lower.includes(needle)) continue;
    for (const hit of findStem(block.text, pair.find, false, lower)) {
      if (hits.some((h) => hit.start < h.end && h.start < hit.end)) continue;
      const fixed = matchCase(pair.replace, block.text.slice(hit.start, hit.end));
      hits.push({ ...hit, pair, fixedWord: fixed + hit.word.slice(hit.end - hit.start) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

type Needle = { pair: WordPair; needle: string };
const sortedPairs = new WeakMap<readonly WordPair[], readonly Needle[]>();

/** The pairs, longest stem first, with their lower-case stems; made once per list, since rules call this for every block. */
function longestFirst(pairs: readonly WordPair[]): readonly Needle[] {
  let sorted = sortedPairs.get(pairs);
  if (!sorted) {
    sorted = [...pairs]
      .sort((a, b) => b.find.length - a.find.length)
      .map((pair) => ({ pair, needle: pair.find.toLowerCase() }));
    sortedPairs.set(pairs, sorted);
  }
  return sorted;
}
