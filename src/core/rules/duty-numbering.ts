import type { Duty } from '../model';
import type { RuleContext } from './rule';
import { defineRule, type Reporter } from './define';
import { blockText, foundSection, sectionNameById } from './places';
import { replaceAt } from './edits';
import { bareNumber, numberParts } from '../numbers';

/**
 * Typed duty numbers run in sequence (3.1, 3.2, … or 1, 2, …): a gap or a repeat is one finding, and
 * the numbers after it are judged from there, so a shift is reported once. A list that starts again
 * at 1 (a second table of "Lisaülesanded") is a new list. A fix changes typed numbers only, never
 * Word's automatic ones. Under the house rule `numbering` all numbers also take one style ("3.1" or "3.1.").
 */
export const dutyNumbering = defineRule(
  {
    id: 'duty-numbering',
    severity: 'warning',
    layer: 'consistency',
    description: {
      et: 'Põhiülesannete numbrid on järjest (3.1, 3.2, …), ilma lünkade ja kordusteta.',
      en: 'Main duties are numbered in sequence (3.1, 3.2, …), without gaps or repeats.',
    },
  },
  (ctx, report) => {
    const duties = ctx.jd.duties.filter((d) => d.number.trim() !== '');
    const name = sectionNameById(ctx, 'ulesanded');
    let previous: number[] | undefined;
    duties.forEach((duty, i) => {
      const n = numberParts(duty.number);
      if (!n) return;
      const last = n[n.length - 1];
      const expected = previous && samePrefix(previous, n) ? previous[previous.length - 1] + 1 : undefined;
      previous = n;
      if (expected === undefined || last === expected || last === 1) return;
      const dot = duty.number.trim().endsWith('.') ? '.' : '';
      const right = [...n.slice(0, -1), expected].join('.') + dot;
      // One mistyped number (the next one goes on as if it were right) is corrected alone; a shift renumbers the rest.
      const next = numberParts(duties[i + 1]?.number);
      const typo = next !== undefined && samePrefix(next, n) && next[next.length - 1] === expected + 1;
      if (typo) previous = [...n.slice(0, -1), expected];
      report({
        message: {
          et: `${name.et}: ülesande number „${duty.number.trim()}“ ei ole järjekorras (eelmine on „${duties[i - 1].number.trim()}“). Nummerdage ülesanded järjest.`,
          en: `${name.en}: the duty number "${duty.number.trim()}" is out of sequence (the one before is "${duties[i - 1].number.trim()}"). Number the duties in sequence.`,
        },
        section: 'ulesanded',
        subject: duty.number.trim(),
        block: duty.block,
        text: blockText(ctx, duty.block),
        fix: renumberFrom(ctx, typo ? [duty] : duties.slice(i), right),
      });
    });
    if (ctx.houseRules.numbering) oneStyle(ctx, duties, report);
  },
);

const samePrefix = (a: number[], b: number[]): boolean => a.length === b.length && a.slice(0, -1).every((x, k) => x === b[k]);

/** True when some paragraph carries a sub-number of this duty's ("3.2.1" under "3.2"), which renumbering would leave behind. */
function hasSubNumbers(ctx: RuleContext, number: string): boolean {
  const prefix = `${number.replace(/\.$/, '')}.`;
  return ctx.snapshot.blocks.some((b) => b.text.trim().startsWith(prefix) && /^\d/.test(b.text.trim().slice(prefix.length)));
}

/**
 * Renumbers the typed numbers of these duties from `first` on, each the next; only when every one is
 * at the start of its paragraph and none has sub-numbers of its own that would be left behind.
 */
function renumberFrom(ctx: RuleContext, duties: Duty[], first: string) {
  const parts = numberParts(first)!;
  const dot = first.endsWith('.') ? '.' : '';
  const edits = [];
  let k = parts[parts.length - 1];
  for (const duty of duties) {
    const n = numberParts(duty.number);
    if (!n || !samePrefix(n, parts)) break;
    const right = [...parts.slice(0, -1), k].join('.') + dot;
    k++;
    if (duty.number.trim() === right) continue;
    const block = ctx.snapshot.blocks[duty.block];
    const written = duty.number.trim();
    if (hasSubNumbers(ctx, written)) return undefined;
    const start = block?.text.indexOf(written) ?? -1;
    if (!block || start < 0 || block.text.slice(0, start).trim() !== '') return undefined;
    edits.push(replaceAt(duty.block, block.text, start, start + written.length, right));
  }
  if (edits.length === 0) return undefined;
  const description =
    edits.length === 1
      ? { et: `Pane numbriks „${first}“`, en: `Set the number to "${first}"` }
      : { et: `Nummerda ülesanded järjest alates „${first}“`, en: `Number the duties in sequence from "${first}"` };
  return { description, edits };
}

/** House rule: one style for all duty numbers, the more common one ("3.1" or "3.1."), with the section's number. */
function oneStyle(ctx: RuleContext, duties: Duty[], report: Reporter): void {
  if (duties.length === 0) return;
  const dotted = duties.filter((d) => d.number.trim().endsWith('.')).length;
  const dot = dotted * 2 > duties.length || (dotted * 2 === duties.length && duties[0].number.trim().endsWith('.'));
  const section = foundSection(ctx.jd, 'ulesanded');
  const prefix = section?.writtenNumber ? bareNumber(section.writtenNumber) : undefined;
  const name = sectionNameById(ctx, 'ulesanded');
  for (const duty of duties) {
    const written = duty.number.trim();
    const n = numberParts(written);
    if (!n || n.length < 2) continue;
    const styled = written.endsWith('.') === dot;
    const prefixed = prefix === undefined || String(n[0]) === prefix;
    if (styled && prefixed) continue;
    const right = `${prefix ?? n[0]}.${n.slice(1).join('.')}${dot ? '.' : ''}`;
    const block = ctx.snapshot.blocks[duty.block];
    const start = block?.text.indexOf(written) ?? -1;
    report({
      message: {
        et: `${name.et}: ülesande number on „${written}“, peab olema „${right}“. Parandage number.`,
        en: `${name.en}: the duty is numbered "${written}" but should be "${right}". Correct the number.`,
      },
      section: 'ulesanded',
      subject: written,
      block: duty.block,
      text: blockText(ctx, duty.block),
      fix:
        block && block.number === undefined && start >= 0 && block.text.slice(0, start).trim() === ''
          ? { description: { et: `Pane numbriks „${right}“`, en: `Set the number to "${right}"` }, edits: [replaceAt(duty.block, block.text, start, start + written.length, right)] }
          : undefined,
    });
  }
}
