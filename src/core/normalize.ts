/** Text normalisation shared by the reader and the rules, so that matching ignores case and diacritics. */

const FOLDS: Record<string, string> = { õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' };

/**
 * Lower case, Estonian diacritics folded (õ→o, ä→a, ö→o, ü→u, š→s, ž→z), whitespace (incl. no-break
 * spaces and tabs) collapsed to one space, invisible characters dropped, trimmed. The result has the same words in the same order.
 */
export function fold(s: string): string {
  let folded = folds.get(s);
  if (folded === undefined) {
    folded = withoutInvisibles(s)
      .toLowerCase()
      .replace(/[õäöüšž]/g, (c) => FOLDS[c])
      .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
      .trim();
    if (folds.size >= FOLD_CACHE_SIZE) folds.clear();
    folds.set(s, folded);
  }
  return folded;
}

/**
 * The reader and the rules fold the same texts many times per check, and the pane checks the same
 * document again after every edit: a bounded cache of folded texts saves most of that work.
 */
const FOLD_CACHE_SIZE = 20000;
const folds = new Map<string, string>();

/**
 * Characters that show nothing: soft hyphens (text pasted from a PDF or a web page, Word's optional
 * hyphen), zero-width spaces and joiners, word joiners, a stray byte-order mark. Inside a word
 * ("ameti\u00adjuhend") they would hide it from every match.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/** The text as a reader sees it on the page: invisible characters removed. */
export function withoutInvisibles(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text;
}

/**
 * A typed bullet: a bullet symbol (U+F0B7/U+F0A7/U+F0D8 are Word's Symbol/Wingdings bullets), or a
 * dash or star followed by a space (so that "-materjalide" is not a bullet).
 */
const TYPED_BULLET_RE = /^[\uF0B7\uF0A7\uF0D8\u25AA\u2022\u25CF\u25E6\u25A0\u2023\u2043\u00B7\u2013\u2014\u2010\u2212*>-]\s+|^[\uF0B7\uF0A7\uF0D8\u25AA\u2022\u25CF\u25E6\u25A0\u00B7]/;

/** True when the text starts with a typed bullet character ("", "▪", "•", "-", "–", "*", "·" …). */
export function hasTypedBullet(text: string): boolean {
  return TYPED_BULLET_RE.test(text.trimStart());
}

/** The text without a leading typed bullet character and surrounding spaces. */
export function stripBullet(text: string): string {
  return text.trimStart().replace(TYPED_BULLET_RE, '').trim();
}

/** Lower case and diacritics folded, one character for one (so indexes match the original text). */
export function foldChars(s: string): string {
  let lower = s.toLowerCase();
  // A few characters (e.g. "İ") grow when lower-cased; keep those as they are.
  if (lower.length !== s.length) lower = Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return lower.replace(/[õäöüšž]/g, (c) => FOLDS[c]);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const termPatterns = new Map<string, RegExp>();

/** The pattern `findTerm` uses, for text already passed through `foldChars` (compiled once per term). */
export function termPattern(term: string): RegExp {
  let re = termPatterns.get(term);
  if (!re) {
    const pattern = escapeRegExp(foldChars(term.trim())).replace(/\s+/g, '\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'u');
    termPatterns.set(term, re);
  }
  return re;
}

const wordPatterns = new Map<string, RegExp>();

/** `termPattern` that must also end the word ("kool" but not "koolitus"). */
export function wordPattern(term: string): RegExp {
  let re = wordPatterns.get(term);
  if (!re) {
    re = new RegExp(`${termPattern(term).source}(?![\\p{L}\\p{N}])`, 'u');
    wordPatterns.set(term, re);
  }
  return re;
}

/**
 * Finds `term` (e.g. "töökoha", "töötajal on õigus") in `text` at the start of a word, ignoring case
 * and diacritics; "töökoha" also finds "Töökohale". Returns the text as written, or undefined.
 */
export function findTerm(text: string, term: string): { index: number; text: string } | undefined {
  const match = termPattern(term).exec(foldChars(text));
  return match ? { index: match.index, text: text.slice(match.index, match.index + match[0].length) } : undefined;
}

/** A number typed in front of a heading or item: "3.", "3", "3.1", "3.1.", "2)", also "6.Kvalifikatsiooninõuded". */
// Sections have at most two digits (so a year is not a number); duties may run into the hundreds ("3.400").
const TYPED_NUMBER_RE = /^(\d{1,2}(?:\.\d{1,3})*\.?|\d{1,2}\))(?:\s+|\t|$)|^(\d{1,2}(?:\.\d{1,3})*\.)(?=\p{L})/u;
/** A Roman section number before a heading in capitals: "III TEENISTUSKOHUSTUSED", "IV. VASTUTUS". */
const ROMAN_NUMBER_RE = /^((?:X{0,2})(?:IX|IV|V?I{1,3}|V|X)\.?)\s+(?=\p{Lu})/u;

/** Splits a typed number off the text: "3. TEENISTUSKOHUSTUSED" → { number: "3.", rest: "TEENISTUSKOHUSTUSED" }. */
export function splitNumber(text: string): { number?: string; rest: string } {
  const trimmed = text.trim();
  const match = TYPED_NUMBER_RE.exec(trimmed) ?? ROMAN_NUMBER_RE.exec(trimmed);
  if (!match) return { rest: trimmed };
  return { number: match[1] ?? match[2], rest: trimmed.slice(match[0].length).trim() };
}

/** Folded text for comparing labels and headings: no trailing colon or full stop. */
export function foldLabel(text: string): string {
  let label = labels.get(text);
  if (label === undefined) {
    label = fold(text).replace(/\s*[:.]+$/, '');
    if (labels.size >= FOLD_CACHE_SIZE) labels.clear();
    labels.set(text, label);
  }
  return label;
}
const labels = new Map<string, string>();
