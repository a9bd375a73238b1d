/**
 * The catalogue table (table.ts) as CSV. Export writes RFC 4180 (comma separated, CRLF line ends,
 * fields with a comma, quote or line break in double quotes, quotes doubled) in UTF-8 with a
 * byte-order mark, so that Excel reads the Estonian letters. Import also takes what Excel saves:
 * semicolons or tabs, UTF-16 ("Unicode text") and the Windows code page (Windows-1257).
 *
 * A cell that Excel would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe, and so is one that begins with an apostrophe;
 * import removes that one apostrophe again, so text round-trips exactly and never runs.
 */
import { DataError } from '../schema';
import { catalogueFromTable, catalogueTable, type ImportOptions, type TableRow } from './table';
import type { Catalogue } from './types';
import { decodeUtf8 } from './utf8';

const BOM = '\uFEFF';
const SEPARATORS = [',', ';', '\t'] as const;
type Separator = (typeof SEPARATORS)[number];

const ACTIVE = /^[=+\-@\t\r']/;
const NEUTRALISED = /^'[=+\-@\t\r']/;

/** The cell as Excel may see it: never a formula. */
export function neutralise(cell: string): string {
  return ACTIVE.test(cell) ? `'${cell}` : cell;
}

/** The cell as written before `neutralise`. */
export function restore(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The catalogue's competencies as CSV text (with a byte-order mark). */
export function exportCsv(catalogue: Catalogue): string {
  const lines = catalogueTable(catalogue).map((cells) => cells.map((c) => quote(neutralise(c))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The separator of the first line: the candidate found most often outside quotes (a comma when none). */
function detectSeparator(src: string): Separator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\r' || ch === '\n')) break;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Separator = ',';
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

/**
 * Parses RFC 4180 text (any of the separators, detected from the first line) into rows that
 * know the line they start on; line breaks inside quoted fields become "\n".
 */
function parseRows(text: string, file: string): TableRow[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const separator = detectSeparator(src);
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    cells.push(restore(field));
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    // Blank lines (e.g. at the end) carry no competency.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ at: `line ${rowLine}`, cells });
    cells = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        field += '\n';
        line++;
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) throw new DataError(file, `line ${line}`, 'has a quote inside an unquoted field');
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (ch === separator) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line++;
      rowLine = line;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      if (wasQuoted) throw new DataError(file, `line ${line}`, 'has text after a closing quote');
      field += ch;
      i++;
    }
  }
  if (quoted) throw new DataError(file, `line ${line}`, 'has a quoted field that is never closed');
  if (field !== '' || wasQuoted || cells.length > 0) endRow();
  return rows;
}

/** Parses CSV text into rows of fields (apostrophes added by the export removed). */
export function parseCsv(text: string, file: string): string[][] {
  return parseRows(text, file).map((r) => r.cells);
}

/** A catalogue from CSV text: the base catalogue with its competencies replaced by the rows. */
export function importCsv(text: string, file: string, options: ImportOptions): Catalogue {
  return catalogueFromTable(parseRows(text, file), file, options);
}

/** Non-ASCII characters an Estonian or English catalogue has; in Windows-1257 anything else means another code page. */
const ESTONIAN_1257 = /^[\u0000-\u007fõäöüšžéÕÄÖÜŠŽÉ„“”‘’–—…€«»§°×·±½\u00a0\u00ad]*$/;

/**
 * The text of a CSV file as Excel saves it: UTF-8 (with or without a byte-order mark), UTF-16
 * with a byte-order mark ("Unicode text"), or, when it is not UTF-8, Windows-1257 (Estonian
 * Excel's plain "CSV"). Text that would only decode to something else is refused in words rather
 * than read wrongly. `encoding` says which was used.
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string; encoding: 'UTF-8' | 'UTF-16' | 'Windows-1257' } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'UTF-16' };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const baltic = new TextDecoder('windows-1257').decode(bytes);
  if (ESTONIAN_1257.test(baltic)) return { text: baltic, encoding: 'Windows-1257' };
  throw new DataError(file, '', 'is not UTF-8 text, nor Estonian text in the Windows code page; in Excel save it as "CSV UTF-8"');
}
