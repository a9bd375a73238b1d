/** Finding words in a block's text: at word starts, in any case, keeping the writer's case in a replacement. */

/** Gives `word` the case pattern of `model`: "OMAVALITSUSE", "Omavalitsuse" or as is. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) {
    return word[0].toUpperCase() + word.slice(1);
  }
  return word;
}

/** Letters of Estonian text (and the Latin alphabet), for word boundaries. */
const LETTER = /[\p{L}\p{M}\d]/u;

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export interface WordHit {
  /** Start and end of the stem in the text. */
  start: number;
  end: number;
  /** The whole word the stem starts, as written. */
  word: string;
}

/**
 * Occurrences of `stem` (any case) at the start of a word; `word` is the whole word it starts.
 * With `whole`, only words equal to the stem count. `lower` is `text.toLowerCase()`, for callers
 * that search one text for many stems.
 */
export function findStem(text: string, stem: string, whole = false, lower = text.toLowerCase()): WordHit[] {
  const hits: WordHit[] = [];
  const needle = stem.toLowerCase();
  if (!needle) return hits;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    if (isLetter(text[i - 1])) continue;
    let wordEnd = i + needle.length;
    while (isLetter(text[wordEnd])) wordEnd++;
    if (whole && wordEnd !== i + needle.length) continue;
    hits.push({ start: i, end: i + needle.length, word: text.slice(i, wordEnd) });
  }
  return hits;
}
