import { defineRule } from './define';
import { blockText, messageAt, placeOf } from './places';
import { isCefrLevel, languageName } from './language';

/** Language levels are CEFR levels A1–C2. */
export const languageLevelInvalid = defineRule(
  {
    id: 'language-level-invalid',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Keeleoskuse tase peab olema Euroopa keeleoskuse raamdokumendi tase A1–C2.',
      en: 'A language level must be a CEFR level A1–C2.',
    },
  },
  (ctx, report) => {
    for (const req of ctx.jd.requirements.languages) {
      if (req.level === undefined || isCefrLevel(req.level)) continue;
      const place = placeOf(ctx.jd, req.block);
      const lang = languageName(req);
      report({
        message: messageAt(place.name, {
          et: `${lang.et} tase „${req.level}“ ei ole keeleoskustase. Kasutage taset A1, A2, B1, B2, C1 või C2.`,
          en: `the ${lang.en} level "${req.level}" is not a language level. Use A1, A2, B1, B2, C1 or C2.`,
        }),
        section: place.section,
        block: req.block,
        text: blockText(ctx, req.block) || req.text,
      });
    }
  },
);
