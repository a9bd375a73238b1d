import { defineRule } from './define';
import { blockText, messageAt, placeOf } from './places';
import { repeatedCompetencies } from './competency-names';

const GROUP = {
  standard: { et: 'tööks vajalike kompetentside', en: 'required competencies' },
  additional: { et: 'täiendavate kompetentside', en: 'additional competencies' },
};

/** A competency is listed once; a second entry (even with other text) is reported. */
export const competencyDuplicate = defineRule(
  {
    id: 'competency-duplicate',
    severity: 'warning',
    layer: 'house',
    houseRule: 'competencyOnce',
    description: {
      et: 'Sama kompetents ei ole loetletud kaks korda.',
      en: 'The same competency is not listed twice.',
    },
  },
  (ctx, report) => {
    for (const { repeat: c, first } of repeatedCompetencies(ctx.jd.competencies)) {
      const place = placeOf(ctx.jd, c.block);
      const where = first.group === c.group ? { et: 'samas rühmas', en: 'in the same group' } : { et: `${GROUP[first.group].et} all`, en: `under ${GROUP[first.group].en}` };
      const as = first.name === c.name ? { et: '', en: '' } : { et: ` („${first.name}“)`, en: ` ("${first.name}")` };
      report({
        message: messageAt(place.name, {
          et: `kompetents „${c.name}“ on juba loetletud ${where.et}${as.et}. Jätke alles üks ja ühendage tekstid.`,
          en: `the competency "${c.name}" is already listed ${where.en}${as.en}. Keep one and merge the texts.`,
        }),
        section: place.section ?? 'nouded',
        subject: c.name,
        block: c.block,
        text: blockText(ctx, c.block),
      });
    }
  },
);
