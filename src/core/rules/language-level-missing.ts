import type { LanguageRequirement } from '../model';
import { defineRule } from './define';
import { blockText, foundSection, messageAt, placeOf, sectionName } from './places';
import { isEstonian, languageName } from './language';

const hasLevel = (req: LanguageRequirement): boolean => (req.level ?? '').trim() !== '' || req.levelWord !== undefined;

/**
 * The requirements state the level of Estonian (the Language Act makes it a requirement of every
 * public-sector position): "C1", "B2", a level in words ("kõrgtase") or "emakeel". Without a
 * requirements section, section-missing says so and this rule says nothing more. Under the house
 * rule `languageLevels` every language requirement states its level.
 */
export const languageLevelMissing = defineRule(
  {
    id: 'language-level-missing',
    severity: 'warning',
    layer: 'common',
    description: {
      et: 'Nõuetes on eesti keele oskuse tase.',
      en: 'The requirements state the level of Estonian.',
    },
  },
  (ctx, report) => {
    const nouded = foundSection(ctx.jd, 'nouded');
    const at = nouded?.found ? nouded.block : nouded?.evidence;
    if (!nouded || at === undefined) return;
    const langs = ctx.jd.requirements.languages;
    const estonian = langs.filter(isEstonian);
    if (estonian.length === 0) {
      const name = sectionName(nouded);
      report({
        message: {
          et: `${name.et}: eesti keele oskuse nõue puudub. Lisage see koos tasemega (nt „Eesti keele oskus C1-tasemel.“).`,
          en: `${name.en}: there is no Estonian language requirement. Add one with its level (e.g. "Eesti keele oskus C1-tasemel.").`,
        },
        section: 'nouded',
        subject: 'eesti',
        block: at,
        text: nouded.heading ?? blockText(ctx, at),
      });
    } else if (!estonian.some(hasLevel)) reportMissingLevel(estonian[0]);
    if (!ctx.houseRules.languageLevels) return;
    for (const req of langs) if (!isEstonian(req) && !hasLevel(req)) reportMissingLevel(req);

    function reportMissingLevel(req: LanguageRequirement): void {
      const place = placeOf(ctx.jd, req.block);
      const lang = languageName(req);
      report({
        message: messageAt(place.name, {
          et: `${lang.et} oskuse tase on märkimata. Lisage tase (nt „vähemalt tasemel B2“).`,
          en: `no level is given for ${lang.en}. Add the level (e.g. "vähemalt tasemel B2").`,
        }),
        section: place.section,
        subject: req.language || 'võõrkeel',
        block: req.block,
        text: blockText(ctx, req.block) || req.text,
      });
    }
  },
);
