import { at, blockText, defineRule, foundSection, placeOf, sectionName } from './util';
import { isEstonian, languageName } from './language';

/**
 * Each language requirement states a level, and the Estonian requirement is there at all
 * (the Language Act makes the level of Estonian a requirement of every public-sector post).
 */
export const languageLevelMissing = defineRule(
  {
    id: 'language-level-missing',
    severity: 'warning',
    description: {
      et: 'Keeleoskuse nõudes on tase kirjas ja eesti keele nõue on olemas.',
      en: 'Language requirements state a level, and the Estonian requirement is there.',
    },
  },
  (ctx, report) => {
    const langs = ctx.jd.requirements.languages;
    for (const req of langs) {
      if (req.level !== undefined && req.level.trim() !== '') continue;
      const place = placeOf(ctx.jd, req.block);
      const lang = languageName(req);
      report({
        message: at(place.name, {
          et: `${lang.et} oskuse tase on märkimata. Lisage tase (nt „vähemalt tasemel B2“).`,
          en: `no level is given for ${lang.en}. Add the level (e.g. "vähemalt tasemel B2").`,
        }),
        section: place.section,
        block: req.block,
        text: blockText(ctx, req.block) || req.text,
      });
    }
    const nouded = foundSection(ctx.jd, 'nouded');
    if (!nouded?.found || nouded.block === undefined || langs.some(isEstonian)) return;
    const name = sectionName(nouded);
    report({
      message: {
        et: `${name.et}: eesti keele oskuse nõue puudub. Lisage see keeleoskuse alla (nt „Eesti keele valdamine vähemalt tasemel B2.“).`,
        en: `${name.en}: there is no Estonian language requirement. Add one under language skills (e.g. "Eesti keele valdamine vähemalt tasemel B2.").`,
      },
      section: 'nouded',
      block: nouded.block,
      text: nouded.heading ?? blockText(ctx, nouded.block),
    });
  },
);
