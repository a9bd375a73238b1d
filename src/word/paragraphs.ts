/**
 * What the adapter loads of each paragraph, and how the loaded values become a RawParagraph.
 * Content-control tags are read through `parentContentControlOrNullObject` paths, every level up
 * to CONTROL_DEPTH (section > competency > … all come back, not only the two innermost).
 */
import type { RawParagraph } from './toSnapshot';

/** Levels of nested content controls read per paragraph; deeper ones keep their innermost levels. */
export const CONTROL_DEPTH = 6;

const PARENT = 'parentContentControlOrNullObject/';

/** Load paths of the tags of every control around a paragraph, e.g. "items/parentContentControlOrNullObject/tag". */
export function controlTagPaths(prefix: string): string {
  return Array.from({ length: CONTROL_DEPTH }, (_, level) => `${prefix}${PARENT.repeat(level + 1)}tag`).join(',');
}

/** The loaded tags around a paragraph, outermost first (untagged controls give ""). */
export function loadedControlTags(p: Word.Paragraph): string[] {
  const tags: string[] = [];
  let control = p.parentContentControlOrNullObject;
  for (let level = 0; level < CONTROL_DEPTH && !control.isNullObject; level++) {
    tags.unshift(control.tag ?? '');
    control = control.parentContentControlOrNullObject;
  }
  return tags;
}

/** Everything read() needs of a paragraph except its table cell. */
export const PARAGRAPH_PROPERTIES =
  'items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,' +
  'items/font/bold,items/listItemOrNullObject/level,items/listItemOrNullObject/listString,' +
  `items/listOrNullObject/levelTypes,${controlTagPaths('items/')}`;

/** The table cell: loading `cellIndex` fails the whole sync when a cell is vertically merged (office-js #3200). */
export const CELL_PROPERTIES = 'items/parentTableCellOrNullObject/rowIndex,items/parentTableCellOrNullObject/cellIndex';

/** Reads the loaded values of one paragraph (after the sync). */
export function rawParagraph(p: Word.Paragraph, withAllCaps: boolean, withCell: boolean): RawParagraph {
  const item = p.listItemOrNullObject;
  const list = p.listOrNullObject;
  const raw: RawParagraph = {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    tableNestingLevel: p.tableNestingLevel,
    bold: p.font.bold,
    // Untagged controls (the user's own) are left out, as the .docx reader does.
    tags: loadedControlTags(p).filter(Boolean),
  };
  if (withAllCaps) raw.allCaps = p.font.allCaps;
  if (!item.isNullObject) {
    const levelTypes = list.isNullObject ? undefined : list.levelTypes;
    raw.list = { level: item.level, listString: item.listString ?? '', levelType: levelTypes?.[item.level] };
  }
  if (withCell) {
    const cell = p.parentTableCellOrNullObject;
    if (!cell.isNullObject) raw.cell = { row: cell.rowIndex, col: cell.cellIndex };
  }
  return raw;
}
