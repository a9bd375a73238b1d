/**
 * Writes the corpus documents as Word writes them: WordprocessingML by hand (not through our own
 * writer), with Word's habits — rsid attributes, runs split mid-word, w:proofErr, a _GoBack
 * bookmark — real automatic numbering (through the paragraph or through its style), built-in
 * Title/Heading styles, tables with widths, merged cells, tabs and line breaks. Deterministic:
 * the same spec gives the same bytes.
 */
import { strToU8, zipSync } from 'fflate';

/** A run of text; `\t` becomes a tab, `\n` a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
}

export interface Para {
  /** The text: a string, or runs with their own formatting. */
  runs: Run[];
  /** A style id: 'Title', 'Heading1'…'Heading3', 'ListParagraph', or one of the document's own styles. */
  style?: string;
  /** Every run bold (a typed heading). */
  bold?: boolean;
  caps?: boolean;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Automatic numbering: the list's id (from `CorpusDoc.lists`) and the level, 0-based. */
  list?: [string, number];
}

export interface Cell {
  paras: Para[];
  /** Columns spanned (w:gridSpan). */
  span?: number;
  /** Vertical merge: 'restart' starts a merged cell, 'continue' is a cell under it (empty). */
  vmerge?: 'restart' | 'continue';
}

export interface Table {
  rows: Cell[][];
  /** Column widths in twentieths of a point; defaults to equal columns over 9000. */
  widths?: number[];
  /** Draw cell borders (default true). */
  borders?: boolean;
}

export type Node = Para | Table;

export interface ListLevel {
  /** 'decimal', 'bullet', 'lowerLetter', 'upperRoman', … (w:numFmt). */
  format: string;
  /** Word's level text: "%1." or "%1.%2." for numbers, a character for bullets. */
  text: string;
  start?: number;
}

export interface StyleDef {
  name: string;
  basedOn?: string;
  bold?: boolean;
  caps?: boolean;
  /** Numbering attached to the style (as LibreOffice and many templates do). */
  list?: [string, number];
  /** Outline level 0-based (a heading without Word's heading name). */
  outline?: number;
}

export interface CorpusDoc {
  /** Lists: each id is one numbering instance (w:num) with its own definition. */
  lists?: Record<string, ListLevel[]>;
  /** Extra paragraph styles, by style id. */
  styles?: Record<string, StyleDef>;
  /** Page header and footer lines. */
  header?: string[];
  footer?: string[];
  body: Node[];
}

// ---- terse constructors for the specs ------------------------------------------------------

type ParaOptions = Omit<Para, 'runs'>;

/** A paragraph: `p('text')`, `p([b('Haridus:'), ' kõrgharidus'])`, `p('1. ÜLDOSA', { bold: true })`. */
export function p(content: string | (string | Run)[], options: ParaOptions = {}): Para {
  const runs = (typeof content === 'string' ? [content] : content).map((r) => (typeof r === 'string' ? { text: r } : r));
  return { runs, ...options };
}

/** A bold run. */
export const b = (text: string): Run => ({ text, bold: true });
/** An italic run. */
export const i = (text: string): Run => ({ text, italic: true });

/** A paragraph in a list: `li('text', 'duties', 1)`. */
export function li(content: string | (string | Run)[], list: string, level = 0, options: ParaOptions = {}): Para {
  return p(content, { ...options, list: [list, level] });
}

/** A table: each cell a string (one paragraph, `\n\n` separates paragraphs), a Para, a list of them, or a Cell. */
export function table(rows: (string | Para | Para[] | Cell)[][], options: Omit<Table, 'rows'> = {}): Table {
  return { ...options, rows: rows.map((row) => row.map(toCell)) };
}

function toCell(c: string | Para | Para[] | Cell): Cell {
  if (typeof c === 'string') return { paras: c.split('\n\n').map((t) => p(t)) };
  if (Array.isArray(c)) return { paras: c };
  if ('paras' in c) return c;
  return { paras: [c] };
}

/** A cell with options: `cell('text', { span: 2 })`. */
export function cell(content: string | Para | Para[], options: Omit<Cell, 'paras'> = {}): Cell {
  return { ...toCell(content), ...options };
}

/** Common list definitions. */
export const LISTS = {
  /** "1.", "1.1.", "1.1.1." */
  legal: [
    { format: 'decimal', text: '%1.' },
    { format: 'decimal', text: '%1.%2.' },
    { format: 'decimal', text: '%1.%2.%3.' },
  ] as ListLevel[],
  /** "1", "1.1", "1.1.1" */
  legalNoDot: [
    { format: 'decimal', text: '%1' },
    { format: 'decimal', text: '%1.%2' },
    { format: 'decimal', text: '%1.%2.%3' },
  ] as ListLevel[],
  /** "1.", "2." */
  decimal: [{ format: 'decimal', text: '%1.' }, { format: 'lowerLetter', text: '%2)' }] as ListLevel[],
  bullet: [{ format: 'bullet', text: '•' }, { format: 'bullet', text: 'o' }] as ListLevel[],
  dash: [{ format: 'bullet', text: '–' }] as ListLevel[],
};

// ---- writing -------------------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 12));

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isTable = (n: Node): n is Table => 'rows' in n;

/** Word's revision ids: 8 hex digits, deterministic. */
function rsid(n: number): string {
  return ((n * 2654435761) >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

class Writer {
  private paraCount = 0;
  private readonly listIds = new Map<string, number>();

  constructor(private readonly doc: CorpusDoc) {
    Object.keys(doc.lists ?? {}).forEach((id, k) => this.listIds.set(id, k + 1));
  }

  numId(list: string): number {
    const n = this.listIds.get(list);
    if (n === undefined) throw new Error(`corpus spec: no list "${list}" in lists`);
    return n;
  }

  /** Runs as Word splits them: a long run is cut mid-word, as editing sessions leave it. */
  runs(para: Para): string {
    const out: string[] = [];
    para.runs.forEach((run, k) => {
      const pieces = this.paraCount % 3 === 0 && run.text.length > 12 ? [run.text.slice(0, 7), run.text.slice(7)] : [run.text];
      pieces.forEach((piece, j) => {
        if (j > 0 && k === 0) out.push('<w:proofErr w:type="spellStart"/>');
        out.push(this.run(piece, run, para));
        if (j > 0 && k === 0) out.push('<w:proofErr w:type="spellEnd"/>');
      });
    });
    return out.join('');
  }

  run(text: string, run: Run, para: Para): string {
    const props = [
      run.bold || para.bold ? '<w:b/><w:bCs/>' : '',
      run.italic ? '<w:i/><w:iCs/>' : '',
      run.underline ? '<w:u w:val="single"/>' : '',
      run.caps || para.caps ? '<w:caps/>' : '',
    ].join('');
    const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
    const parts = text.split(/(\t|\n)/).filter((s) => s !== '');
    const body = parts
      .map((s) => (s === '\t' ? '<w:tab/>' : s === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${esc(s)}</w:t>`))
      .join('');
    return `<w:r w:rsidR="${rsid(this.paraCount + 7)}">${rPr}${body}</w:r>`;
  }

  para(para: Para): string {
    this.paraCount++;
    const pPr = [
      para.style ? `<w:pStyle w:val="${esc(para.style)}"/>` : '',
      para.list ? `<w:numPr><w:ilvl w:val="${para.list[1]}"/><w:numId w:val="${this.numId(para.list[0])}"/></w:numPr>` : '',
      para.align ? `<w:jc w:val="${para.align}"/>` : '',
    ].join('');
    const goBack = this.paraCount === 2 ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : '';
    const id = rsid(this.paraCount);
    return `<w:p w:rsidR="${id}" w:rsidRDefault="${id}" w:rsidP="${rsid(this.paraCount + 3)}">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${goBack}${this.runs(para)}</w:p>`;
  }

  table(t: Table): string {
    const cols = Math.max(...t.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
    const widths = t.widths ?? Array.from({ length: cols }, () => Math.floor(9000 / cols));
    const border = t.borders === false ? 'none' : 'single';
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="${border}" w:sz="4" w:space="0" w:color="auto"/>`)
      .join('');
    const rows = t.rows
      .map((row) => {
        let col = 0;
        const cells = row
          .map((c) => {
            const span = c.span ?? 1;
            const width = widths.slice(col, col + span).reduce((a, x) => a + x, 0);
            col += span;
            const tcPr = [
              `<w:tcW w:w="${width}" w:type="dxa"/>`,
              span > 1 ? `<w:gridSpan w:val="${span}"/>` : '',
              c.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vmerge === 'continue' ? '<w:vMerge/>' : '',
            ].join('');
            const paras = c.paras.length > 0 ? c.paras : [p('')];
            return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${paras.map((x) => this.para(x)).join('')}</w:tc>`;
          })
          .join('');
        return `<w:tr w:rsidR="${rsid(this.paraCount + 11)}">${cells}</w:tr>`;
      })
      .join('');
    const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
  }

  document(): string {
    const body = this.doc.body.map((n) => (isTable(n) ? this.table(n) : this.para(n))).join('');
    const refs = [
      this.doc.header ? `<w:headerReference w:type="default" r:id="rIdHeader"/>` : '',
      this.doc.footer ? `<w:footerReference w:type="default" r:id="rIdFooter"/>` : '',
    ].join('');
    const sect = `<w:sectPr w:rsidR="${rsid(1)}">${refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sect}</w:body></w:document>`;
  }

  headerFooter(kind: 'hdr' | 'ftr', lines: string[]): string {
    const paras = lines.map((l) => this.para(p(l, { style: kind === 'hdr' ? 'Header' : 'Footer' }))).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind} xmlns:w="${W}" xmlns:r="${R}">${paras}</w:${kind}>`;
  }

  numbering(): string | undefined {
    const lists = Object.entries(this.doc.lists ?? {});
    if (lists.length === 0) return undefined;
    const abstracts = lists
      .map(([, levels], k) => {
        const lvls = levels
          .map((l, ilvl) => {
            const indent = 360 + ilvl * 360;
            const font = l.format === 'bullet' ? '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' : '';
            return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr>${font}</w:lvl>`;
          })
          .join('');
        return `<w:abstractNum w:abstractNumId="${k}"><w:multiLevelType w:val="hybridMultilevel"/>${lvls}</w:abstractNum>`;
      })
      .join('');
    const nums = lists.map((_, k) => `<w:num w:numId="${k + 1}"><w:abstractNumId w:val="${k}"/></w:num>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
  }

  styles(): string {
    const builtIn: Record<string, StyleDef> = {
      Normal: { name: 'Normal' },
      Title: { name: 'Title', basedOn: 'Normal', bold: true },
      Heading1: { name: 'heading 1', basedOn: 'Normal', bold: true, outline: 0 },
      Heading2: { name: 'heading 2', basedOn: 'Normal', bold: true, outline: 1 },
      Heading3: { name: 'heading 3', basedOn: 'Normal', bold: true, outline: 2 },
      ListParagraph: { name: 'List Paragraph', basedOn: 'Normal' },
      Header: { name: 'header', basedOn: 'Normal' },
      Footer: { name: 'footer', basedOn: 'Normal' },
    };
    const all = { ...builtIn, ...(this.doc.styles ?? {}) };
    const styles = Object.entries(all)
      .map(([id, s]) => {
        const pPr = [
          s.list ? `<w:numPr><w:ilvl w:val="${s.list[1]}"/><w:numId w:val="${this.numId(s.list[0])}"/></w:numPr>` : '',
          s.outline !== undefined ? `<w:outlineLvl w:val="${s.outline}"/>` : '',
        ].join('');
        const rPr = [s.bold ? '<w:b/><w:bCs/>' : '', s.caps ? '<w:caps/>' : ''].join('');
        const isDefault = id === 'Normal' ? ' w:default="1"' : '';
        return `<w:style w:type="paragraph"${isDefault} w:styleId="${esc(id)}"><w:name w:val="${esc(s.name)}"/>${s.basedOn ? `<w:basedOn w:val="${esc(s.basedOn)}"/>` : ''}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`;
      })
      .join('');
    const defaults = '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="et-EE"/></w:rPr></w:rPrDefault></w:docDefaults>';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${defaults}${styles}</w:styles>`;
  }
}

/** The .docx bytes of a corpus document. */
export function buildDocx(doc: CorpusDoc): Uint8Array {
  const w = new Writer(doc);
  const document = w.document();
  const numbering = w.numbering();
  const header = doc.header ? w.headerFooter('hdr', doc.header) : undefined;
  const footer = doc.footer ? w.headerFooter('ftr', doc.footer) : undefined;
  const rels = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    numbering ? '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
    header ? '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '',
    footer ? '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '',
  ].join('');
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '',
    header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '',
    footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>`),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(w.styles()),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(numbering);
  if (header) files['word/header1.xml'] = strToU8(header);
  if (footer) files['word/footer1.xml'] = strToU8(footer);
  return zipSync(files, { level: 6, mtime: FIXED_DATE });
}
