import type { Edit } from '../content';
import type { Fix } from '../findings';
import type { Competency } from '../model';
import { driftedCompetencies } from '../catalogue/match';
import { competencyEnd, competencyPlan, type CompetencyText } from '../catalogue/plan';
import type { Catalogue, CatalogueCompetency } from '../catalogue/types';
import type { Language } from '../text';
import type { RuleContext } from './rule';
import { defineRule } from './define';
import { messageAt, placeOf } from './places';

/**
 * The text of a catalogue competency in the document differs from every wording the current
 * catalogue accepts (a newer catalogue version, or hand edits). Skipped without a catalogue.
 */
export const competencyOutdated = defineRule(
  {
    id: 'competency-outdated',
    severity: 'warning',
    layer: 'house',
    houseRule: 'catalogueCompetencies',
    description: {
      et: 'Kataloogist pärit kompetentsi tekst peab vastama kataloogi praegusele tekstile.',
      en: 'The text of a catalogue competency must match the current catalogue text.',
    },
  },
  (ctx, report) => {
    const catalogue = ctx.catalogue;
    if (!catalogue) return;
    for (const { competency: c, match, closest } of driftedCompetencies(catalogue, ctx.jd.competencies)) {
      const place = placeOf(ctx.jd, c.block);
      const why: { et: string; en: string } =
        match.taggedVersion && match.taggedVersion !== catalogue.version
          ? {
              et: `see lisati kataloogi versioonist ${match.taggedVersion}, praegune versioon on ${catalogue.version}`,
              en: `it was inserted from catalogue version ${match.taggedVersion}; the current version is ${catalogue.version}`,
            }
          : {
              et: `tekst on muudetud või pärineb kataloogi varasemast versioonist`,
              en: `the text has been edited or comes from an earlier catalogue version`,
            };
      report({
        message: messageAt(place.name, {
          et: `Kompetentsi „${c.name}“ tekst erineb kataloogi (versioon ${catalogue.version}) tekstist (${why.et}). Kontrollige teksti ja vajadusel võtke üle kataloogi sõnastus.`,
          en: `The text of the competency "${c.name}" differs from the catalogue (version ${catalogue.version}) (${why.en}). Check the text and take over the catalogue wording if appropriate.`,
        }),
        section: place.section ?? 'nouded',
        subject: c.name,
        block: c.block,
        text: c.name,
        fix: currentTextFix(ctx, c, match.entry, catalogue, match.lang, closest),
      });
    }
  },
);

/**
 * Replaces the differing bullets (or the description) block by block when the document's blocks
 * line up with the catalogue's — Word's undo reverts that — and otherwise inserts the current
 * text after the competency, leaving the user's text in place.
 */
function currentTextFix(
  ctx: RuleContext,
  c: Competency,
  entry: CatalogueCompetency,
  catalogue: Catalogue,
  lang: Language,
  closest: { levelId?: string; text: CompetencyText },
): Fix {
  const blocks = ctx.snapshot.blocks;
  const edits: Edit[] = [];
  let aligned: boolean;
  if (entry.group === 'additional') {
    const find = c.text.trim();
    aligned = find !== '' && c.bullets.length === 0 && (blocks[c.block]?.text ?? '').includes(find);
    if (aligned) edits.push({ kind: 'replace', block: c.block, find, replace: closest.text.text });
  } else {
    const want = closest.text.bullets;
    aligned =
      want.length === c.bullets.length &&
      c.bullets.every((b, i) => b.trim() !== '' && (blocks[c.block + 1 + i]?.text ?? '').includes(b.trim()));
    if (aligned) {
      c.bullets.forEach((b, i) => {
        if (b.trim() !== want[i]) edits.push({ kind: 'replace', block: c.block + 1 + i, find: b.trim(), replace: want[i] });
      });
    }
  }
  if (aligned && edits.length > 0) {
    return { description: { et: 'Asenda kataloogi tekstiga', en: 'Replace with the catalogue text' }, edits };
  }
  return {
    description: { et: 'Lisa kataloogi tekst selle järele', en: 'Insert the catalogue text after it' },
    edits: [
      {
        kind: 'insert',
        at: { after: competencyEnd(c, ctx.snapshot) },
        plan: competencyPlan(entry, catalogue.version, lang, closest.levelId),
      },
    ],
  };
}
