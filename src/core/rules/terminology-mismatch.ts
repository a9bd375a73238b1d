import { at, defineRule, placeOf, replaceAt } from './util';
import { pairHits } from './word-hits';

/**
 * The other variant's words (profile vocabulary `foreign`), e.g. "töökoha" in a civil
 * servant's job description; the fix writes this variant's word, keeping the ending.
 */
export const terminologyMismatch = defineRule(
  {
    id: 'terminology-mismatch',
    severity: 'warning',
    description: {
      et: 'Tekstis on selle ametijuhendi liigi sõnad (nt ametnikul „ametikoht“, töötajal „töökoht“).',
      en: 'The text uses this variant’s words (e.g. "ametikoht" for a civil servant, "töökoht" for an employee).',
    },
  },
  (ctx, report) => {
    const pairs = ctx.profile.vocabulary.foreign.map((f) => ({ find: f.word, replace: f.replacement }));
    if (pairs.length === 0) return;
    const variant = ctx.profile.name;
    for (const block of ctx.snapshot.blocks) {
      for (const hit of pairHits(block, pairs)) {
        const place = placeOf(ctx.jd, block.index);
        const found = hit.word;
        report({
          message: at(place.name, {
            et: `„${found}“ on teise ametijuhendi liigi sõna. Kirjutage „${hit.fixedWord}“ (${variant.et}).`,
            en: `"${found}" belongs to the other kind of job description. Write "${hit.fixedWord}" (${variant.en}).`,
          }),
          section: place.section,
          block: block.index,
          text: found,
          fix: {
            description: { et: `Asenda „${found}“ → „${hit.fixedWord}“`, en: `Replace "${found}" with "${hit.fixedWord}"` },
            edits: [replaceAt(block.index, block.text, hit.start, hit.start + hit.word.length, hit.fixedWord)],
          },
        });
      }
    }
  },
);
