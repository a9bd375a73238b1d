import { defineRule } from './define';
import { blockText, foundSection, sectionName } from './places';

/** The purpose section must say why the position exists. */
export const purposeEmpty = defineRule(
  {
    id: 'purpose-empty',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Ameti- või töökoha eesmärk peab olema kirjas.',
      en: 'The purpose of the position must be written.',
    },
  },
  (ctx, report) => {
    const section = foundSection(ctx.jd, 'eesmark');
    // A missing section is reported by section-missing.
    if (!section?.found || section.block === undefined) return;
    if (ctx.jd.purpose && ctx.jd.purpose.value.trim() !== '') return;
    const name = sectionName(section);
    report({
      message: {
        et: `${name.et} on tühi. Kirjutage ühe-kahe lausega, milleks see koht on loodud.`,
        en: `${name.en} is empty. Write in a sentence or two why the position exists.`,
      },
      section: 'eesmark',
      block: section.block,
      text: section.heading ?? blockText(ctx, section.block),
    });
  },
);
