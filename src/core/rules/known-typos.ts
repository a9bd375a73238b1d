/**
 * Frequent misspellings in job descriptions, as stems: the wrong stem at the start of a word is
 * replaced by the right one and the ending kept ("omavalistuse" → "omavalitsuse"). A wrong stem
 * must never start a correct word.
 */
import type { WordPair } from './word-hits';

export const KNOWN_TYPOS: readonly WordPair[] = [
  { find: 'omavalist', replace: 'omavalits' },
  { find: 'kompetens', replace: 'kompetents' },
  { find: 'asjatundlikus', replace: 'asjatundlikkus' },
  { find: 'vastutustundlikus', replace: 'vastutustundlikkus' },
  { find: 'organisatioon', replace: 'organisatsioon' },
  { find: 'informatioon', replace: 'informatsioon' },
  { find: 'dokumentatioon', replace: 'dokumentatsioon' },
  { find: 'komunikatsioon', replace: 'kommunikatsioon' },
  { find: 'kordineeri', replace: 'koordineeri' },
  { find: 'profesionaal', replace: 'professionaal' },
  { find: 'effektiiv', replace: 'efektiiv' },
  { find: 'kvalitet', replace: 'kvaliteet' },
  { find: 'insident', replace: 'intsident' },
  { find: 'sisteem', replace: 'süsteem' },
  { find: 'ülessan', replace: 'ülesan' },
];
