import { bareNumber, defineRule, replaceAt, sectionName } from './util';

/**
 * Section headings carry the profile's numbers ("3." or "3"). When optional sections are left
 * out, the later ones may move up a number; that is accepted too.
 */
export const sectionNumbering = defineRule(
  {
    id: 'section-numbering',
    severity: 'warning',
    description: {
      et: 'Osade pealkirjade numbrid peavad olema õiged (1., 2., 3. …).',
      en: 'Section headings must carry the right numbers (1., 2., 3. …).',
    },
  },
  (ctx, report) => {
    let rank = 0;
    for (const def of ctx.profile.sections) {
      const s = ctx.jd.sections.find((x) => x.id === def.id && x.found && x.block !== undefined);
      if (s || def.required) rank++;
      if (!s || s.block === undefined) continue;
      const written = s.writtenNumber === undefined ? undefined : bareNumber(s.writtenNumber);
      if (written === def.number || written === String(rank)) continue;
      const name = sectionName(def);
      const heading = s.heading ?? ctx.snapshot.blocks[s.block]?.text ?? '';
      const block = ctx.snapshot.blocks[s.block];
      const text = block?.text ?? '';
      // A typed number can be corrected (or a missing one typed in); an automatic list number only by hand.
      const number = s.writtenNumber?.trim();
      const dot = number?.endsWith('.') ?? true;
      const right = def.number + (dot ? '.' : '');
      const start = number === undefined ? text.search(/\S/) : text.indexOf(number);
      const fixable = !block?.number && start >= 0 && text.slice(0, start).trim() === '';
      const fix = fixable
        ? {
            description: { et: `Pane pealkirja numbriks „${right}“`, en: `Number the heading "${right}"` },
            edits: [
              number === undefined
                ? replaceAt(s.block, text, start, start + firstWord(text, start).length, `${right} ${firstWord(text, start)}`)
                : replaceAt(s.block, text, start, start + number.length, right),
            ],
          }
        : undefined;
      report({
        message:
          written === undefined
            ? {
                et: `${name.et}: pealkirjal „${heading.trim()}“ puudub number. Kirjutage pealkirja ette „${def.number}.“.`,
                en: `${name.en}: the heading "${heading.trim()}" has no number. Write "${def.number}." before it.`,
              }
            : {
                et: `${name.et}: pealkirja number on „${number}“, peab olema „${right}“. Parandage number.`,
                en: `${name.en}: the heading is numbered "${number}" but should be "${right}". Correct the number.`,
              },
        section: def.id,
        block: s.block,
        text: heading,
        fix,
      });
    }
  },
);

function firstWord(text: string, start: number): string {
  return /^\S+/.exec(text.slice(start))?.[0] ?? '';
}
