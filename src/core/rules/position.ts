/** What the document says about the position itself, for rules that depend on the kind of position. */
import type { JobDescription } from '../model';
import { fold } from '../normalize';

/** "Alluvad: puuduvad", "-": no subordinates. */
const NONE = /^(?:-|–|—|puudu(?:b|vad)|ei ole|pole|ei)\.?$/;
/**
 * Titles of positions that lead people: "osakonna juhataja", "direktor", "meeskonnajuht", "talituse
 * pealik", a leader's deputy ("direktori asetäitja"); not those that lead a thing ("projektijuht", "tootejuht").
 */
const LEADER = /(?:juhataja|direktor|pealik|ulem|(?<!projekti|toote|protsessi|teenuse|tootesarja)juht|(?:direktori|juhataja|juhi|pealiku|ulema) asetaitja)(?![\p{L}])/u;

/** True when the position has subordinates: a filled-in "Alluvad" field, or a leader's title. */
export function hasSubordinates(jd: JobDescription): boolean {
  const subordinates = jd.fields.alluvad?.value.trim();
  if (subordinates) return !NONE.test(fold(subordinates));
  const title = jd.fields.ametinimetus?.value;
  return title !== undefined && LEADER.test(fold(title));
}
