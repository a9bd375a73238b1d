import { DUTY_TABLE_HEADER } from '../plans';
import { blockText, defineRule, sectionNameById } from './util';

/** Every duty in the duties table needs an expected result. */
export const dutyWithoutResult = defineRule(
  {
    id: 'duty-without-result',
    severity: 'warning',
    description: {
      et: 'Igal põhiülesandel peab olema oodatav tulemus.',
      en: 'Every main duty must have an expected result.',
    },
  },
  (ctx, report) => {
    const name = sectionNameById(ctx, 'ulesanded');
    const column = DUTY_TABLE_HEADER[1];
    for (const duty of ctx.jd.duties) {
      if (duty.results.some((r) => r.trim() !== '')) continue;
      const number = duty.number.trim().replace(/\.$/, '');
      report({
        message: {
          et: `${name.et}: ülesandel ${number} puudub oodatav tulemus. Lisage tulemus veergu „${column}“.`,
          en: `${name.en}: duty ${number} has no expected result. Add the result in the "${column}" column.`,
        },
        section: 'ulesanded',
        block: duty.block,
        text: blockText(ctx, duty.block),
      });
    }
  },
);
