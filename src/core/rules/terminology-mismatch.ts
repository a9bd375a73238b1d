import type { RuleContext } from './rule';
import { defineRule, type Reporter } from './define';
import { messageAt, placeOf } from './places';
import { replaceAt } from './edits';
import { pairHits, type WordPair } from './word-hits';
import { splitNumber, stripBullet } from '../normalize';

/**
 * A set phrase as a variant writes it opens its paragraph or line ("Ametnikul on õigus:", "5.1. Ametnik
 * vastutab …"); inside a sentence it speaks of others ("selgitab, millal töötajal on õigus puhkusele").
 */
function opensLine(text: string, start: number): boolean {
  const lead = (text.slice(0, start).split('\n').pop() ?? '').trim();
  return lead === '' || splitNumber(lead).rest === '' || stripBullet(lead) === '';
}

/**
 * The other variant's set phrases (profile vocabulary `foreign` marked `always`), e.g. "Töötajal on
 * õigus" opening a line of a civil servant's job description; under the house rule `vocabulary` its
 * single words too ("töökoha"), and the phrases anywhere. The fix writes this variant's words, keeping
 * the ending. When the document does not tell its variant, only a mix of both variants' set phrases is
 * reported.
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
    if (!ctx.variantKnown) {
      mixedPhrases(ctx, report);
      return;
    }
    const foreign = ctx.profile.vocabulary.foreign.filter((f) => f.always || ctx.houseRules.vocabulary);
    const pairs = foreign.map((f) => ({ find: f.word, replace: f.replacement }));
    if (pairs.length === 0) return;
    const setPhrases = new Set(foreign.filter((f) => f.always && !ctx.houseRules.vocabulary).map((f) => f.word));
    const variant = ctx.profile.name;
    for (const block of ctx.snapshot.blocks) {
      for (const hit of pairHits(block, pairs)) {
        if (setPhrases.has(hit.pair.find) && !opensLine(block.text, hit.start)) continue;
        const place = placeOf(ctx.jd, block.index);
        const found = hit.word;
        report({
          message: messageAt(place.name, {
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

/**
 * The variant is not told, but the document uses both variants' set phrases ("Ametnik vastutab" and
 * "Töötajal on õigus"): the fewer ones are reported, with no fix, since only the writer knows which is right.
 */
function mixedPhrases(ctx: RuleContext, report: Reporter): void {
  const always = ctx.profile.vocabulary.foreign.filter((f) => f.always);
  const theirs = always.map((f) => ({ find: f.word, replace: f.replacement }));
  const ours = always.map((f) => ({ find: f.replacement, replace: f.word }));
  const found = (pairs: WordPair[]) =>
    ctx.snapshot.blocks.flatMap((block) => pairHits(block, pairs).filter((hit) => opensLine(block.text, hit.start)).map((hit) => ({ block, hit })));
  const [a, b] = [found(ours), found(theirs)];
  if (a.length === 0 || b.length === 0) return;
  const [fewer, more] = a.length < b.length ? [a, b] : [b, a];
  const example = more[0].hit.word;
  for (const { block, hit } of fewer) {
    const place = placeOf(ctx.jd, block.index);
    report({
      message: messageAt(place.name, {
        et: `„${hit.word}“ ja „${example}“ on eri liiki ametijuhendite väljendid (ametnik ja töötaja). Kasutage ühe liigi väljendeid.`,
        en: `"${hit.word}" and "${example}" are phrases of different kinds of job description (civil servant and employee). Use one kind's phrases.`,
      }),
      section: place.section,
      subject: hit.pair.find,
      block: block.index,
      text: hit.word,
    });
  }
}
