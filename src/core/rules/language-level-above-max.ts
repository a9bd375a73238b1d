import { defineRule } from './define';
import { blockText, messageAt, placeOf } from './places';
import { findStem } from './text-match';
import { replaceAt } from './edits';
import { CEFR_LEVELS, ESTONIAN_MAX_LEVEL, isEstonian } from './language';

/** An employer may not require Estonian above C1 (the highest state exam level). */
export const languageLevelAboveMax = defineRule(
  {
    id: 'language-level-above-max',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Eesti keele oskust ei tohi nõuda kõrgemal kui C1-tasemel.',
      en: 'Estonian may not be required above level C1.',
    },
  },
  (ctx, report) => {
    const max = CEFR_LEVELS.indexOf(ESTONIAN_MAX_LEVEL);
    for (const req of ctx.jd.requirements.languages) {
      const level = req.level?.trim().toUpperCase();
      if (!level || !isEstonian(req)) continue;
      const rank = (CEFR_LEVELS as readonly string[]).indexOf(level);
      if (rank <= max) continue;
      const place = placeOf(ctx.jd, req.block);
      const text = blockText(ctx, req.block);
      const hit = findStem(text, req.level as string, true)[0];
      report({
        message: messageAt(place.name, {
          et: `eesti keele nõutav tase on ${level}, kuid tööandja võib nõuda kõige rohkem taset ${ESTONIAN_MAX_LEVEL}. Muutke tase ${ESTONIAN_MAX_LEVEL}-ks.`,
          en: `Estonian is required at ${level}, but an employer may require at most ${ESTONIAN_MAX_LEVEL}. Change the level to ${ESTONIAN_MAX_LEVEL}.`,
        }),
        section: place.section,
        block: req.block,
        text: text || req.text,
        fix:
          hit
            ? {
                description: { et: `Muuda tase ${ESTONIAN_MAX_LEVEL}-ks`, en: `Change the level to ${ESTONIAN_MAX_LEVEL}` },
                edits: [replaceAt(req.block, text, hit.start, hit.end, ESTONIAN_MAX_LEVEL)],
              }
            : undefined,
      });
    }
  },
);
