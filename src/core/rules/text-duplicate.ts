import { foldedWords } from '../catalogue/fold';
import type { FoundSection } from '../model';
import { foldLabel, splitNumber, stripBullet } from '../normalize';
import { repeatedCompetencies } from './competency-names';
import type { Block } from '../snapshot';
import { defineRule } from './define';
import { messageAt, sectionName } from './places';
import type { RuleContext } from './rule';

/** A paragraph counts when it says something: at least this many words and characters (not "Tulemus:", "3.1"). */
const MIN_WORDS = 5;
const MIN_CHARS = 30;

/** A typed number or letter in front of a line ("3.1 ", "2) ", "a) "), which a copy may have renumbered. */
const TYPED_NUMBER = /^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|\d+\))\s+/i;

/** What a paragraph says, compared: its words folded, without a bullet or typed number in front; '' when too short to count. */
export function paragraphKey(text: string): string {
  const rest = stripBullet(text).replace(TYPED_NUMBER, '');
  const words = foldedWords(rest);
  const key = words.join(' ');
  return words.length >= MIN_WORDS && key.length >= MIN_CHARS ? key : '';
}

/** The text shown for a paragraph in a message: its first words. */
function excerpt(text: string): string {
  const t = stripBullet(text).trim();
  if (t.length <= 60) return t;
  const cut = t.slice(0, 57);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The blocks of a competency listed a second time (its line and the bullets under it, up to the
 * next competency, empty line or heading): competency-duplicate reports it, once is enough.
 */
function repeatedCompetencyBlocks(ctx: RuleContext): Set<number> {
  const blocks = new Set<number>();
  const starts = new Set(ctx.jd.competencies.map((c) => c.block));
  for (const { repeat: c } of repeatedCompetencies(ctx.jd.competencies)) {
    for (let i = c.block; i < ctx.snapshot.blocks.length; i++) {
      const b = ctx.snapshot.blocks[i];
      if (i > c.block && (starts.has(i) || b.kind !== 'paragraph' || b.headingLevel !== undefined || !b.text.trim())) break;
      blocks.add(i);
    }
  }
  return blocks;
}

interface Repeat {
  block: Block;
  /** The earlier block with the same text. */
  first: number;
}

/**
 * The repeats in one section, grouped: paragraphs one after the other (no empty line or heading
 * between) are one passage, so a list pasted twice is one repeat, however many items it has.
 */
function repeatsIn(ctx: RuleContext, section: FoundSection, skipped: Set<number>): Repeat[][] {
  let seen = new Map<string, number>();
  const groups: Repeat[][] = [];
  const heading = section.heading ? foldLabel(splitNumber(section.heading).rest) : undefined;
  let passage = 0;
  let lastPassage = -1;
  for (let i = (section.block as number) + 1; i <= (section.endBlock ?? -1) && i < ctx.snapshot.blocks.length; i++) {
    const block = ctx.snapshot.blocks[i];
    // The section's heading again: a second copy of the section, which section-duplicate reports.
    if (heading && block.kind === 'paragraph' && foldLabel(splitNumber(block.text).rest) === heading) seen = new Map();
    if (block.kind !== 'paragraph' || block.headingLevel !== undefined || !block.text.trim()) {
      passage++;
      continue;
    }
    const key = paragraphKey(block.text);
    if (!key || skipped.has(i)) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    if (lastPassage !== passage) groups.push([]);
    groups[groups.length - 1].push({ block, first });
    lastPassage = passage;
  }
  return groups;
}

/**
 * A paragraph or a list said twice in one section: a clause inserted where it already was, a
 * passage pasted twice. Table cells (a result may well repeat from row to row), headings and short
 * lines ("Tulemus:", a typed number) are not compared; nor are different sections.
 */
export const textDuplicate = defineRule(
  {
    id: 'text-duplicate',
    severity: 'warning',
    layer: 'consistency',
    description: {
      et: 'Ükski lõik ega loetelu ei ole samas osas kaks korda.',
      en: 'No paragraph or list appears twice in the same section.',
    },
  },
  (ctx, report) => {
    const skipped = ctx.houseRules.competencyOnce ? repeatedCompetencyBlocks(ctx) : new Set<number>();
    for (const section of ctx.jd.sections) {
      if (!section.found || section.block === undefined) continue;
      for (const group of repeatsIn(ctx, section, skipped)) {
        const [{ block, first }] = group;
        const quote = excerpt(block.text);
        const text =
          group.length === 1
            ? {
                et: `lõik „${quote}“ on selles osas kaks korda. Kustutage üks neist.`,
                en: `the paragraph "${quote}" appears twice in this section. Delete one of them.`,
              }
            : {
                et: `${group.length} lõiku alates „${quote}“ korduvad selles osas (loetelu on kaks korda). Kustutage korduv osa.`,
                en: `${group.length} paragraphs from "${quote}" repeat in this section (the list is there twice). Delete the repeated part.`,
              };
        report({
          message: messageAt(sectionName(section), text),
          section: section.id,
          subject: `${section.id}:${paragraphKey(ctx.snapshot.blocks[first].text)}`,
          block: block.index,
          text: block.text,
        });
      }
    }
  },
);
