/**
 * Writes a snapshot as a .docx the way Word (Microsoft 365) saves one, not the way our own writer
 * does: rsid and w14:paraId attributes, text split into runs mid-word (as editing sessions leave
 * it), w:proofErr around a flagged word, _GoBack and _Hlk bookmarks (one running across
 * paragraphs), w:lastRenderedPageBreak, lists through numbering.xml, headings through Word's
 * built-in style names, and the content controls the add-in inserts as Word keeps them: block-level
 * w:sdt around paragraphs and tables with w:alias, w:id, w15:appearance and a placeholder, nested
 * ones, and (with `shapes`) row-level, cell-level and run-level ones, fields and hyperlinks.
 */
import { strToU8, zipSync } from 'fflate';
import type { Block, DocumentSnapshot } from '../../src/core/snapshot';

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hex = (n: number, width = 8) => ((n * 2654435761) >>> 0).toString(16).toUpperCase().padStart(8, '0').slice(-width);

/** Extra shapes Word gives some paragraphs: keyed by the block's text. */
export interface Shapes {
  /** Wrap the table row that holds this cell text in a row-level content control with this tag. */
  rowControl?: { cell: string; tag: string };
  /** Wrap the cell with this text in a cell-level content control. */
  cellControl?: { cell: string; tag: string };
  /** Put this part of a paragraph's text in a run-level (inline) content control. */
  inlineControl?: { text: string; tag: string };
  /** Put this part of a paragraph's text in a DATE field (its result) and this part in a hyperlink. */
  field?: string;
  hyperlink?: string;
  /** Tracked changes: this part inserted, and this text deleted after it (not in the result). */
  inserted?: string;
  deleted?: { after: string; text: string };
  /** Comments on these words; the first `resolved` of them marked done. */
  comments?: { on: string[]; resolved: number };
}

class Writer {
  private n = 0;
  private bookmark = 0;
  private openHlk = false;

  constructor(private readonly shapes: Shapes) {}

  /** Runs as Word splits them: every few characters, mid-word; the third word flagged by the speller. */
  runs(text: string, bold: boolean): string {
    const rPr = `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}<w:lang w:val="et-EE"/></w:rPr>`;
    const pieces = text.split(/(\t|\n)/).filter((s) => s !== '');
    return pieces
      .map((piece) => {
        if (piece === '\t') return `<w:r>${rPr}<w:tab/></w:r>`;
        if (piece === '\n') return `<w:r>${rPr}<w:br/></w:r>`;
        const cut = piece.length > 12 ? 7 + (this.n % 5) : piece.length;
        const run = (t: string, k: number) => `<w:r w:rsidRPr="${hex(this.n + k, 8)}">${rPr}<w:t xml:space="preserve">${escape(t)}</w:t></w:r>`;
        const flagged = this.n % 3 === 0 && piece.length > cut;
        return run(piece.slice(0, cut), 1) + (flagged ? '<w:proofErr w:type="spellStart"/>' : '') + (piece.length > cut ? run(piece.slice(cut), 2) : '') + (flagged ? '<w:proofErr w:type="spellEnd"/>' : '');
      })
      .join('');
  }

  /** A paragraph's content: runs, with the special shapes where its text has them. */
  content(text: string, bold: boolean): string {
    const s = this.shapes;
    const special: [string | undefined, (part: string) => string][] = [
      [s.inlineControl?.text, (part) => sdt(s.inlineControl!.tag, this.runs(part, bold), this.n)],
      [s.field, (part) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${this.runs(part, bold)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`],
      [s.hyperlink, (part) => `<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${escape(part)}</w:t></w:r></w:hyperlink>`],
      [s.inserted, (part) => `<w:ins w:id="${900 + this.n}" w:author="Kadri Tamm" w:date="2026-03-02T10:00:00Z">${this.runs(part, bold)}</w:ins>`],
      ...(s.comments?.on ?? []).map((on, k): [string, (part: string) => string] => [
        on,
        (part) => `<w:commentRangeStart w:id="${k}"/>${this.runs(part, bold)}<w:commentRangeEnd w:id="${k}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${k}"/></w:r>`,
      ]),
    ];
    for (const [part, write] of special) {
      const at = part ? text.indexOf(part) : -1;
      if (part && at >= 0) return this.content(text.slice(0, at), bold) + write(part) + this.deletedAfter(part) + this.content(text.slice(at + part.length), bold);
    }
    return this.runs(text, bold);
  }

  private deletedAfter(part: string): string {
    const d = this.shapes.deleted;
    if (!d || d.after !== part) return '';
    return `<w:del w:id="950" w:author="Kadri Tamm" w:date="2026-03-02T10:01:00Z"><w:r><w:delText xml:space="preserve">${escape(d.text)}</w:delText></w:r></w:del>`;
  }

  paragraph(b: Block): string {
    const i = ++this.n;
    const pPr =
      (b.headingLevel ? `<w:pStyle w:val="Heading${b.headingLevel}"/>` : b.bullet ? '<w:pStyle w:val="ListParagraph"/>' : '') +
      (b.bullet ? `<w:numPr><w:ilvl w:val="${b.listLevel ?? 0}"/><w:numId w:val="1"/></w:numPr>` : '') +
      '<w:spacing w:after="120"/>';
    let marks = '';
    if (i === 3) marks += `<w:bookmarkStart w:id="${this.bookmark}" w:name="_GoBack"/><w:bookmarkEnd w:id="${this.bookmark++}"/>`;
    if (i % 17 === 5) {
      marks += `<w:bookmarkStart w:id="${this.bookmark}" w:name="_Hlk${hex(i, 9)}"/>`;
      this.openHlk = true;
    }
    const end = this.openHlk && i % 17 === 7 ? `<w:bookmarkEnd w:id="${this.bookmark++}"/>` : '';
    if (end) this.openHlk = false;
    const pageBreak = i % 23 === 0 ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '';
    return `<w:p w14:paraId="${hex(i)}" w14:textId="${hex(i + 7)}" w:rsidR="${hex(i, 8)}" w:rsidRDefault="${hex(i, 8)}" w:rsidP="${hex(i + 3, 8)}"><w:pPr>${pPr}</w:pPr>${marks}${pageBreak}${this.content(b.text, b.bold === true)}${end}</w:p>`;
  }

  table(cells: Block[]): string {
    const rows = new Map<number, Map<number, Block[]>>();
    for (const c of cells) {
      const row = rows.get(c.table!.row) ?? new Map<number, Block[]>();
      row.set(c.table!.col, [...(row.get(c.table!.col) ?? []), c]);
      rows.set(c.table!.row, row);
    }
    const cols = Math.max(...[...rows.values()].map((r) => r.size));
    const grid = Array.from({ length: cols }, () => '<w:gridCol w:w="4672"/>').join('');
    const body = [...rows.values()]
      .map((row) => {
        const tcs = [...row.values()].map((paras) => {
          const tc = `<w:tc><w:tcPr><w:tcW w:w="4672" w:type="dxa"/></w:tcPr>${paras.map((p) => this.paragraph(p)).join('')}</w:tc>`;
          const c = this.shapes.cellControl;
          return c && paras.some((p) => p.text === c.cell) ? sdt(c.tag, tc, this.n) : tc;
        });
        const tr = `<w:tr w:rsidR="${hex(this.n, 8)}" w14:paraId="${hex(this.n + 1)}" w14:textId="77777777">${tcs.join('')}</w:tr>`;
        const r = this.shapes.rowControl;
        return r && [...row.values()].flat().some((p) => p.text === r.cell) ? sdt(r.tag, tr, this.n) : tr;
      })
      .join('');
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
  }

  /** The body: paragraphs and tables, inside the content controls their tags name, opened and closed as the tags change. */
  body(blocks: Block[]): string {
    const out: string[] = [];
    const open: string[] = [];
    for (let i = 0; i < blocks.length; ) {
      const b = blocks[i];
      let end = i + 1;
      while (b.kind === 'cell' && end < blocks.length && blocks[end].kind === 'cell' && blocks[end].table?.table === b.table?.table) end++;
      const unit = blocks.slice(i, end);
      if (unit.some((c) => c.tags.join() !== b.tags.join())) throw new Error('a table whose cells are in different content controls');
      let keep = 0;
      while (keep < open.length && open[keep] === b.tags[keep]) keep++;
      for (; open.length > keep; open.pop()) out.push(SDT_END);
      for (const tag of b.tags.slice(keep)) {
        out.push(sdtStart(tag, this.n + open.length));
        open.push(tag);
      }
      out.push(b.kind === 'cell' ? this.table(unit) : this.paragraph(b));
      i += unit.length;
    }
    for (; open.length > 0; open.pop()) out.push(SDT_END);
    return out.join('');
  }
}

function sdtStart(tag: string, n: number): string {
  return (
    `<w:sdt><w:sdtPr><w:rPr><w:lang w:val="et-EE"/></w:rPr><w:alias w:val="${escape(tag)}"/><w:tag w:val="${escape(tag)}"/>` +
    `<w:id w:val="${-((n * 7919) % 2147483647) - 1}"/><w15:appearance w15:val="boundingBox"/>` +
    '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder></w:sdtPr><w:sdtEndPr/><w:sdtContent>'
  );
}

const SDT_END = '</w:sdtContent></w:sdt>';
const sdt = (tag: string, inner: string, n: number) => `${sdtStart(tag, n)}${inner}${SDT_END}`;

const STYLES =
  `<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/><w:lang w:val="et-EE"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  [1, 2]
    .map((l) => `<w:style w:type="paragraph" w:styleId="Heading${l}"><w:name w:val="heading ${l}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading${l}Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="${l - 1}"/></w:pPr><w:rPr><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="${34 - 4 * l}"/></w:rPr></w:style>`)
    .join('') +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>';

const NUMBERING =
  `<w:numbering ${NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1C2D3E4F"/><w:multiLevelType w:val="hybridMultilevel"/>` +
  [0, 1, 2]
    .map((l) => `<w:lvl w:ilvl="${l}" w:tplc="04250001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (l + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>`)
    .join('') +
  '</w:abstractNum><w:num w:numId="1" w16cid:durableId="1234567890" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

function comments(on: string[], resolved: number): Record<string, string> {
  const paraId = (k: number) => hex(5000 + k);
  const list = on.map((_, k) => `<w:comment w:id="${k}" w:author="Kadri Tamm" w:date="2026-03-02T10:02:00Z" w:initials="KT"><w:p w14:paraId="${paraId(k)}" w14:textId="77777777"><w:r><w:t>Palun täpsusta.</w:t></w:r></w:p></w:comment>`);
  const extended = on.map((_, k) => `<w15:commentEx w15:paraId="${paraId(k)}" w15:done="${k < resolved ? 1 : 0}"/>`);
  return {
    'word/comments.xml': `<w:comments ${NS}>${list.join('')}</w:comments>`,
    'word/commentsExtended.xml': `<w15:commentsEx ${NS}>${extended.join('')}</w15:commentsEx>`,
  };
}

/** The .docx of `snapshot` as Word would save it, with the given shapes. */
export function wordDocx(snapshot: DocumentSnapshot, shapes: Shapes = {}): Uint8Array {
  const body = new Writer(shapes).body(snapshot.blocks);
  const sect = '<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.sotsiaalkindlustusamet.ee/" TargetMode="External"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body>${body}${sect}</w:body></w:document>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${STYLES}`,
    'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${NUMBERING}`,
    ...(shapes.comments ? comments(shapes.comments.on, shapes.comments.resolved) : {}),
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}
