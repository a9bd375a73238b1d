import { matchCompetency } from '../catalogue/match';
import { competencyEnd, competencyPlan } from '../catalogue/plan';
import { defineRule } from './define';
import { messageAt, placeOf } from './places';

/**
 * A competency the catalogue has retired. Names the replacement, and the fix inserts the
 * replacement after it (the retired text stays until the user removes it).
 */
export const competencyRetired = defineRule(
  {
    id: 'competency-retired',
    severity: 'warning',
    layer: 'house',
    houseRule: 'catalogueCompetencies',
    description: {
      et: 'Kataloogist eemaldatud kompetentsi asemel tuleb kasutada selle asendajat.',
      en: 'A competency retired from the catalogue should be replaced by its successor.',
    },
  },
  (ctx, report) => {
    const catalogue = ctx.catalogue;
    if (!catalogue) return;
    for (const c of ctx.jd.competencies) {
      const match = matchCompetency(catalogue, c);
      if (!match || match.entry.status !== 'retired') continue;
      const replacement = catalogue.competencies.find((e) => e.id === match.entry.replacedBy && e.status === 'active');
      const place = placeOf(ctx.jd, c.block);
      const lang = match.lang;
      report({
        message: messageAt(
          place.name,
          replacement
            ? {
                et: `Kompetents „${c.name}“ on kataloogist eemaldatud (versioon ${match.entry.changedIn}). Kasutage selle asemel kompetentsi „${replacement.name.et}“ ja kustutage vana tekst.`,
                en: `The competency "${c.name}" has been retired from the catalogue (version ${match.entry.changedIn}). Use "${replacement.name.en}" instead and delete the old text.`,
              }
            : {
                et: `Kompetents „${c.name}“ on kataloogist eemaldatud (versioon ${match.entry.changedIn}). Kustutage see või valige kataloogist muu kompetents.`,
                en: `The competency "${c.name}" has been retired from the catalogue (version ${match.entry.changedIn}). Delete it or choose another competency from the catalogue.`,
              },
        ),
        section: place.section ?? 'nouded',
        subject: c.name,
        block: c.block,
        text: c.name,
        fix: replacement
          ? {
              description: {
                et: `Lisa „${replacement.name.et}“ selle järele`,
                en: `Insert "${replacement.name.en}" after it`,
              },
              edits: [
                {
                  kind: 'insert',
                  at: { after: competencyEnd(c, ctx.snapshot) },
                  plan: competencyPlan(replacement, catalogue.version, lang),
                },
              ],
            }
          : undefined,
      });
    }
  },
);
