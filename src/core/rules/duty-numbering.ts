import type { Duty } from '../model';
import { bareNumber, blockText, defineRule, foundSection, profileSection, replaceAt, sectionNameById } from './util';

/**
 * Duties are numbered under their section without gaps (3.1, 3.2, …), all in one style
 * ("3.1" or "3.1.", with or without the section's number; the more common one in the document wins).
 */
export const dutyNumbering = defineRule(
  {
    id: 'duty-numbering',
    severity: 'warning',
    description: {
      et: 'Põhiülesanded on nummerdatud järjest (3.1, 3.2, …) ja ühtemoodi.',
      en: 'Main duties are numbered in sequence (3.1, 3.2, …) and in one style.',
    },
  },
  (ctx, report) => {
    const duties = ctx.jd.duties;
    if (duties.length === 0) return;
    const section = foundSection(ctx.jd, 'ulesanded');
    const prefix = section?.writtenNumber
      ? bareNumber(section.writtenNumber)
      : (profileSection(ctx.profile, 'ulesanded')?.number ?? '3');
    const dot = majority(duties, (n) => n.endsWith('.'));
    // Some agencies number duties 1, 2, 3 without the section's number; that is fine when most do.
    const plain = majority(duties, (n) => /^\d+\.?$/.test(n));
    const name = sectionNameById(ctx, 'ulesanded');
    duties.forEach((duty, i) => {
      const written = duty.number.trim();
      const right = `${plain ? '' : `${prefix}.`}${i + 1}${dot ? '.' : ''}`;
      if (written === right) return;
      report({
        message: written
          ? {
              et: `${name.et}: ülesande number on „${written}“, peab olema „${right}“. Parandage number.`,
              en: `${name.en}: the duty is numbered "${written}" but should be "${right}". Correct the number.`,
            }
          : {
              et: `${name.et}: ülesandel puudub number. Kirjutage ülesande ette „${right}“.`,
              en: `${name.en}: the duty has no number. Write "${right}" before it.`,
            },
        section: 'ulesanded',
        block: duty.block,
        text: blockText(ctx, duty.block),
        fix: numberFix(ctx.snapshot.blocks[duty.block], duty, right),
      });
    });
  },
);

/** True when more than half of the duty numbers pass `test`; a tie goes with the first duty. */
function majority(duties: Duty[], test: (number: string) => boolean): boolean {
  const yes = duties.filter((d) => test(d.number.trim())).length;
  return yes * 2 > duties.length || (yes * 2 === duties.length && test(duties[0].number.trim()));
}

/** A typed number (not Word's automatic one) at the start of the block can be replaced. */
function numberFix(block: { text: string; number?: string } | undefined, duty: Duty, right: string) {
  if (!block || block.number) return undefined;
  const written = duty.number.trim();
  const start = written ? block.text.indexOf(written) : block.text.search(/\S/);
  if (start < 0 || block.text.slice(0, start).trim() !== '') return undefined;
  return {
    description: { et: `Pane numbriks „${right}“`, en: `Set the number to "${right}"` },
    edits: [replaceAt(duty.block, block.text, start, start + written.length, written ? right : `${right} `)],
  };
}
