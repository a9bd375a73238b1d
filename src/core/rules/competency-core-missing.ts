import { competencyInsertPoint, competencyPlan } from '../catalogue/plan';
import type { Fix } from '../findings';
import type { RuleContext } from './rule';
import { defineRule } from './define';
import { blockText, DOCUMENT, foundSection, messageAt, sectionName } from './places';
import { requiredCompetencies } from '../catalogue/required';
import type { CatalogueCompetency } from '../catalogue/types';

/**
 * Every core competency of the organisation (house rule `coreCompetencies`) is listed among the
 * standard ones: `all` for every position, `leaders` (e.g. Eestvedamine) for a position with subordinates.
 */
export const competencyCoreMissing = defineRule(
  {
    id: 'competency-core-missing',
    severity: 'warning',
    layer: 'house',
    houseRule: 'coreCompetencies',
    description: {
      et: 'Tööks vajalike kompetentside all on kõik asutuse põhikompetentsid (juhil ka juhtimiskompetentsid).',
      en: 'All of the organisation’s core competencies are listed among the required ones (a leader’s too).',
    },
  },
  (ctx, report) => {
    const nouded = foundSection(ctx.jd, 'nouded');
    const first = ctx.jd.competencies.find((c) => c.group === 'standard');
    const block = first?.block ?? nouded?.block ?? 0;
    const place = nouded?.found ? sectionName(nouded) : DOCUMENT;
    const heading = ctx.profile.requirements.competencies[0] ?? 'Tööks vajalikud kompetentsid';
    for (const { name, present, entry } of requiredCompetencies(ctx.catalogue, ctx.houseRules, ctx.jd)) {
      if (present) continue;
      report({
        message: messageAt(place, {
          et: `põhikompetents „${name}“ puudub. Lisage see pealkirja „${heading}“ alla.`,
          en: `the core competency "${name}" is missing. Add it under "${heading}".`,
        }),
        section: 'nouded',
        subject: name,
        block,
        text: blockText(ctx, block),
        fix: catalogueFix(ctx, entry),
      });
    }
  },
);

/** With a catalogue loaded, the fix inserts the competency's catalogue text among the standard ones. */
function catalogueFix(ctx: RuleContext, entry: CatalogueCompetency | undefined): Fix | undefined {
  const catalogue = ctx.catalogue;
  if (!catalogue || !entry) return undefined;
  return {
    description: { et: `Lisa kompetents „${entry.name.et}“ kataloogist`, en: `Add the competency "${entry.name.en}" from the catalogue` },
    edits: [
      {
        kind: 'insert',
        at: competencyInsertPoint(ctx.jd, entry.group, ctx.snapshot, ctx.profile),
        plan: competencyPlan(entry, catalogue.version, 'et'),
      },
    ],
  };
}
