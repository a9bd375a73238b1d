import type { ContentPlan, InsertPoint } from '../content';
import { numberParts } from '../numbers';
import type { RuleContext } from './rule';
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
      // The profile's number where the organisation numbers its sections so; else the number the document's own sequence leaves free.
      const numbered = ctx.houseRules.numbering === true;
      const name = numbered ? sectionName(def) : { et: `Osa „${def.title}“`, en: `Section "${def.title}"` };
      const free = numbered ? undefined : freeNumber(ctx, point);
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
          edits: [{ kind: 'insert', at: point, plan: withHeading(sectionPlan(ctx.profile, def.id, ctx.catalogue, numbered), free === undefined ? undefined : `${free} ${def.title}`) }],
        },
      });
    }
  },
);

/** "5." when the document numbers its sections and the place between "4." and "6." is free; else undefined. */
function freeNumber(ctx: RuleContext, point: InsertPoint): string | undefined {
  const at = 'after' in point ? point.after + 0.5 : 'before' in point ? point.before - 0.5 : ctx.snapshot.blocks.length;
  const numbered = ctx.jd.headings.map((h) => ({ h, n: numberParts(h.writtenNumber) })).filter((x) => x.n?.length === 1);
  const before = numbered.filter((x) => x.h.block < at).pop();
  const after = numbered.find((x) => x.h.block > at);
  if (!before || (after && after.n![0] !== before.n![0] + 2)) return undefined;
  return `${before.n![0] + 1}${before.h.writtenNumber!.trim().endsWith('.') ? '.' : ''}`;
}

/** The plan with another heading text (its first block). */
function withHeading(plan: ContentPlan, heading: string | undefined): ContentPlan {
  if (heading === undefined || plan.blocks[0]?.type !== 'heading') return plan;
  return { ...plan, blocks: [{ ...plan.blocks[0], text: heading }, ...plan.blocks.slice(1)] };
}

function pointBlock(point: InsertPoint): number | undefined {
  if ('after' in point) return point.after;
  if ('before' in point) return point.before;
  return undefined;
}
