import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Block, DocumentSnapshot } from '../core/snapshot';

/** Extra Word features for tests and fixtures; the snapshot alone needs none of them. */
export interface WriteOptions {
  /**
   * Write `Block.number` as Word's automatic numbering (numbering.xml) instead of typed text.
   * The level is the count of numbers in `number` less one ("3." → 0, "3.1" → 1).
   */
  autoNumbering?: boolean;
  /** Tracked insertions: text appended to a block as a pending revision. */
  insertions?: { block: number; text: string }[];
  /** Tracked deletions: text shown as deleted at the end of a block. */
  deletions?: { block: number; text: string }[];
  /** Comments anchored on a whole block. */
  comments?: { block: number; text: string; author?: string }[];
}

const HEADINGS = [
  HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6,
];
/** The author of the tracked changes and comments that tests and fixtures add (not of the document). */
const AUTHOR = 'Kadri Tamm';
const DATE = '2026-11-01T10:00:00Z';
const AUTO_LIST = 'jd-numbering';

/** Characters XML 1.0 cannot hold (Word would refuse the file). */
const NOT_XML = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g;

function textRuns(block: Block, text: string): TextRun[] {
  // Line breaks (\n, Word's \v) become real breaks, tabs real tab elements.
  return text
    .replace(NOT_XML, '')
    .replace(/\f/g, '')
    .split(/[\n\v]/)
    .map((line, i) => {
      const children: (string | Tab)[] = [];
      line.split('\t').forEach((part, k) => {
        if (k > 0) children.push(new Tab());
        if (part) children.push(part);
      });
      return new TextRun({ children, break: i > 0 ? 1 : undefined, bold: block.bold || undefined, allCaps: block.allCaps || undefined });
    });
}

function numberLevel(number: string): number {
  return Math.min(number.replace(/\.$/, '').split('.').length - 1, 8);
}

function paragraph(block: Block, options: WriteOptions): Paragraph {
  const auto = options.autoNumbering && block.number !== undefined && /^\d+(\.\d+)*\.?$/.test(block.number);
  const text = block.number !== undefined && !auto ? `${block.number} ${block.text}` : block.text;
  const children: ParagraphChild[] = [];
  const comments = (options.comments ?? []).map((c, id) => ({ ...c, id })).filter((c) => c.block === block.index);
  for (const c of comments) children.push(new CommentRangeStart(c.id));
  children.push(...textRuns(block, text));
  const revision = (i: number) => ({ id: 1000 + i, author: AUTHOR, date: DATE });
  (options.insertions ?? []).forEach((ins, i) => {
    if (ins.block === block.index) children.push(new InsertedTextRun({ text: ins.text, ...revision(i) }));
  });
  (options.deletions ?? []).forEach((del, i) => {
    if (del.block === block.index) children.push(new DeletedTextRun({ text: del.text, ...revision(500 + i) }));
  });
  for (const c of comments) {
    children.push(new CommentRangeEnd(c.id));
    children.push(new TextRun({ children: [new CommentReference(c.id)] }));
  }
  const level = block.headingLevel;
  return new Paragraph({
    children,
    heading: level && level <= 6 ? HEADINGS[level - 1] : undefined,
    outlineLevel: level && level > 6 ? level - 1 : undefined,
    bullet: block.bullet ? { level: block.listLevel ?? 0 } : undefined,
    numbering: auto ? { reference: AUTO_LIST, level: numberLevel(block.number!) } : undefined,
  });
}

function table(cells: Block[], options: WriteOptions): Table {
  const rows: Block[][][] = [];
  for (const b of cells) {
    const { row, col } = b.table!;
    ((rows[row] ??= [])[col] ??= []).push(b);
  }
  const width = Math.max(1, ...rows.map((r) => (r ? r.length : 0)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: Array.from(rows, (r) =>
      new TableRow({
        children: Array.from({ length: width }, (_, c) => {
          const paragraphs = r?.[c] ?? [];
          return new TableCell({
            children: paragraphs.length ? paragraphs.map((p) => paragraph(p, options)) : [new Paragraph('')],
          });
        }),
      }),
    ),
  });
}

/** Level texts of the automatic list: "%1." then "%1.%2", with a trailing dot where the snapshot's numbers have one. */
function autoLevels(snapshot: DocumentSnapshot) {
  const dotted: boolean[] = [];
  for (const b of snapshot.blocks) {
    if (b.number === undefined) continue;
    const level = numberLevel(b.number);
    dotted[level] ??= b.number.endsWith('.');
  }
  return Array.from({ length: 9 }, (_, level) => {
    const text = Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.');
    return { level, format: LevelFormat.DECIMAL, text: (dotted[level] ?? level === 0) ? `${text}.` : text, start: 1 };
  });
}

/** One body element: a paragraph or a whole table, with the blocks it holds. */
interface BodyItem {
  blocks: Block[];
}

function bodyItems(snapshot: DocumentSnapshot): BodyItem[] {
  const items: BodyItem[] = [];
  for (const b of snapshot.blocks) {
    const last = items[items.length - 1];
    const inTable = b.kind === 'cell' && b.table;
    if (inTable && last && last.blocks[0].kind === 'cell' && last.blocks[0].table?.table === b.table!.table) {
      last.blocks.push(b);
    } else {
      items.push({ blocks: [b] });
    }
  }
  return items;
}

function commonTags(blocks: Block[]): string[] {
  const first = blocks[0].tags;
  let n = first.length;
  for (const b of blocks) {
    let i = 0;
    while (i < n && b.tags[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The start and end offsets of the top-level elements of w:body (our own output, so well-formed). */
function bodyChildren(xml: string): { start: number; end: number }[] {
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const bodyEnd = xml.lastIndexOf('</w:body>');
  const out: { start: number; end: number }[] = [];
  const tag = /<(\/?)([A-Za-z0-9:_]+)(?:"[^"]*"|[^>"])*?(\/?)>/g;
  tag.lastIndex = bodyStart;
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(xml); m && m.index < bodyEnd; m = tag.exec(xml)) {
    if (m[1]) {
      depth--;
      if (depth === 0) out.push({ start, end: m.index + m[0].length });
    } else {
      if (depth === 0) start = m.index;
      if (m[3]) {
        if (depth === 0) out.push({ start, end: m.index + m[0].length });
      } else depth++;
    }
  }
  return out;
}

/**
 * Wraps body elements in block-level content controls (w:sdt) by their blocks' tags; the docx
 * package cannot write content controls itself.
 */
function addContentControls(xml: string, items: BodyItem[]): string {
  const children = bodyChildren(xml);
  let out = xml.slice(0, children[0]?.start ?? 0);
  const open: string[] = [];
  let pos = children[0]?.start ?? 0;
  children.forEach((child, i) => {
    const tags = i < items.length ? commonTags(items[i].blocks) : [];
    let keep = 0;
    while (keep < open.length && keep < tags.length && open[keep] === tags[keep]) keep++;
    out += xml.slice(pos, child.start);
    for (; open.length > keep; open.pop()) out += '</w:sdtContent></w:sdt>';
    for (const t of tags.slice(keep)) {
      out += `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(t)}"/><w:tag w:val="${escapeXml(t)}"/></w:sdtPr><w:sdtContent>`;
      open.push(t);
    }
    out += xml.slice(child.start, child.end);
    pos = child.end;
  });
  for (; open.length > 0; open.pop()) out += '</w:sdtContent></w:sdt>';
  return out + xml.slice(pos);
}

/**
 * Writes a snapshot as a .docx: headings in Word's built-in heading styles, bullets as real
 * lists, tables rebuilt from the blocks' table references, numbers typed as text (or automatic
 * with `autoNumbering`) and content controls around tagged blocks. Works in Node and the browser.
 * Blocks map one to one onto Word paragraphs, so block indices survive a write and a read.
 */
export async function writeDocx(snapshot: DocumentSnapshot, options: WriteOptions = {}): Promise<Uint8Array> {
  const items = bodyItems(snapshot);
  const children = items.map((item) =>
    item.blocks[0].kind === 'cell' && item.blocks[0].table ? table(item.blocks, options) : paragraph(item.blocks[0], options),
  );
  const doc = new Document({
    // No author, no one who last modified it: the package would otherwise name "Un-named".
    creator: '',
    lastModifiedBy: '',
    comments: {
      children: (options.comments ?? []).map((c, id) => ({
        id,
        author: c.author ?? AUTHOR,
        date: new Date(DATE),
        children: [new Paragraph(c.text)],
      })),
    },
    numbering: {
      config: [
        {
          reference: AUTO_LIST,
          levels: autoLevels(snapshot),
        },
      ],
    },
    sections: [{ children: children.length ? children : [new Paragraph('')] }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  if (!snapshot.blocks.some((b) => b.tags.length > 0)) return bytes;
  const files = unzipSync(bytes);
  files['word/document.xml'] = strToU8(addContentControls(strFromU8(files['word/document.xml']), items));
  return zipSync(files);
}
