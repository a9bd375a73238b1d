import { competencyInsertPoint, competencyPlan } from '../catalogue/plan';
import type { Fix } from '../findings';
import type { RuleContext } from './rule';
import { at, blockText, defineRule, foundSection, sectionName, DOCUMENT } from './util';
import { competencyKey } from './competency-names';

/** Every core competency of the profile (e.g. Kliendikesksus) is listed among the standard ones. */
export const competencyCoreMissing = defineRule(
  {
    id: 'competency-core-missing',
    severity: 'warning',
    description: {
      et: 'Tööks vajalike kompetentside all on kõik asutuse põhikompetentsid.',
      en: 'All of the agency’s core competencies are listed among the required competencies.',
    },
  },
  (ctx, report) => {
    const present = new Set(ctx.jd.competencies.filter((c) => c.group === 'standard').map((c) => competencyKey(c.name)));
    const nouded = foundSection(ctx.jd, 'nouded');
    const first = ctx.jd.competencies.find((c) => c.group === 'standard');
    const block = first?.block ?? nouded?.block ?? 0;
    const place = nouded?.found ? sectionName(nouded) : DOCUMENT;
    const heading = ctx.profile.requirements.competencies[0] ?? 'Tööks vajalikud kompetentsid';
    for (const name of ctx.profile.coreCompetencies) {
      if (present.has(competencyKey(name))) continue;
      report({
        message: at(place, {
          et: `põhikompetents „${name}“ puudub. Lisage see pealkirja „${heading}“ alla.`,
          en: `the core competency "${name}" is missing. Add it under "${heading}".`,
        }),
        section: 'nouded',
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
