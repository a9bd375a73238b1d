import type { FoundSection } from '../model';
import { defineRule } from './define';
import { sectionName } from './places';

/** Sections must follow the profile's order (1 ÜLDOSA … 8 MUUTMINE). */
export const sectionOrder = defineRule(
  {
    id: 'section-order',
    severity: 'warning',
    layer: 'house',
    houseRule: 'sectionOrder',
    description: {
      et: 'Osad peavad olema õiges järjekorras.',
      en: 'Sections must be in the right order.',
    },
  },
  (ctx, report) => {
    // Found sections in the profile's order; those outside the longest run in document order are misplaced.
    const order = ctx.profile.sections.map((d) => d.id);
    const found = ctx.jd.sections
      .filter((s): s is FoundSection & { block: number } => s.found && s.block !== undefined)
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const kept = longestIncreasing(found.map((s) => s.block));
    const inPlace = found.filter((_, i) => kept.has(i));
    found.forEach((s, i) => {
      if (kept.has(i)) return;
      // Place it after the nearest earlier section that is in place, else before the next one.
      const prev = inPlace.filter((x) => order.indexOf(x.id) < order.indexOf(s.id)).pop();
      const next = inPlace.find((x) => order.indexOf(x.id) > order.indexOf(s.id));
      const name = sectionName(s);
      const where = prev
        ? { et: `pärast ${sectionName(prev, true).et}`, en: `after ${sectionName(prev, true).en}` }
        : next
          ? { et: `enne ${sectionName(next, true).et}`, en: `before ${sectionName(next, true).en}` }
          : { et: 'oma kohale', en: 'to its place' };
      report({
        message: {
          et: `${name.et} on vales kohas. Tõstke see osa ${where.et}.`,
          en: `${name.en} is out of order. Move the section ${where.en}.`,
        },
        section: s.id,
        subject: s.id,
        block: s.block,
        text: s.heading ?? ctx.snapshot.blocks[s.block]?.text ?? '',
      });
    });
  },
);

/** Indexes of one longest strictly increasing subsequence of `values`. */
function longestIncreasing(values: number[]): Set<number> {
  const length = values.map(() => 1);
  const prev = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j] < values[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        prev[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  let i = length.indexOf(Math.max(0, ...length));
  while (i >= 0) {
    kept.add(i);
    i = prev[i];
  }
  return kept;
}
