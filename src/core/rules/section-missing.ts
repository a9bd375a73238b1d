import type { InsertPoint } from '../content';
import { sectionInsertPoint, sectionPlan } from '../plans';
import { blockText, defineRule, sectionName } from './util';

/** Every section the profile requires must be present; the fix inserts it in its place. */
export const sectionMissing = defineRule(
  {
    id: 'section-missing',
    severity: 'error',
    description: {
      et: 'Kõik kohustuslikud osad (nt „ÕIGUSED“, „VASTUTUS“) peavad olemas olema.',
      en: 'Every required section (e.g. "ÕIGUSED", "VASTUTUS") must be present.',
    },
  },
  (ctx, report) => {
    for (const def of ctx.profile.sections) {
      if (!def.required) continue;
      if (ctx.jd.sections.some((s) => s.id === def.id && s.found)) continue;
      const point = sectionInsertPoint(ctx.jd, ctx.profile, def.id, ctx.snapshot);
      const block = pointBlock(point) ?? Math.max(ctx.snapshot.blocks.length - 1, 0);
      const name = sectionName(def);
      report({
        message: {
          et: `${name.et} puudub. Lisage see osa pealkirjaga „${def.number}. ${def.title}“.`,
          en: `${name.en} is missing. Add the section with the heading "${def.number}. ${def.title}".`,
        },
        section: def.id,
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
