import { foldLabel, splitNumber } from '../normalize';
import type { SectionId } from '../profile-types';
import { defineRule, sectionName } from './util';

/**
 * A section heading appears once. A second numbered heading (or heading-styled paragraph) with a
 * section's title or synonym is reported; unnumbered plain lines such as the duties table's
 * "Põhiülesanded" are not headings.
 */
export const sectionDuplicate = defineRule(
  {
    id: 'section-duplicate',
    severity: 'error',
    description: {
      et: 'Iga osa on dokumendis üks kord.',
      en: 'Each section appears once in the document.',
    },
  },
  (ctx, report) => {
    const byTitle = new Map<string, SectionId>();
    for (const def of ctx.profile.sections) {
      for (const t of [def.title, ...def.synonyms]) if (!byTitle.has(foldLabel(t))) byTitle.set(foldLabel(t), def.id);
    }
    for (const block of ctx.snapshot.blocks) {
      if (block.kind !== 'paragraph') continue;
      const heading = block.number || (block.headingLevel && block.headingLevel <= 2);
      if (!heading && !/^\s*\d/.test(block.text)) continue; // cheap test before splitting the number off
      const { number, rest } = splitNumber(block.text);
      if (!number && !block.number && !(block.headingLevel && block.headingLevel <= 2)) continue;
      const id = byTitle.get(foldLabel(rest));
      const found = ctx.jd.sections.find((s) => s.id === id && s.found && s.block !== undefined);
      if (!found || found.block === block.index) continue;
      const name = sectionName(found);
      report({
        message: {
          et: `${name.et} on dokumendis mitu korda (pealkiri „${block.text.trim()}“). Jätke alles üks osa ja tõstke selle sisu sinna.`,
          en: `${name.en} appears more than once (heading "${block.text.trim()}"). Keep one section and move the content into it.`,
        },
        section: found.id,
        block: block.index,
        text: block.text,
      });
    }
  },
);
