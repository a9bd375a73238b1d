import type { Edit } from '../content';
import type { SectionHeading } from '../model';
import type { RuleContext } from './rule';
import { defineRule, type Reporter } from './define';
import { DOCUMENT, messageAt, sectionName } from './places';
import { replaceAt } from './edits';
import { bareNumber, numberParts } from '../numbers';

/**
 * Section numbers run in sequence (1, 2, 3 …, or I, II, III …), whatever sections the document has:
 * an extra section shifts the following numbers without error. One finding for a break, with a fix
 * for typed numbers when the sections' own sub-numbers do not carry the old number. Under the house
 * rule `numbering` the headings carry the profile's numbers.
 */
export const sectionNumbering = defineRule(
  {
    id: 'section-numbering',
    severity: 'warning',
    layer: 'consistency',
    description: {
      et: 'Osade pealkirjad on nummerdatud järjest (1., 2., 3. …).',
      en: 'Section headings are numbered in sequence (1., 2., 3. …).',
    },
  },
  (ctx, report) => {
    if (ctx.houseRules.numbering) {
      profileNumbers(ctx, report);
      return;
    }
    // A gap where a required section is missing is that section's finding (section-missing), not another one.
    const missing = ctx.profile.sections.filter((d) => d.required && !ctx.jd.sections.some((s) => s.id === d.id && (s.found || s.evidence !== undefined))).length;
    const numbered = ctx.jd.headings
      .map((h) => ({ h, n: numberParts(h.writtenNumber) }))
      .filter((x): x is { h: SectionHeading; n: number[] } => x.n !== undefined && x.n.length === 1);
    for (let i = 1; i < numbered.length; i++) {
      const expected = numbered[i - 1].n[0] + 1;
      const { h, n } = numbered[i];
      if (n[0] === expected || (n[0] > expected && n[0] - expected <= missing)) continue;
      // "4. ÕIGUSED", "VASTUTUS", "6. TÖÖVAHENDID": the heading between lacks its number.
      const between = ctx.jd.headings.filter((x) => x.block > numbered[i - 1].h.block && x.block < h.block && x.writtenNumber === undefined && x.sections.length > 0);
      if (between.length === 1 && n[0] === expected + 1) {
        unnumbered(ctx, between[0], expected, report);
        continue;
      }
      const wrong = numbered.slice(i).map((x, k) => ({ h: x.h, right: expected + k })).filter((x, k) => numbered[i + k].n[0] !== x.right);
      report({
        message: messageAt(DOCUMENT, {
          et: `osade numbrid ei ole järjest: pärast „${numbered[i - 1].h.text}“ tuleb „${h.text}“. Nummerdage osad järjest (praegu ${numbered.map((x) => bareNumber(x.h.writtenNumber!)).join(', ')}).`,
          en: `section numbers are out of sequence: "${h.text}" follows "${numbered[i - 1].h.text}". Number the sections in sequence (now ${numbered.map((x) => bareNumber(x.h.writtenNumber!)).join(', ')}).`,
        }),
        section: h.sections[0],
        block: h.block,
        text: h.text,
        fix: renumberFix(ctx, wrong),
      });
      return;
    }
  },
);

/** A heading without its number in a numbered sequence: the fix types the number in. */
function unnumbered(ctx: RuleContext, h: SectionHeading, number: number, report: Reporter): void {
  const block = ctx.snapshot.blocks[h.block];
  const text = block?.text ?? h.text;
  const start = text.search(/\S/);
  const word = /^\S+/.exec(text.slice(Math.max(start, 0)))?.[0] ?? '';
  report({
    message: messageAt(DOCUMENT, {
      et: `pealkirjal „${h.text}“ puudub number, kuigi teised osad on nummerdatud. Kirjutage pealkirja ette „${number}.“.`,
      en: `the heading "${h.text}" has no number, though the other sections have. Write "${number}." before it.`,
    }),
    section: h.sections[0],
    subject: h.sections[0],
    block: h.block,
    text: h.text,
    fix:
      block && block.number === undefined && start >= 0 && word
        ? { description: { et: `Pane pealkirja numbriks „${number}.“`, en: `Number the heading "${number}."` }, edits: [replaceAt(h.block, text, start, start + word.length, `${number}. ${word}`)] }
        : undefined,
  });
}

/** Typed heading numbers set right, unless a section's own sub-numbers ("4.1") carry its old number. */
function renumberFix(ctx: RuleContext, wrong: { h: SectionHeading; right: number }[]) {
  const edits: Edit[] = [];
  for (const { h, right } of wrong) {
    const block = ctx.snapshot.blocks[h.block];
    const written = h.writtenNumber?.trim();
    if (!block || block.number !== undefined || h.automatic || !written || !/^\d+\.?$/.test(written)) return undefined;
    const old = bareNumber(written);
    const end = ctx.jd.headings.find((x) => x.block > h.block)?.block ?? ctx.snapshot.blocks.length;
    const subNumbered = ctx.snapshot.blocks.slice(h.block + 1, end).some((b) => b.text.trim().startsWith(`${old}.`) && /^\d+\.\d/.test(b.text.trim()));
    if (subNumbered) return undefined;
    const start = block.text.indexOf(written);
    if (start < 0 || block.text.slice(0, start).trim() !== '') return undefined;
    edits.push(replaceAt(h.block, block.text, start, start + written.length, `${right}${written.endsWith('.') ? '.' : ''}`));
  }
  if (edits.length === 0) return undefined;
  return { description: { et: 'Nummerda osad järjest', en: 'Number the sections in sequence' }, edits };
}

/** House rule: each heading carries the profile's number (later ones may move up when optional sections are left out). */
function profileNumbers(ctx: RuleContext, report: Reporter): void {
  let rank = 0;
  for (const def of ctx.profile.sections) {
    const s = ctx.jd.sections.find((x) => x.id === def.id && x.found && x.block !== undefined);
    if (s || def.required || ctx.houseRules.requiredSections?.includes(def.id)) rank++;
    if (!s || s.block === undefined) continue;
    const written = s.writtenNumber === undefined ? undefined : bareNumber(s.writtenNumber);
    if (written === def.number || written === String(rank)) continue;
    const name = sectionName(def);
    const heading = (s.heading ?? '').trim();
    const block = ctx.snapshot.blocks[s.block];
    const text = block?.text ?? '';
    const number = s.writtenNumber?.trim();
    const right = def.number + (number?.endsWith('.') ?? true ? '.' : '');
    const start = number === undefined ? text.search(/\S/) : text.indexOf(number);
    const fixable = !block?.number && start >= 0 && text.slice(0, start).trim() === '';
    const word = /^\S+/.exec(text.slice(Math.max(start, 0)))?.[0] ?? '';
    report({
      message:
        written === undefined
          ? {
              et: `${name.et}: pealkirjal „${heading}“ puudub number. Kirjutage pealkirja ette „${def.number}.“.`,
              en: `${name.en}: the heading "${heading}" has no number. Write "${def.number}." before it.`,
            }
          : {
              et: `${name.et}: pealkirja number on „${number}“, peab olema „${right}“. Parandage number.`,
              en: `${name.en}: the heading is numbered "${number}" but should be "${right}". Correct the number.`,
            },
      section: def.id,
      subject: def.id,
      block: s.block,
      text: heading,
      fix: fixable
        ? {
            description: { et: `Pane pealkirja numbriks „${right}“`, en: `Number the heading "${right}"` },
            edits: [
              number === undefined
                ? replaceAt(s.block, text, start, start + word.length, `${right} ${word}`)
                : replaceAt(s.block, text, start, start + number.length, right),
            ],
          }
        : undefined,
    });
  }
}
