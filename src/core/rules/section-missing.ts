import type { InsertPoint } from '../content';
import { sectionInsertPoint, sectionPlan } from '../plans';
import type { SectionId } from '../profile-types';
import { defineRule } from './define';
import { blockText, sectionName } from './places';

/**
 * The sections every job description needs (purpose, duties, rights, responsibility, requirements;
 * the profile marks them required), and those the organisation requires (house rule
 * `requiredSections`), under any of their names. One finding per missing section, never more about
 * its contents; the fix inserts it in its place.
 */
export const sectionMissing = defineRule(
  {
    id: 'section-missing',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Ametijuhendis on eesmärk, ülesanded, õigused, vastutus ja nõuded (ning asutuse nõutud osad).',
      en: 'The job description has its purpose, duties, rights, responsibility and requirements (and the sections the organisation requires).',
    },
  },
  (ctx, report) => {
    const required = new Set<SectionId>(ctx.houseRules.requiredSections ?? []);
    for (const def of ctx.profile.sections) {
      if (!def.required && !required.has(def.id)) continue;
      // Found under a heading, or its content stated without one ("vastutab … eest" among the duties).
      if (ctx.jd.sections.some((s) => s.id === def.id && (s.found || s.evidence !== undefined))) continue;
      const point = sectionInsertPoint(ctx.jd, ctx.profile, def.id, ctx.snapshot);
      const block = pointBlock(point) ?? Math.max(ctx.snapshot.blocks.length - 1, 0);
      // The profile's number only where the organisation numbers its sections so; another document numbers its own.
      const numbered = ctx.houseRules.numbering === true;
      const name = numbered ? sectionName(def) : { et: `Osa „${def.title}“`, en: `Section "${def.title}"` };
      const heading = numbered ? `${def.number}. ${def.title}` : def.title;
      report({
        message: {
          et: `${name.et} puudub. Lisage see osa pealkirjaga „${heading}“.`,
          en: `${name.en} is missing. Add the section with the heading "${heading}".`,
        },
        section: def.id,
        subject: def.id,
        block,
        text: blockText(ctx, block),
        fix: {
          description: { et: `Lisa ${name.et}`, en: `Add ${name.en}` },
          edits: [{ kind: 'insert', at: point, plan: sectionPlan(ctx.profile, def.id, ctx.catalogue) }],
        },
      });
    }
  },
);

function pointBlock(point: InsertPoint): number | undefined {
  if ('after' in point) return point.after;
  if ('before' in point) return point.before;
  return undefined;
}
