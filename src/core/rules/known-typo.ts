import { defineRule } from './define';
import { messageAt, placeOf } from './places';
import { replaceAt } from './edits';
import { KNOWN_TYPOS } from './known-typos';
import { pairHits } from './word-hits';

/** Frequent misspellings from a small list (./known-typos.ts), each with its correction. */
export const knownTypo = defineRule(
  {
    id: 'known-typo',
    severity: 'warning',
    layer: 'common',
    description: {
      et: 'Tekstis ei ole sagedasi kirjavigu (nt „omavalistuse“ → „omavalitsuse“).',
      en: 'The text has no frequent misspellings (e.g. "omavalistuse" → "omavalitsuse").',
    },
  },
  (ctx, report) => {
    for (const block of ctx.snapshot.blocks) {
      for (const hit of pairHits(block, KNOWN_TYPOS)) {
        const place = placeOf(ctx.jd, block.index);
        report({
          message: messageAt(place.name, {
            et: `kirjaviga „${hit.word}“. Õige on „${hit.fixedWord}“.`,
            en: `misspelling "${hit.word}". The right spelling is "${hit.fixedWord}".`,
          }),
          section: place.section,
          block: block.index,
          text: hit.word,
          fix: {
            description: { et: `Paranda „${hit.word}“ → „${hit.fixedWord}“`, en: `Correct "${hit.word}" to "${hit.fixedWord}"` },
            edits: [replaceAt(block.index, block.text, hit.start, hit.start + hit.word.length, hit.fixedWord)],
          },
        });
      }
    }
  },
);
