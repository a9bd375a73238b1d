/**
 * The document model under the fake Word (./fakeWord.ts): paragraphs with list, table-cell and
 * content-control membership, and builders for test documents.
 */

export interface FakeList { id: number; type: 'Bullet' | 'Number' }
export interface FakeTable { id: number; rows: number; cols: number; style: string; headerRowCount: number }
export interface FakeControl { id: number; tag: string; title: string; appearance: string; cannotDelete: boolean; cannotEdit: boolean }

export interface FakeNode {
  id: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  bold: boolean | null;
  allCaps: boolean | null;
  list?: { list: FakeList; level: number; listString: string };
  /** `vMerge`: the cell is part of a vertically merged cell (office-js #3200). */
  cell?: { table: FakeTable; row: number; col: number; vMerge?: 'restart' | 'continue' };
  /** Outermost first. */
  controls: FakeControl[];
}

export interface Call { on: string; method: string; args: unknown[] }

export interface FakeOptions {
  comments?: { resolved: boolean }[];
  trackedChanges?: number;
  /** Index of the paragraph holding the cursor. */
  selection?: number;
}

let nextId = 1;
export const newId = () => nextId++;

/** Builds a paragraph node for a test document. */
export function node(text: string, extra: Partial<Omit<FakeNode, 'id' | 'text'>> = {}): FakeNode {
  return { id: newId(), text, style: 'Normal', styleBuiltIn: 'Normal', outlineLevel: 10, bold: false, allCaps: false, controls: [], ...extra };
}

export function makeList(type: 'Bullet' | 'Number'): FakeList {
  return { id: newId(), type };
}

export function makeTable(rows: number, cols: number): FakeTable {
  return { id: newId(), rows, cols, style: 'Table Grid', headerRowCount: 0 };
}

export function makeControl(tag: string): FakeControl {
  return { id: newId(), tag, title: tag, appearance: 'BoundingBox', cannotDelete: false, cannotEdit: false };
}

/** Paragraph nodes of a new table, cell by cell, inside `controls`. */
export function tableNodes(t: FakeTable, values: string[][], controls: FakeControl[]): FakeNode[] {
  const out: FakeNode[] = [];
  for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) out.push(node(values[r]?.[c] ?? '', { cell: { table: t, row: r, col: c }, controls: [...controls] }));
  return out;
}

/** A copy of the document for the undo stack (lists, tables and controls are shared objects). */
export function copyNodes(nodes: FakeNode[]): FakeNode[] {
  return nodes.map((n) => ({ ...n, list: n.list && { ...n.list }, cell: n.cell && { ...n.cell }, controls: [...n.controls] }));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `body.getOoxml()`: the body as Word returns it, a flat package whose document part holds the
 * paragraphs and tables (with w:vMerge on merged cells). Only what the adapter reads is written.
 */
export function ooxmlOf(nodes: FakeNode[]): string {
  const p = (n: FakeNode) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(n.text)}</w:t></w:r></w:p>`;
  let body = '';
  for (let i = 0; i < nodes.length; ) {
    const table = nodes[i].cell?.table;
    if (!table) {
      body += p(nodes[i++]);
      continue;
    }
    body += '<w:tbl><w:tblPr/>';
    let row = -1;
    let col = -1;
    for (; i < nodes.length && nodes[i].cell?.table === table; i++) {
      const cell = nodes[i].cell!;
      if (cell.row !== row) {
        if (row >= 0) body += '</w:tc></w:tr>';
        body += '<w:tr>';
        row = cell.row;
        col = -1;
      }
      if (cell.col !== col) {
        if (col >= 0) body += '</w:tc>';
        const merge = cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : '';
        body += `<w:tc><w:tcPr>${merge}</w:tcPr>`;
        col = cell.col;
      }
      body += p(nodes[i]);
    }
    body += '</w:tc></w:tr></w:tbl>';
  }
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="${w}"><w:body>${body}<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:styles xmlns:w="${w}"><w:style><w:p/></w:style></w:styles></pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}
