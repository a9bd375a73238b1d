import { foldLabel, splitNumber } from '../normalize';
import { oneColumnTables, type Block } from '../snapshot';
import { defineRule } from './define';
import { sectionName } from './places';

/**
 * A section heading appears once: a second numbered heading (or heading-styled paragraph) with the
 * same name as a section's heading is reported. Two headings of one kind under different names
 * ("PÕHIÜLESANDED" and "KOHUSTUSED") are the document's own layout, and plain lines such as the
 * duties table's "Põhiülesanded" are not headings.
 */
export const sectionDuplicate = defineRule(
  {
    id: 'section-duplicate',
    severity: 'error',
    layer: 'consistency',
    description: {
      et: 'Iga osa pealkiri on dokumendis üks kord.',
      en: 'Each section heading appears once in the document.',
    },
  },
  (ctx, report) => {
    const found = ctx.jd.sections.filter((s) => s.found && s.block !== undefined && s.heading);
    const byName = new Map(found.map((s) => [foldLabel(splitNumber(s.heading!).rest), s]));
    const boxes = oneColumnTables(ctx.snapshot.blocks);
    // A heading may stand in a one-column table, or at the head of a form's row ("5. Vastutus | …").
    const rows = new Set(ctx.snapshot.blocks.filter((b) => b.table && b.table.col > 0).map((b) => `${b.table!.table}:${b.table!.row}`));
    const rowHead = (b: Block) => b.table!.col === 0 && rows.has(`${b.table!.table}:${b.table!.row}`);
    for (const block of ctx.snapshot.blocks) {
      if (block.kind !== 'paragraph' && !(block.table && (boxes.has(block.table.table) || rowHead(block)))) continue;
      const heading = block.number !== undefined || (block.headingLevel !== undefined && block.headingLevel <= 2);
      if (!heading && !/^\s*\d/.test(block.text)) continue; // cheap test before splitting the number off
      const { number, rest } = splitNumber(block.text);
      if (number === undefined && !heading) continue;
      const section = byName.get(foldLabel(rest));
      if (!section || section.block === block.index) continue;
      const name = sectionName(section);
      report({
        message: {
          et: `${name.et} on dokumendis mitu korda (pealkiri „${block.text.trim()}“). Jätke alles üks osa ja tõstke selle sisu sinna.`,
          en: `${name.en} appears more than once (heading "${block.text.trim()}"). Keep one section and move the content into it.`,
        },
        section: section.id,
        subject: section.id,
        block: block.index,
        text: block.text,
      });
    }
  },
);
