/**
 * Table structure from the body's Office Open XML (`body.getOoxml()`), for when Word cannot
 * report the cells itself (office-js #3200: loading `cellIndex` in a vertically merged cell fails
 * the whole read). Pure; loaded only on that path, with the XML parser of the .docx reader.
 */
import { parseXml } from '../docx/xml';

export interface CellPosition {
  row: number;
  /** The cell's position in its row (w:tc order), as Word's `cellIndex` counts. */
  col: number;
}

/**
 * The row and cell of every paragraph inside a table, in document order: the innermost table's,
 * as Word's `parentTableCell` reports. Paragraphs of text boxes (inside another paragraph) are not
 * body paragraphs and are skipped. Only the document part of a flat package is read.
 */
export function tableCellsFromOoxml(ooxml: string): CellPosition[] {
  const cells: CellPosition[] = [];
  const tables: { row: number; col: number }[] = [];
  let inPackage = false;
  let inDocument = false;
  let paragraphDepth = 0;
  parseXml(ooxml, 'OOXML', { maxDepth: 1000 }, {
    open(name, attrs) {
      if (name === 'pkg:package') inPackage = true;
      if (name === 'pkg:part') inDocument = attrs['pkg:name'] === '/word/document.xml';
      if (inPackage && !inDocument) return;
      const table = tables[tables.length - 1];
      if (name === 'w:tbl') tables.push({ row: -1, col: -1 });
      else if (name === 'w:tr' && table) {
        table.row++;
        table.col = -1;
      } else if (name === 'w:tc' && table) table.col++;
      else if (name === 'w:p') {
        if (paragraphDepth === 0 && table) cells.push({ row: table.row, col: table.col });
        paragraphDepth++;
      }
    },
    close(name) {
      if (name === 'pkg:part') inDocument = false;
      if (inPackage && !inDocument) return;
      if (name === 'w:tbl') tables.pop();
      else if (name === 'w:p') paragraphDepth--;
    },
  });
  return cells;
}
