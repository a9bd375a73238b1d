import { foldLabel, splitNumber } from '../normalize';
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
    for (const block of ctx.snapshot.blocks) {
      if (block.kind !== 'paragraph') continue;
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
