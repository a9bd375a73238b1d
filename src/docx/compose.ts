/**
 * The XML of inserted content: paragraphs, tables, table rows and the content controls around a
 * plan. New content copies the formatting of the nearest block of its kind in the document (a
 * heading of its level, a body paragraph, a list item, a table and its rows), so it looks like
 * its neighbours; revision marks and section breaks are never copied.
 */
import { wrappedBlocks, type ContentBlock, type ContentPlan } from '../core/content';
import type { Block } from '../core/snapshot';
import { ancestor, attr, child, escapeXml, findAll, paragraphPieces, parseTree, type XNode } from './locate';
import { copyWithout, runProperties, runText } from './runs';

/** Word cuts a content control's title at 64 characters. */
const MAX_TITLE = 64;
/** A paragraph's own properties that an inserted one does not take: its section break, revision marks. */
const NOT_COPIED_P = new Set(['w:sectPr', 'w:pPrChange', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange']);
const NOT_COPIED_TABLE = new Set(['w:tblPrChange', 'w:tblGridChange', 'w:trPrChange', 'w:tcPrChange', 'w:ins', 'w:del', 'w:cellIns', 'w:cellDel', 'w:cellMerge']);
/** A cell of a new row is a cell of its own: not merged with the one above. */
const NOT_COPIED_CELL = new Set([...NOT_COPIED_TABLE, 'w:vMerge']);
/** Elements that come before w:numPr in w:pPr (the schema's order, which Word holds to). */
const BEFORE_NUMPR = new Set(['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl']);
/** Elements that come before w:b in w:rPr. */
const BEFORE_BOLD = new Set(['w:rStyle', 'w:rFonts']);

interface Format {
  pPr: string;
  rPr: string;
}

/** An element's XML (self-contained) with `insert` put after its children named in `after`, or first. */
function withChild(xml: string, node: XNode, insert: string, after: ReadonlySet<string>): string {
  let out = xml.slice(node.start, node.openEnd).replace(/\s*\/>$/, '>');
  let placed = false;
  for (const c of node.children) {
    if (!placed && !after.has(c.name)) {
      out += insert;
      placed = true;
    }
    out += xml.slice(c.start, c.end);
  }
  return out + (placed ? '' : insert) + `</${node.name}>`;
}

/** Properties copied from `node` (a w:pPr or w:rPr) without revision marks and `drop`, with `insert` added. */
function adjusted(xml: string, node: XNode | undefined, name: string, insert: string, after: ReadonlySet<string>, drop: string[]): string {
  if (!node) return insert ? `<${name}>${insert}</${name}>` : '';
  const copy = copyWithout(xml, node, new Set([...NOT_COPIED_P, ...drop]));
  return insert ? withChild(copy, parseTree(copy).children[0], insert, after) : copy;
}

/** The formatting of a paragraph: its properties (`numbered`: keep its list) and its first text run's. */
function formatOf(xml: string, p: XNode, numbered: boolean, bold?: boolean, unnumber = false): Format {
  const pPr = child(p, 'w:pPr');
  const numOff = unnumber ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' : '';
  const firstRun = paragraphPieces(xml, p).find((x) => x.kind === 'text' && x.text.trim())?.run;
  const rPr = firstRun && child(firstRun, 'w:rPr');
  return {
    pPr: adjusted(xml, pPr, 'w:pPr', numOff, BEFORE_NUMPR, numbered ? [] : ['w:numPr']),
    rPr: bold === undefined ? runProperties(xml, firstRun) : adjusted(xml, rPr, 'w:rPr', bold ? '<w:b/>' : '', BEFORE_BOLD, ['w:b', 'w:bCs']),
  };
}

export function paragraphXml(text: string, format: Format): string {
  return `<w:p>${format.pPr}${text ? `<w:r>${format.rPr}<w:t xml:space="preserve">${runText(text)}</w:t></w:r>` : ''}</w:p>`;
}

/** The rows of a table (w:tr, also inside a row-level content control), not those of tables inside it. */
function rowsOf(tbl: XNode): XNode[] {
  return findAll(tbl, 'w:tr').filter((tr) => ancestor(tr, 'w:tbl') === tbl);
}

/** The cells of a row (w:tc, also inside a cell-level content control). */
function cellsOf(tr: XNode): XNode[] {
  return findAll(tr, 'w:tc').filter((tc) => ancestor(tc, 'w:tr') === tr);
}

/** A cell with `paragraphs`, its properties (widths, shading, borders) and paragraph formatting from `source`. */
function cellXml(xml: string, source: XNode | undefined, paragraphs: string[], bold: boolean, keepSpan: boolean, width: number): string {
  const drop = new Set([...NOT_COPIED_CELL, ...(keepSpan ? [] : ['w:gridSpan'])]);
  const tcPr = source && child(source, 'w:tcPr');
  const props = tcPr ? copyWithout(xml, tcPr, drop) : `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>`;
  const sourcePs = source ? source.children.filter((c) => c.name === 'w:p') : [];
  const texts = paragraphs.length ? paragraphs : [''];
  return `<w:tc>${props}${texts
    .map((text, i) => {
      const p = sourcePs[Math.min(i, sourcePs.length - 1)];
      return paragraphXml(text, p ? formatOf(xml, p, false, bold || undefined) : { pPr: '', rPr: bold ? '<w:rPr><w:b/></w:rPr>' : '' });
    })
    .join('')}</w:tc>`;
}

/** A row like `source` (a table's last row, as Word's "add row" makes it) with `cells` as its text. */
export function rowXml(xml: string, source: XNode, cells: string[][], bold = false, widths: number[] = []): string {
  const sourceCells = cellsOf(source);
  const same = sourceCells.length === cells.length;
  const trPr = child(source, 'w:trPr');
  const tblPrEx = child(source, 'w:tblPrEx');
  return `<w:tr>${tblPrEx ? copyWithout(xml, tblPrEx, NOT_COPIED_TABLE) : ''}${trPr ? copyWithout(xml, trPr, NOT_COPIED_TABLE) : ''}${cells
    .map((paragraphs, c) => cellXml(xml, sourceCells[same ? c : Math.min(c, sourceCells.length - 1)], paragraphs, bold, same, widths[c] ?? 0))
    .join('')}</w:tr>`;
}

/** The last row of the table around `tbl` (what a new row copies). */
export function lastRow(tbl: XNode): XNode | undefined {
  const rows = rowsOf(tbl);
  return rows[rows.length - 1];
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');

/** A plan's table: as the nearest table of the document (properties, grid, rows), or plain with borders. */
function tableXml(xml: string, block: Extract<ContentBlock, { type: 'table' }>, source: XNode | undefined): string {
  const cols = Math.max(1, ...block.rows.map((r) => r.length));
  const grid = source ? child(source, 'w:tblGrid') : undefined;
  const sourceWidths = grid ? grid.children.filter((c) => c.name === 'w:gridCol').map((c) => Number(attr(xml, c, 'w:w') ?? 0)) : [];
  const total = sourceWidths.reduce((a, b) => a + b, 0) || 9000;
  const widths = sourceWidths.length === cols ? sourceWidths : Array.from({ length: cols }, () => Math.floor(total / cols));
  const tblPr = source && child(source, 'w:tblPr');
  const props = tblPr ? copyWithout(xml, tblPr, NOT_COPIED_TABLE) : `<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr>`;
  const rows = source ? rowsOf(source) : [];
  const body = block.rows
    .map((cells, r) => {
      const header = !!block.header && r === 0;
      const padded = Array.from({ length: cols }, (_, c) => cells[c] ?? ['']);
      const like = header ? rows[0] : rows[rows.length - 1];
      if (like && cellsOf(like).length === cols) return rowXml(xml, like, padded, header, widths);
      return `<w:tr>${padded.map((paragraphs, c) => cellXml(xml, undefined, paragraphs, header, false, widths[c])).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${props}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${body}</w:tbl>`;
}

/** Finds the formatting for new content near one place of the document. */
export class Formats {
  constructor(
    private readonly xml: string,
    private readonly blocks: readonly Block[],
    private readonly nodes: readonly XNode[],
    private readonly near: number,
  ) {}

  /** The block nearest to the place that satisfies `ok`, looking both ways. */
  private nearest(ok: (b: Block) => boolean): number | undefined {
    for (let d = 0; d <= this.blocks.length; d++) {
      for (const i of [this.near - d, this.near + d + 1]) if (i >= 0 && i < this.blocks.length && ok(this.blocks[i])) return i;
    }
    return undefined;
  }

  paragraph(block: Exclude<ContentBlock, { type: 'table' }>): Format {
    const body = (b: Block) => b.kind === 'paragraph' && !b.headingLevel && !b.bullet && b.number === undefined && b.text.trim() !== '';
    if (block.type === 'heading') {
      // A heading in a heading style, else a typed one: "4. ÕIGUSED" in bold or capitals.
      const typedHeading = (b: Block) => b.kind === 'paragraph' && (!!b.bold || !!b.allCaps) && /^\d+\.?\s+\S/.test(b.text);
      const i =
        this.nearest((b) => b.kind === 'paragraph' && b.headingLevel === block.level) ??
        this.nearest((b) => b.kind === 'paragraph' && !!b.headingLevel) ??
        this.nearest(typedHeading);
      // The heading's number is typed: a neighbour's automatic number is switched off, not doubled.
      if (i !== undefined) return formatOf(this.xml, this.nodes[i], false, undefined, this.blocks[i].number !== undefined);
      return { pPr: `<w:pPr><w:outlineLvl w:val="${block.level - 1}"/></w:pPr>`, rPr: '<w:rPr><w:b/></w:rPr>' };
    }
    if (block.type === 'bullet') {
      const i = this.nearest((b) => b.kind === 'paragraph' && !!b.bullet);
      if (i !== undefined) return formatOf(this.xml, this.nodes[i], true);
    }
    const bold = block.type === 'paragraph' && !!block.bold;
    const i = this.nearest((b) => body(b) && !!b.bold === bold) ?? this.nearest(body);
    return i !== undefined ? formatOf(this.xml, this.nodes[i], false, bold) : { pPr: '', rPr: bold ? '<w:rPr><w:b/></w:rPr>' : '' };
  }

  table(block: Extract<ContentBlock, { type: 'table' }>): string {
    const i = this.nearest((b) => b.kind === 'cell');
    let tbl = i === undefined ? undefined : ancestor(this.nodes[i], 'w:tbl');
    for (let up = tbl && ancestor(tbl, 'w:tbl'); up; up = ancestor(up, 'w:tbl')) tbl = up;
    return tableXml(this.xml, block, tbl);
  }

  /** A whole plan: its content control around the blocks it wraps (a section's heading only, never a table), the rest after it. */
  plan(plan: ContentPlan): string {
    const items = plan.blocks.map((b) => (b.type === 'table' ? this.table(b) : paragraphXml(b.text, this.paragraph(b))));
    const wrapped = wrappedBlocks(plan);
    if (!plan.tag || wrapped === 0) return items.join('');
    const title = escapeXml((plan.title ?? plan.tag).slice(0, MAX_TITLE));
    const control = `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${escapeXml(plan.tag)}"/></w:sdtPr><w:sdtContent>${items.slice(0, wrapped).join('')}</w:sdtContent></w:sdt>`;
    return control + items.slice(wrapped).join('');
  }
}
