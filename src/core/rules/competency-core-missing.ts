import { competencyInsertPoint, competencyPlan } from '../catalogue/plan';
import type { Fix } from '../findings';
import type { RuleContext } from './rule';
import { defineRule } from './define';
import { blockText, DOCUMENT, foundSection, messageAt, sectionName } from './places';
import { competencyKey } from './competency-names';
import { hasSubordinates } from './position';

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
    const present = new Set(ctx.jd.competencies.filter((c) => c.group === 'standard').map((c) => competencyKey(c.name)));
    const nouded = foundSection(ctx.jd, 'nouded');
    const first = ctx.jd.competencies.find((c) => c.group === 'standard');
    const block = first?.block ?? nouded?.block ?? 0;
    const place = nouded?.found ? sectionName(nouded) : DOCUMENT;
    const heading = ctx.profile.requirements.competencies[0] ?? 'Tööks vajalikud kompetentsid';
    const core = ctx.houseRules.coreCompetencies;
    if (!core) return;
    for (const name of [...core.all, ...(hasSubordinates(ctx.jd) ? core.leaders : [])]) {
      if (present.has(competencyKey(name))) continue;
      report({
        message: messageAt(place, {
          et: `põhikompetents „${name}“ puudub. Lisage see pealkirja „${heading}“ alla.`,
          en: `the core competency "${name}" is missing. Add it under "${heading}".`,
        }),
        section: 'nouded',
        subject: name,
        block,
        text: blockText(ctx, block),
        fix: catalogueFix(ctx, name),
      });
    }
  },
);

/** With a catalogue loaded, the fix inserts the competency's catalogue text among the standard ones. */
function catalogueFix(ctx: RuleContext, name: string): Fix | undefined {
  const catalogue = ctx.catalogue;
  const entry = catalogue?.competencies.find(
    (e) => e.status === 'active' && e.group !== 'additional' && competencyKey(e.name.et) === competencyKey(name),
  );
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
