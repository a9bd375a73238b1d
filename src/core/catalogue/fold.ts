import { fold } from '../normalize';

/**
 * fold() from ../normalize.ts (lower case, Estonian diacritics folded, whitespace collapsed),
 * plus any other diacritics removed, so that search also forgives "é" or decomposed letters.
 */
export function foldText(s: string): string {
  return fold(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Folded words (letters and digits only), e.g. "Koostöövõime:" → ["koostoovoime"]. */
export function foldedWords(s: string): string[] {
  return foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
