import type { FieldDef } from '../profile-types';
import { splitNumber } from '../normalize';
import type { RuleContext } from './rule';
import { defineRule } from './define';
import { blockText, DOCUMENT, firstBlock, foundSection, messageAt, sectionName } from './places';

/**
 * Part 1: the position, the manager and the substitute are given (in a field, or the position in the
 * title), and no part-1 label is left without its value.
 */
export const fieldEmpty = defineRule(
  {
    id: 'field-empty',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Ametijuhendis on kirjas ametikoht, vahetu juht ja asendaja, ning ükski üldosa väli pole täitmata.',
      en: 'The job description names the position, the line manager and the substitute, and no general field is left empty.',
    },
  },
  (ctx, report) => {
    const uldosa = foundSection(ctx.jd, 'uldosa');
    const place = uldosa?.found ? sectionName(uldosa) : DOCUMENT;
    for (const def of ctx.profile.fields) {
      const field = ctx.jd.fields[def.id];
      if (field && field.value.trim() !== '') continue;
      if (!field && !def.required) continue;
      const block = field?.block ?? uldosa?.block ?? firstBlock(ctx);
      report({
        message: field
          ? messageAt(place, {
              et: `väli ${labelAt(ctx, field.block, def, '„', '“')} on täitmata. Kirjutage sinna väärtus.`,
              en: `field ${labelAt(ctx, field.block, def, '"', '"')} is empty. Fill it in.`,
            })
          : messageAt(place, MISSING[def.id] ?? {
              et: `„${def.label}“ on märkimata. Lisage see üldossa.`,
              en: `"${def.label}" is not given. Add it to the general part.`,
            }),
        section: 'uldosa',
        subject: def.id,
        block,
        text: blockText(ctx, block),
      });
    }
  },
);

const MISSING: Partial<Record<FieldDef['id'], { et: string; en: string }>> = {
  ametinimetus: {
    et: 'ametikoha nimetus on märkimata. Lisage see üldossa (nt „Ametinimetus: nõunik“) või pealkirja.',
    en: 'the position is not named. Add it to the general part (e.g. "Ametinimetus: nõunik") or to the title.',
  },
  vahetu_juht: {
    et: 'vahetu juht on märkimata. Lisage üldossa, kellele ta allub (nt „Vahetu juht: osakonna juhataja“).',
    en: 'the line manager is not given. Add to the general part whom the position reports to (e.g. "Vahetu juht: osakonna juhataja").',
  },
  asendaja: {
    et: 'asendaja on märkimata. Lisage üldossa, kes asendab teda tema äraolekul (nt „Asendaja: nõunik“).',
    en: 'the substitute is not given. Add to the general part who stands in during absence (e.g. "Asendaja: nõunik").',
  },
};

/** The label as the document writes it, quoted after its number: 1.4. „Asendaja“ (else the profile's). */
function labelAt(ctx: RuleContext, block: number, def: FieldDef, open: string, close: string): string {
  const text = blockText(ctx, block).trim().replace(/[:\s]+$/, '');
  if (!text || text.length > 60) return `${open}${def.label}${close}`;
  const { number, rest } = splitNumber(text);
  return `${number ? `${number} ` : ''}${open}${rest}${close}`;
}
