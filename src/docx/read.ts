import { strFromU8 } from 'fflate';
import type { Block, DocumentSnapshot, TableRef } from '../core/snapshot';
import { DocxError, fileTooLarge } from './errors';
import { Numbering } from './numbering';
import { parseStyles, type Styles } from './styles';
import { isOn, parseXml } from './xml';
import { CUSTOM_PART, readDismissals } from './properties';
import { openZip, type ZipArchive, type ZipEntry } from './zip';

export { DocxError } from './errors';

/** Limits that keep a hostile file from exhausting memory or time. */
export interface DocxLimits {
  /** Largest file accepted. */
  maxFileBytes: number;
  /** Most zip entries accepted. */
  maxEntries: number;
  /** Largest unpacked size of one part that is read (document, styles, numbering, comments). */
  maxEntryBytes: number;
  /** Largest unpacked size of all the parts read together. */
  maxTotalBytes: number;
  /** Deepest XML nesting accepted. */
  maxDepth: number;
  /** Most characters of text in the document, list numbers included. */
  maxTextChars: number;
  /** Most paragraphs (blocks); each costs an object however little it holds. */
  maxBlocks: number;
  /** Longest list-number format (w:lvlText) and longest rendered list number. */
  maxNumberChars: number;
}

export const DEFAULT_LIMITS: DocxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 5000,
  // A job description's document.xml is some hundred kB, a book's a few MB; parsing is the cost.
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 24 * 1024 * 1024,
  maxDepth: 256,
  maxTextChars: 4 * 1024 * 1024,
  maxBlocks: 100_000,
  maxNumberChars: 256,
};

const PARTS = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
  comments: 'word/comments.xml',
  commentsExtended: 'word/commentsExtended.xml',
};

/** Elements that count as one tracked change each. */
const REVISIONS = new Set([
  'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange',
  'w:tblPrChange', 'w:tblPrExChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange',
  'w:numberingChange', 'w:cellIns', 'w:cellDel', 'w:cellMerge',
]);

/** Content that Word does not list in body.paragraphs (text boxes, drawings, fallbacks). */
export const SKIPPED = new Set(['mc:Fallback', 'w:txbxContent', 'w:drawing', 'w:pict', 'w:object']);

/** Heading styles by name, Word's English and Estonian built-in names. */
const HEADING_NAME = /^(?:heading|pealkiri)\s*([1-9])$/i;

interface Paragraph {
  block: Block;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  runs: number;
  boldRuns: number;
  capsRuns: number;
}

interface Run {
  styleId?: string;
  bold?: boolean;
  caps?: boolean;
  text: boolean;
}

interface Sdt {
  inline: boolean;
  tag?: string;
}

function decode(bytes: Uint8Array | undefined): string | undefined {
  return bytes ? strFromU8(bytes) : undefined;
}

/**
 * Reads a .docx file into a snapshot: one block per paragraph, in the order of Word's
 * body.paragraphs (table cells included), with rendered list numbers, styles, headings and the
 * tags of the content controls around each block. Throws a DocxError with a one-line reason.
 */
export function readDocx(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocumentSnapshot {
  return readDocxLayout(bytes, limits).snapshot;
}

/** A snapshot and where its blocks are in the main part: what the package editor (./edit.ts) needs. */
export interface DocxLayout {
  snapshot: DocumentSnapshot;
  /** The main part's name (word/document.xml) and its text. */
  documentName: string;
  documentXml: string;
  /** For each block, which w:p start tag of `documentXml` it is (0-based, every w:p counted). */
  paragraphs: number[];
}

export function readDocxLayout(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocxLayout {
  const lim: DocxLimits = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length > lim.maxFileBytes) {
    const reason = fileTooLarge(bytes.length, lim.maxFileBytes);
    throw new DocxError(reason.en, reason.et);
  }
  const zip = openZip(bytes, lim);
  const byName = zip.entries;
  const documentName = byName.has(PARTS.document) ? PARTS.document : mainPartName(zip, lim);
  if (!documentName || !byName.has(documentName)) {
    if (byName.has('EncryptionInfo') || byName.has('EncryptedPackage')) {
      throw new DocxError(
        'password-protected .docx: remove the password in Word and save again',
        'parooliga kaitstud .docx: eemaldage Wordis parool ja salvestage uuesti',
      );
    }
    throw new DocxError('not a .docx file (word/document.xml is missing)', 'see ei ole .docx-fail (word/document.xml puudub)');
  }
  const wanted = [documentName, PARTS.styles, PARTS.numbering, PARTS.comments, PARTS.commentsExtended, CUSTOM_PART].map((n) => byName.get(n)).filter((e): e is ZipEntry => !!e);
  const declared = wanted.reduce((sum, e) => sum + e.size, 0);
  if (declared > lim.maxTotalBytes) {
    throw new DocxError(`file too large when unpacked (${declared} bytes, at most ${lim.maxTotalBytes})`, `fail on lahtipakituna liiga suur (${declared} baiti, lubatud kuni ${lim.maxTotalBytes})`);
  }
  const part = (name: string) => decode(zip.read(name));
  const documentXml = part(documentName)!;
  const styles = parseStyles(part(PARTS.styles), lim);
  const numbering = new Numbering(part(PARTS.numbering), lim);
  const comments = countOpenComments(part(PARTS.comments), part(PARTS.commentsExtended), lim);
  const { blocks, trackedChanges, paragraphs } = readBody(documentXml, documentName, styles, numbering, lim);
  const snapshot: DocumentSnapshot = { blocks, trackedChanges, comments };
  const dismissals = readDismissals(part(CUSTOM_PART), lim);
  if (dismissals.length > 0) snapshot.dismissals = dismissals;
  return { snapshot, documentName, documentXml, paragraphs };
}

/**
 * Comments not marked resolved. Word marks a resolved thread in commentsExtended.xml
 * (w15:done on the paraId of the comment's last paragraph); a reply follows its parent.
 */
function countOpenComments(commentsXml: string | undefined, extendedXml: string | undefined, lim: DocxLimits): number {
  if (!commentsXml) return 0;
  const lastParaIds: (string | undefined)[] = [];
  parseXml(commentsXml, PARTS.comments, lim, {
    open(name, attrs, path) {
      if (name === 'w:comment') lastParaIds.push(undefined);
      else if (name === 'w:p' && path[path.length - 2] === 'w:comment') lastParaIds[lastParaIds.length - 1] = attrs['w14:paraId'];
    },
    close() {},
  });
  if (!extendedXml) return lastParaIds.length;
  const done = new Map<string, boolean>();
  const parent = new Map<string, string>();
  parseXml(extendedXml, PARTS.commentsExtended, lim, {
    open(name, attrs) {
      const id = attrs['w15:paraId'];
      if (name !== 'w15:commentEx' || !id) return;
      done.set(id, attrs['w15:done'] === '1' || attrs['w15:done'] === 'true');
      if (attrs['w15:paraIdParent']) parent.set(id, attrs['w15:paraIdParent']);
    },
    close() {},
  });
  const resolved = (id: string | undefined) => !!id && (done.get(id) || done.get(parent.get(id) ?? '') || false);
  return lastParaIds.filter((id) => !resolved(id)).length;
}

/** The main part named by the package relationships, for the rare file that does not use word/document.xml. */
function mainPartName(zip: ZipArchive, lim: DocxLimits): string | undefined {
  const rels = decode(zip.read('_rels/.rels', 1024 * 1024));
  if (rels === undefined) return undefined;
  let target: string | undefined;
  parseXml(rels, '_rels/.rels', lim, {
    open(name, attrs) {
      if (name === 'Relationship' && /\/officeDocument$/.test(attrs.Type ?? '') && !target) target = attrs.Target;
    },
    close() {},
  });
  return target?.replace(/^\//, '');
}

function readBody(xml: string, part: string, styles: Styles, numbering: Numbering, lim: DocxLimits) {
  const blocks: Block[] = [];
  /** Which w:p start tag each block is; `seen` counts them all, skipped ones too. */
  const paragraphs: number[] = [];
  let seen = 0;
  let trackedChanges = 0;
  let textChars = 0;
  let skip = 0;
  let deleted = 0;
  let tableDepth = 0;
  let tableCount = 0;
  let ref: TableRef | undefined;
  const sdts: Sdt[] = [];
  let para: Paragraph | undefined;
  let run: Run | undefined;
  let inText = false;
  /** Paragraphs opened inside a paragraph (only in odd files): ignored with all they hold. */
  let nestedParagraphs = 0;

  const count = (chars: number) => {
    textChars += chars;
    if (textChars > lim.maxTextChars) throw new DocxError(`document has too much text (more than ${lim.maxTextChars} characters)`, `dokumendis on liiga palju teksti (üle ${lim.maxTextChars} märgi)`);
  };

  const append = (s: string) => {
    if (!para || deleted > 0) return;
    count(s.length);
    para.block.text += s;
    if (run && s.trim()) run.text = true;
  };

  const finishParagraph = (p: Paragraph) => {
    const b = p.block;
    const styleId = p.styleId ?? styles.defaultParagraphStyle;
    const style = styleId ? styles.name(styleId) : undefined;
    if (style) b.style = style;
    const byName = style ? HEADING_NAME.exec(style) : null;
    const outline = p.outlineLvl ?? styles.inherited(styleId, 'outlineLvl');
    if (byName) b.headingLevel = Number(byName[1]);
    else if (outline !== undefined && outline >= 0 && outline <= 8) b.headingLevel = outline + 1;
    // Numbering: the paragraph's own numPr, else its style's.
    const numId = p.numId ?? styles.inherited(styleId, 'numId');
    if (numId !== undefined && numbering.has(numId)) {
      const ilvl = p.ilvl ?? styles.inherited(styleId, 'ilvl') ?? 0;
      const rendered = numbering.next(numId, ilvl);
      b.listLevel = Math.min(Math.max(0, ilvl | 0), 8);
      if (rendered.bullet) b.bullet = true;
      else if (rendered.text) {
        count(rendered.text.length); // numbers are text too: a long one repeated must not escape the limit
        b.number = rendered.text;
      }
    }
    if (p.runs > 0 && p.boldRuns === p.runs) b.bold = true;
    if (p.runs > 0 && p.capsRuns === p.runs) b.allCaps = true;
  };

  const finishRun = (r: Run) => {
    if (!para || !r.text) return;
    para.runs++;
    const styleId = para.styleId ?? styles.defaultParagraphStyle;
    const bold = r.bold ?? styles.inherited(r.styleId, 'bold') ?? styles.inherited(styleId, 'bold') ?? styles.defaultBold;
    const caps = r.caps ?? styles.inherited(r.styleId, 'caps') ?? styles.inherited(styleId, 'caps') ?? styles.defaultCaps;
    if (bold) para.boldRuns++;
    if (caps) para.capsRuns++;
  };

  parseXml(xml, part, lim, {
    open(name, attrs, path) {
      if (name === 'w:p') seen++;
      if (skip > 0 || SKIPPED.has(name)) {
        skip++;
        return;
      }
      if (REVISIONS.has(name)) trackedChanges++;
      const parent = path[path.length - 2];
      const grand = path[path.length - 3];
      const val = attrs['w:val'];
      switch (name) {
        case 'w:p': {
          if (para) {
            nestedParagraphs++;
            return;
          }
          if (blocks.length >= lim.maxBlocks) throw new DocxError(`document has too many paragraphs (more than ${lim.maxBlocks})`, `dokumendis on liiga palju lõike (üle ${lim.maxBlocks})`);
          const block: Block = { index: blocks.length, kind: ref ? 'cell' : 'paragraph', text: '', tags: [] };
          if (ref) block.table = { ...ref };
          for (const s of sdts) if (!s.inline && s.tag) block.tags.push(s.tag);
          blocks.push(block);
          paragraphs.push(seen - 1);
          para = { block, runs: 0, boldRuns: 0, capsRuns: 0 };
          return;
        }
        case 'w:r':
          if (para) run = { text: false };
          return;
        case 'w:t':
          inText = parent === 'w:r' && !!run;
          return;
        case 'w:tab':
        case 'w:ptab':
          if (parent === 'w:r') append('\t');
          return;
        case 'w:br':
          // A line break inside a paragraph is "\n", as the Word adapter reads it; page and column breaks are nothing.
          if (parent === 'w:r' && (attrs['w:type'] ?? 'textWrapping') === 'textWrapping') append('\n');
          return;
        case 'w:cr':
          if (parent === 'w:r') append('\n');
          return;
        case 'w:noBreakHyphen':
          if (parent === 'w:r') append('-');
          return;
        case 'w:del':
        case 'w:moveFrom':
          deleted++;
          return;
        case 'w:tbl':
          tableDepth++;
          if (tableDepth === 1) ref = { table: tableCount++, row: -1, col: -1 };
          return;
        case 'w:tr':
          if (tableDepth === 1 && ref) {
            ref.row++;
            ref.col = -1;
          }
          return;
        case 'w:tc':
          if (tableDepth === 1 && ref) ref.col++;
          return;
        case 'w:sdt':
          sdts.push({ inline: !!para });
          return;
        case 'w:tag':
          if (parent === 'w:sdtPr' && sdts.length > 0 && val) sdts[sdts.length - 1].tag = val;
          return;
      }
      if (!para) return;
      // Paragraph properties (not those inside a w:pPrChange, which are the old ones).
      if (parent === 'w:pPr' && grand === 'w:p') {
        if (name === 'w:pStyle') para.styleId = val;
        else if (name === 'w:outlineLvl' && val !== undefined) para.outlineLvl = Number(val);
      } else if (parent === 'w:numPr' && grand === 'w:pPr' && path[path.length - 4] === 'w:p') {
        if (name === 'w:numId') para.numId = val;
        else if (name === 'w:ilvl' && val !== undefined) para.ilvl = Number(val);
      } else if (run && parent === 'w:rPr' && grand === 'w:r') {
        if (name === 'w:rStyle') run.styleId = val;
        else if (name === 'w:b') run.bold = isOn(attrs);
        else if (name === 'w:caps') run.caps = isOn(attrs);
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:p':
          if (nestedParagraphs > 0) {
            nestedParagraphs--;
            return;
          }
          if (para) finishParagraph(para);
          para = undefined;
          run = undefined;
          return;
        case 'w:r':
          if (run) finishRun(run);
          run = undefined;
          return;
        case 'w:t':
          inText = false;
          return;
        case 'w:del':
        case 'w:moveFrom':
          deleted--;
          return;
        case 'w:tbl':
          tableDepth--;
          if (tableDepth === 0) ref = undefined;
          return;
        case 'w:sdt':
          sdts.pop();
          return;
      }
    },
    text(t) {
      if (inText && skip === 0) append(t);
    },
  });
  return { blocks, trackedChanges, paragraphs };
}
