/** Tells an Estonian document from one in another language (an English version of a job description). */
import type { DocumentSnapshot } from './snapshot';

/** Frequent short words of each language, for counting. */
const ESTONIAN = new Set(['ja', 'on', 'ning', 'või', 'ei', 'kui', 'mis', 'oma', 'selle', 'tema', 'vastavalt', 'osakonna', 'alusel', 'eest', 'sh', 'üle', 'kõik', 'töö', 'tööks']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'is', 'are', 'on', 'by', 'or', 'be', 'as', 'an', 'a', 'responsible', 'duties', 'job', 'description']);
/** Enough words to tell. */
const SAMPLE = 40;

/** 'et' for Estonian, 'other' when English words clearly outnumber Estonian ones, 'et' when it cannot tell. */
export function documentLanguage(snapshot: DocumentSnapshot): 'et' | 'other' {
  let et = 0;
  let en = 0;
  for (const b of snapshot.blocks) {
    for (const word of b.text.toLowerCase().split(/[^\p{L}]+/u)) {
      // "on" is both: it does not count.
      if (word === 'on') continue;
      if (ESTONIAN.has(word) || /[õäöü]/.test(word)) et++;
      else if (ENGLISH.has(word)) en++;
    }
    if (et + en >= SAMPLE * 5) break;
  }
  return en >= SAMPLE && en > 3 * et ? 'other' : 'et';
}
