/** Plain sections: text joined into one value (purpose, tools) and list items (rights, responsibility). */
import type { FoundSection, Located } from '../model';
import { splitNumber, stripBullet } from '../normalize';
import type { Block } from '../snapshot';
import { type Doc, isBullet, linesOf, type Range } from './doc';

/** All text of a section joined into one value, the heading's inline text ("Eesmärk: …") first. */
export function joined(doc: Doc, section: FoundSection | undefined, range: Range | undefined): Located | undefined {
  if (!range) return undefined;
  const texts: string[] = [];
  let first: number | undefined;
  if (section?.inline) {
    texts.push(section.inline);
    first = section.block;
  }
  for (let i = range.start; i <= range.end; i++) {
    const text = doc.text(i);
    if (!text) continue;
    first ??= i;
    texts.push(stripBullet(text));
  }
  return first === undefined ? undefined : { value: texts.join(' '), block: first };
}

/** List items (rights, responsibilities) without the lead line ("Ametnikul on õigus:"). */
export function readItems(doc: Doc, section: FoundSection | undefined, range: Range | undefined, headings: Set<number>): Located[] {
  const items: Located[] = [];
  if (!range) return items;
  if (section?.inline) items.push({ value: section.inline, block: section.block! });
  let bulleted = false;
  for (let i = range.start; i <= range.end; i++) {
    if (headings.has(i)) continue;
    for (const line of linesOf(doc, i)) readLine(line.block, i);
  }
  return items;

  function readLine(b: Block, i: number): void {
    const text = b.text.trim();
    if (!text) return;
    const bullet = isBullet(b);
    if (!bullet && items.length === 0 && text.endsWith(':')) return;
    const previous = items[items.length - 1];
    // A non-bullet line inside a bulleted list, after an unfinished item, continues that item.
    if (!bullet && bulleted && previous && !/[.;:!?]$/.test(previous.value)) {
      previous.value = `${previous.value} ${text}`;
      return;
    }
    bulleted ||= bullet;
    items.push({ value: stripBullet(splitNumber(text).rest || text), block: i });
  }
}
