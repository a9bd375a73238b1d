import type { Competency } from '../model';
import { defineRule } from './define';
import { blockText, messageAt, placeOf } from './places';
import { competencyKey } from './competency-names';

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
    const seen = new Map<string, Competency>();
    for (const c of ctx.jd.competencies) {
      const key = competencyKey(c.name);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
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
