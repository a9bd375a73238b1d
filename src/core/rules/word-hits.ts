/** Finding listed words (stems) in every block, for the rules that suggest another word. */
import type { Block } from '../snapshot';
import { escapeRegExp, withoutInvisibles } from '../normalize';
import { findStem, matchCase, type WordHit } from './text-match';

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
  const visible = withoutInvisibles(block.text);
  if (visible === block.text) return visibleHits(block, pairs);
  // A soft hyphen or zero-width space inside a word ("omavalis\u00adtuse"): found as it shows, and
  // each hit's place and word given back in the text as written, so that a fix replaces the right span.
  const at: number[] = [];
  for (let i = 0; i < block.text.length; i++) if (withoutInvisibles(block.text[i]) !== '') at.push(i);
  return visibleHits({ ...block, text: visible }, pairs).map((hit) => {
    const start = at[hit.start];
    const wordEnd = at[hit.start + hit.word.length - 1] + 1;
    return { ...hit, start, end: at[hit.end - 1] + 1, word: block.text.slice(start, wordEnd) };
  });
}

function visibleHits(block: Block, pairs: readonly WordPair[]): PairHit[] {
  const hits: PairHit[] = [];
  const lower = lowerText(block);
  const { needles, any } = prepared(pairs);
  // Most blocks contain none of the words: one scan for all of them rules those out.
  if (!any.test(lower)) return hits;
  for (const { pair, needle } of needles) {
    if (!lower.includes(needle)) continue; // this block has some of the words, but not this one
    for (const hit of findStem(block.text, pair.find, false, lower)) {
      if (hits.some((h) => hit.start < h.end && h.start < hit.end)) continue;
      const fixed = matchCase(pair.replace, block.text.slice(hit.start, hit.end));
      hits.push({ ...hit, pair, fixedWord: fixed + hit.word.slice(hit.end - hit.start) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

type Needle = { pair: WordPair; needle: string };
type Prepared = { needles: readonly Needle[]; any: RegExp };
const preparedPairs = new WeakMap<readonly WordPair[], Prepared>();

/**
 * The pairs, longest stem first, with their lower-case stems and one pattern matching any of them;
 * made once per list, since rules call this for every block.
 */
function prepared(pairs: readonly WordPair[]): Prepared {
  let result = preparedPairs.get(pairs);
  if (!result) {
    const needles = [...pairs]
      .sort((a, b) => b.find.length - a.find.length)
      .map((pair) => ({ pair, needle: pair.find.toLowerCase() }));
    const alternatives = needles.map((n) => escapeRegExp(n.needle));
    result = { needles, any: new RegExp(alternatives.join('|') || '(?!)') };
    preparedPairs.set(pairs, result);
  }
  return result;
}

const lowered = new WeakMap<Block, string>();

/** A block's text in lower case, made once per block: several rules search every block. */
function lowerText(block: Block): string {
  let lower = lowered.get(block);
  if (lower === undefined) {
    lower = block.text.toLowerCase();
    lowered.set(block, lower);
  }
  return lower;
}
