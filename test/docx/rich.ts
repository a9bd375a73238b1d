/**
 * A rich .docx written by hand, the way an agency's real job description comes: a header with the
 * agency's logo (an image), a footer "Kinnitatud … käskkirjaga" with a page field, Times New Roman
 * through the styles and Arial on some runs, italics and underline, headings in Word's Heading 1
 * style, real bulleted lists, tables with column widths 2500/6500, a comment, a tracked insertion,
 * a bookmark, document properties naming the author. The text is the civil-servant seed's, without
 * section 5 (VASTUTUS) and with one typo ("omavalistuse"): so the engine offers a replace and an
 * inserted section, and the duties table can take a row.
 */
import { strToU8, zipSync } from 'fflate';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DRAWING =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** A 1×1 PNG: the agency's "logo". */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export const FOOTER_TEXT = 'Kinnitatud Sotsiaalkindlustusameti peadirektori 02.01.2026 käskkirjaga nr 1.1-2/1';
export const TYPO = 'omavalistuse';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, rPr = '') => `<w:r w:rsidR="00A1B2C3">${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
let paraId = 0x1000;
const para = (inner: string, pPr = '') => `<w:p w14:paraId="${(paraId++).toString(16).toUpperCase().padStart(8, '0')}" w:rsidR="00A1B2C3">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;

function cell(texts: string[], width: number, bold: boolean): string {
  const ps = (texts.length ? texts : ['']).map((t) => para(t ? run(t, bold ? '<w:b/>' : '') : '', '<w:spacing w:after="0"/>'));
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${ps.join('')}</w:tc>`;
}

function table(rows: string[][][], widths: number[], header: boolean): string {
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const trs = rows.map((cells, r) => `<w:tr w:rsidR="00A1B2C3">${r === 0 && header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cell(c, widths[i], r === 0 && header)).join('')}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${trs.join('')}</w:tbl>`;
}

/** The body: the seed's blocks, with the richness above. */
function body(): string {
  const blocks = ametnikSeedSnapshot().blocks;
  const from = blocks.findIndex((b) => b.text === '5. VASTUTUS');
  const to = blocks.findIndex((b) => b.text === '6. TÖÖVAHENDID');
  const kept = blocks.filter((_, i) => i < from || i >= to);
  const out: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i];
    if (b.kind === 'cell') {
      const t = b.table!.table;
      const cells = kept.filter((c) => c.kind === 'cell' && c.table!.table === t);
      const rows: string[][][] = [];
      for (const c of cells) ((rows[c.table!.row] ??= [])[c.table!.col] ??= []).push(c.text.replace(/^\uF0B7\s*/, ''));
      const cols = rows[0].length;
      out.push(table(rows, cols === 2 ? [2500, 6500] : [2500, 3250, 3250], cells[0].bold === true));
      i += cells.length - 1;
      continue;
    }
    const text = b.text;
    if (text === 'AMETIJUHEND') {
      out.push(para(`<w:bookmarkStart w:id="0" w:name="_GoBack"/>${run(text, '<w:b/><w:sz w:val="32"/>')}<w:bookmarkEnd w:id="0"/>`, '<w:jc w:val="center"/>'));
    } else if (/^\d\. /.test(text)) {
      out.push(para(run(text), '<w:pStyle w:val="Heading1"/>'));
    } else if (text.startsWith('\uF0B7')) {
      out.push(para(run(text.replace(/^\uF0B7\s*/, '')), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'));
    } else if (text.startsWith('Ametikoha eesmärk on')) {
      // Italics, underline and another font in the paragraph that gets the typo fixed.
      const [head, tail] = [text.slice(0, 60), text.slice(60)];
      out.push(para(`${run(`${head} kohaliku ${TYPO} `)}${run('ja riigi', '<w:i/>')}${run(' asutustega', '<w:u w:val="single"/>')}${run(tail, '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>')}`));
    } else if (text === 'Ametnikul on õigus:') {
      out.push(para(`<w:commentRangeStart w:id="0"/>${run(text)}<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>`));
    } else if (text.startsWith('Töövahenditeks on')) {
      out.push(para(`${run(text)}<w:ins w:id="1" w:author="Mari Maasikas" w:date="2026-01-05T10:00:00Z">${run(' Lisaks printer.')}</w:ins>`));
    } else {
      out.push(para(text ? run(text, b.bold ? '<w:b/>' : '') : ''));
    }
  }
  const sectPr = '<w:sectPr w:rsidR="00A1B2C3"><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `${DECL}<w:document ${W} ${R} ${W14}><w:body>${out.join('')}${sectPr}</w:body></w:document>`;
}

const STYLES = `${DECL}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="et-EE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

const NUMBERING = `${DECL}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const HEADER = `${DECL}<w:hdr ${W} ${R} ${DRAWING}><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="457200"/><wp:docPr id="1" name="Logo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t>SOTSIAALKINDLUSTUSAMET</w:t></w:r></w:p></w:hdr>`;

const FOOTER = `${DECL}<w:ftr ${W}><w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${FOOTER_TEXT}. Lk </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;

const COMMENTS = `${DECL}<w:comments ${W}><w:comment w:id="0" w:author="Mari Maasikas" w:date="2026-01-05T09:00:00Z" w:initials="MM"><w:p><w:r><w:t>Kas õigused on juristiga kooskõlastatud?</w:t></w:r></w:p></w:comment></w:comments>`;

const REL = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
const RELS = (inner: string) => `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
const OVERRIDE = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;

/** The rich .docx; every part is deterministic, so two builds are the same bytes. */
export function richDocx(): Uint8Array {
  paraId = 0x1000;
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${[
      OVERRIDE('/word/document.xml', 'wordprocessingml.document.main+xml'),
      OVERRIDE('/word/styles.xml', 'wordprocessingml.styles+xml'),
      OVERRIDE('/word/numbering.xml', 'wordprocessingml.numbering+xml'),
      OVERRIDE('/word/settings.xml', 'wordprocessingml.settings+xml'),
      OVERRIDE('/word/header1.xml', 'wordprocessingml.header+xml'),
      OVERRIDE('/word/footer1.xml', 'wordprocessingml.footer+xml'),
      OVERRIDE('/word/comments.xml', 'wordprocessingml.comments+xml'),
      OVERRIDE('/docProps/app.xml', 'extended-properties+xml'),
    ].join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': RELS(
      REL('rId1', 'officeDocument', 'word/document.xml') +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        REL('rId3', 'extended-properties', 'docProps/app.xml'),
    ),
    'docProps/core.xml': `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Nõuniku ametijuhend</dc:title><dc:creator>Mari Maasikas</dc:creator><cp:lastModifiedBy>Mari Maasikas</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T10:00:00Z</dcterms:modified></cp:coreProperties>`,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>Sotsiaalkindlustusamet</Company></Properties>`,
    'word/_rels/document.xml.rels': RELS(
      REL('rId1', 'styles', 'styles.xml') + REL('rId2', 'numbering', 'numbering.xml') + REL('rId3', 'settings', 'settings.xml') +
        REL('rId8', 'header', 'header1.xml') + REL('rId9', 'footer', 'footer1.xml') + REL('rId10', 'comments', 'comments.xml'),
    ),
    'word/_rels/header1.xml.rels': RELS(REL('rId1', 'image', 'media/image1.png')),
    'word/document.xml': body(),
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    'word/settings.xml': `${DECL}<w:settings ${W}><w:trackRevisions/><w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/header1.xml': HEADER,
    'word/footer1.xml': FOOTER,
    'word/comments.xml': COMMENTS,
    'word/media/image1.png': PNG,
  };
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) bytes[name] = typeof content === 'string' ? strToU8(content) : content;
  // A fixed time, so that the zip is the same bytes each time.
  return zipSync(bytes, { mtime: new Date('2026-01-05T10:00:00Z') });
}
