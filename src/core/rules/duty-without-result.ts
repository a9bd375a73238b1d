import { defineRule } from './define';
import { blockText, sectionNameById } from './places';

/**
 * A duties table with a column for the expected results has none left blank: the document sets
 * that standard itself. Under the house rule `dutyResults` every duty states its result, in any layout.
 */
export const dutyWithoutResult = defineRule(
  {
    id: 'duty-without-result',
    severity: 'warning',
    layer: 'consistency',
    description: {
      et: 'Kui ülesannete tabelis on tulemuste veerg, on see igal real täidetud.',
      en: 'When the duties table has a results column, it is filled in on every row.',
    },
  },
  (ctx, report) => {
    const name = sectionNameById(ctx, 'ulesanded');
    const everyDuty = ctx.houseRules.dutyResults === true;
    for (const duty of ctx.jd.duties) {
      if (duty.results.some((r) => r.trim() !== '')) continue;
      if (!everyDuty && !(ctx.jd.resultsColumn && duty.resultCell)) continue;
      const number = duty.number.trim().replace(/\.$/, '');
      const which = number || `„${shorten(duty.task)}“`;
      const where = duty.resultCell ? { et: 'Lisage see tulemuste veergu.', en: 'Add it in the results column.' } : { et: 'Kirjutage see ülesande juurde.', en: 'Write it with the duty.' };
      report({
        message: {
          et: `${name.et}: ülesandel ${which} puudub oodatav tulemus. ${where.et}`,
          en: `${name.en}: duty ${which.replace(/[„“]/g, '"')} has no expected result. ${where.en}`,
        },
        section: 'ulesanded',
        subject: number || duty.task,
        block: duty.block,
        text: blockText(ctx, duty.block),
      });
    }
  },
);

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47).trimEnd()}…` : text;
}
