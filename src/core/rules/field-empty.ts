import { foldLabel, splitNumber } from '../normalize';
import type { FieldDef } from '../profile-types';
import type { RuleContext } from './rule';
import { blockText, defineRule, foundSection, sectionName } from './util';

/** Required part-1 fields (1.1 Ametinimetus …) must be there and filled in. */
export const fieldEmpty = defineRule(
  {
    id: 'field-empty',
    severity: 'error',
    description: {
      et: 'Üldosa kohustuslikud väljad (nt 1.1 Ametinimetus, 1.3 Vahetu juht) peavad olema täidetud.',
      en: 'The required general fields (e.g. 1.1 job title, 1.3 line manager) must be filled in.',
    },
  },
  (ctx, report) => {
    const uldosa = foundSection(ctx.jd, 'uldosa');
    // Without part 1 there are no fields to check; section-missing says so.
    if (!uldosa?.found || uldosa.block === undefined) return;
    const name = sectionName(uldosa);
    for (const def of ctx.profile.fields) {
      if (!def.required) continue;
      const field = ctx.jd.fields[def.id];
      if (field && field.value.trim() !== '') continue;
      const label = field?.block ?? labelBlock(ctx, def, uldosa.block, uldosa.endBlock ?? uldosa.block);
      const block = label ?? uldosa.block;
      report({
        message:
          label !== undefined
            ? {
                et: `${name.et}: väli ${def.number} „${def.label}“ on täitmata. Kirjutage sinna väärtus.`,
                en: `${name.en}: field ${def.number} "${def.label}" is empty. Fill it in.`,
              }
            : {
                et: `${name.et}: väli ${def.number} „${def.label}“ puudub. Lisage see koos väärtusega.`,
                en: `${name.en}: field ${def.number} "${def.label}" is missing. Add it with its value.`,
              },
        section: 'uldosa',
        block,
        text: blockText(ctx, block),
      });
    }
  },
);

/** The block holding the field's label ("1.3 Vahetu juht", "Asendaja:"), if it is there. */
function labelBlock(ctx: RuleContext, def: FieldDef, from: number, to: number): number | undefined {
  const labels = new Set([def.label, ...def.synonyms].map(foldLabel));
  for (let i = from; i <= to; i++) {
    const rest = splitNumber(blockText(ctx, i)).rest;
    if (labels.has(foldLabel(rest)) || labels.has(foldLabel(rest.split(':')[0]))) return i;
  }
  return undefined;
}
