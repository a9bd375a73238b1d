import { at, defineRule, placeOf, replaceAt } from './util';
import { pairHits } from './word-hits';

/**
 * The other variant's set phrases (profile vocabulary `foreign` marked `always`), e.g. "Töötajal on
 * õigus" in a civil servant's job description; under the house rule `vocabulary` its single words
 * too ("töökoha"). Only when the document tells its variant. The fix writes this variant's words,
 * keeping the ending.
 */
export const terminologyMismatch = defineRule(
  {
    id: 'terminology-mismatch',
    severity: 'warning',
    layer: 'common',
    description: {
      et: 'Tekstis on selle ametijuhendi liigi väljendid (nt ametnikul „Ametnikul on õigus“, töötajal „Töötajal on õigus“).',
      en: 'The text uses this variant’s phrases (e.g. "Ametnikul on õigus" for a civil servant, "Töötajal on õigus" for an employee).',
    },
  },
  (ctx, report) => {
    if (!ctx.variantKnown) return;
    const pairs = ctx.profile.vocabulary.foreign
      .filter((f) => f.always || ctx.houseRules.vocabulary)
      .map((f) => ({ find: f.word, replace: f.replacement }));
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
          subject: hit.pair.find,
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
