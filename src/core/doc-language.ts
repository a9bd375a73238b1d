/** Tells an Estonian document from one in another language (an English or Russian version of a job description). */
import type { DocumentSnapshot } from './snapshot';

/** Frequent short words of each language, for counting. */
const ESTONIAN = new Set(['ja', 'on', 'ning', 'või', 'ei', 'kui', 'mis', 'oma', 'selle', 'tema', 'vastavalt', 'osakonna', 'alusel', 'eest', 'sh', 'üle', 'kõik', 'töö', 'tööks']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'is', 'are', 'on', 'by', 'or', 'be', 'as', 'an', 'a', 'responsible', 'duties', 'job', 'description']);
/** Enough words to tell. */
const SAMPLE = 40;
/** Enough letters to tell the script. */
const LETTERS = 20_000;

/** 'et' for Estonian; 'other' when English words clearly outnumber Estonian ones or the text is in Cyrillic; 'et' when it cannot tell. */
export function documentLanguage(snapshot: DocumentSnapshot): 'et' | 'other' {
  let et = 0;
  let en = 0;
  let latin = 0;
  let cyrillic = 0;
  for (const b of snapshot.blocks) {
    for (const word of b.text.toLowerCase().split(/[^\p{L}]+/u)) {
      // "on" is both: it does not count.
      if (word === 'on') continue;
      if (ESTONIAN.has(word) || /[õäöü]/.test(word)) et++;
      else if (ENGLISH.has(word)) en++;
    }
    const sample = b.text.slice(0, 2000);
    latin += sample.replace(/\P{Script=Latin}/gu, '').length;
    cyrillic += sample.replace(/\P{Script=Cyrillic}/gu, '').length;
    if (et + en >= SAMPLE * 5 || latin + cyrillic >= LETTERS) break;
  }
  // Russian (any Cyrillic text): most letters Cyrillic; an Estonian one with translations beside stays Estonian.
  if (cyrillic >= 200 && cyrillic > 4 * latin) return 'other';
  return en >= SAMPLE && en > 3 * et ? 'other' : 'et';
}
