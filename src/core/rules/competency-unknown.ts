import { matchCompetency } from '../catalogue/match';
import { createSearchIndex, type SearchIndex } from '../catalogue/search';
import type { Catalogue } from '../catalogue/types';
import { defineRule } from './define';
import { messageAt, placeOf } from './places';

const indexes = new WeakMap<Catalogue, SearchIndex>();

/** A competency the catalogue does not know; suggests the closest catalogue entry. */
export const competencyUnknown = defineRule(
  {
    id: 'competency-unknown',
    severity: 'info',
    layer: 'house',
    houseRule: 'catalogueCompetencies',
    description: {
      et: 'Dokumendi kompetents, mida kataloogis ei ole.',
      en: 'A competency in the document that is not in the catalogue.',
    },
  },
  (ctx, report) => {
    const catalogue = ctx.catalogue;
    if (!catalogue) return;
    let index = indexes.get(catalogue);
    for (const c of ctx.jd.competencies) {
      if (matchCompetency(catalogue, c)) continue;
      if (!index) {
        index = createSearchIndex(catalogue, 'et');
        indexes.set(catalogue, index);
      }
      const near = index.search(c.name).find((e) => e.status === 'active');
      const place = placeOf(ctx.jd, c.block);
      report({
        message: messageAt(place.name, {
          et:
            `Kompetentsi „${c.name}“ ei ole kataloogis (versioon ${catalogue.version}). ` +
            (near ? `Sarnane kataloogis: „${near.name.et}“. ` : '') +
            'Kontrollige nime või kasutage kataloogi kompetentsi.',
          en:
            `The competency "${c.name}" is not in the catalogue (version ${catalogue.version}). ` +
            (near ? `Similar in the catalogue: "${near.name.en}". ` : '') +
            'Check the name or use a catalogue competency.',
        }),
        section: place.section ?? 'nouded',
        subject: c.name,
        block: c.block,
        text: c.name,
      });
    }
  },
);
