/**
 * The catalogue table (table.ts) as an Excel workbook (.xlsx), so that HR edits it in Excel
 * without CSV's pitfalls: cells are text (never formulas, never numbers or dates that Excel
 * rewrites, e.g. version "2026.10" to 2026.1), line breaks stay inside their cell, and no code
 * page or separator is guessed. Written with fflate; read with the .docx reader's zip and XML
 * layers, so the same limits hold (sizes checked before and while inflating, no DOCTYPE, depth).
 */
import { strToU8, zipSync } from 'fflate';
import { DocxError } from '../docx/errors';
import { parseXml } from '../docx/xml';
import { openZip, XLSX, type ZipArchive } from '../docx/zip';
import { DataError } from '../core/schema';
import { catalogueFromTable, catalogueTable, COLUMNS, type ImportOptions, type TableRow } from '../core/catalogue/table';
import type { Catalogue } from '../core/catalogue/types';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_NAME = 'Kompetentsid';
/** Excel's own limit on the text of one cell. */
const MAX_CELL_CHARS = 32767;
const LIMITS = { kind: XLSX, maxEntries: 1000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024, maxDepth: 64 };
/** A catalogue has some thousands of cells; this is far above and still cheap. */
const MAX_CELLS = 200_000;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel's escape for what XML cannot hold: _xHHHH_ (a literal "_x0041_" keeps its underscore as _x005F_). */
function escapeCell(s: string): string {
  return s
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function unescapeCell(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const columnName = (i: number) => (i < 26 ? '' : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26));

const WIDTHS: Record<string, number> = { id: 22, name_et: 28, name_en: 28, description_et: 50, description_en: 50, indicators_et: 60, indicators_en: 60, keywords: 30 };

/** The catalogue's competencies as a one-sheet workbook. Throws a DataError for a text Excel would cut. */
export function exportXlsx(catalogue: Catalogue): Uint8Array {
  const table = catalogueTable(catalogue);
  const rows = table.map((cells, r) => {
    const xmlCells = cells.map((text, c) => {
      if (text.length > MAX_CELL_CHARS) {
        throw new DataError('catalogue', `competencies[${catalogue.competencies[r - 1].id}].${COLUMNS[c]}`, `is longer than the ${MAX_CELL_CHARS} characters an Excel cell holds`);
      }
      if (text === '') return '';
      return `<c r="${columnName(c)}${r + 1}" t="inlineStr" s="${r === 0 ? 1 : 2}"><is><t xml:space="preserve">${xml(escapeCell(text))}</t></is></c>`;
    });
    return `<row r="${r + 1}">${xmlCells.join('')}</row>`;
  });
  // Every column is formatted as text (style 2), so what HR types stays as typed.
  const cols = COLUMNS.map((name, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTHS[name] ?? 14}" style="2" customWidth="1"/>`).join('');
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>' +
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  const part = (s: string) => strToU8(s.startsWith('<?xml') ? s : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  return zipSync(
    {
      '[Content_Types].xml': part(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': part(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': part(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': part(sheet),
      'xl/styles.xml': part(styles),
    },
    { level: 6 },
  );
}

/** The element's name without its namespace prefix (generators differ: "sheet", "x:sheet"). */
const local = (name: string | undefined) => (name ?? '').slice((name ?? '').indexOf(':') + 1);

function text(zip: ZipArchive, name: string): string | undefined {
  const bytes = zip.read(name);
  return bytes && new TextDecoder().decode(bytes);
}

/** The first sheet's part and the shared strings' part, found through the workbook's relationships. */
function parts(zip: ZipArchive): { sheet: string; shared?: string } {
  const workbook = text(zip, 'xl/workbook.xml');
  if (workbook === undefined) throw new DocxError('not an Excel workbook (xl/workbook.xml is missing)', 'see ei ole Exceli töövihik (xl/workbook.xml puudub)');
  let sheetId: string | undefined;
  parseXml(workbook, 'xl/workbook.xml', LIMITS, {
    open(name, attrs) {
      if (local(name) !== 'sheet' || sheetId !== undefined) return;
      sheetId = Object.entries(attrs).find(([k]) => local(k) === 'id' && k.includes(':'))?.[1];
    },
    close() {},
  });
  const targets = new Map<string, string>();
  let shared: string | undefined;
  parseXml(text(zip, 'xl/_rels/workbook.xml.rels') ?? '<Relationships/>', 'xl/_rels/workbook.xml.rels', LIMITS, {
    open(name, attrs) {
      if (local(name) !== 'Relationship' || !attrs.Target) return;
      const target = attrs.Target.startsWith('/') ? attrs.Target.slice(1) : `xl/${attrs.Target}`;
      targets.set(attrs.Id, target);
      if (/\/sharedStrings$/.test(attrs.Type ?? '')) shared = target;
    },
    close() {},
  });
  const sheet = (sheetId && targets.get(sheetId)) ?? 'xl/worksheets/sheet1.xml';
  if (!zip.entries.has(sheet)) throw new DocxError(`the workbook has no sheet (${sheet} is missing)`, `töövihikus ei ole lehte (${sheet} puudub)`);
  return { sheet, shared };
}

/** Each <si>'s text: its <t> runs, phonetic guides (<rPh>) left out. */
function sharedStrings(xmlText: string | undefined): string[] {
  const strings: string[] = [];
  if (xmlText === undefined) return strings;
  parseXml(xmlText, 'xl/sharedStrings.xml', LIMITS, {
    open: (name) => void (local(name) === 'si' && strings.push('')),
    close() {},
    text(t, path) {
      if (strings.length > 0 && local(path[path.length - 1]) === 't' && !path.some((p) => local(p) === 'rPh')) strings[strings.length - 1] += t;
    },
  });
  return strings.map(unescapeCell);
}

function sheetRows(xmlText: string, partName: string, shared: string[], file: string): TableRow[] {
  const cells = new Map<number, Map<number, string>>();
  let count = 0;
  let rowNumber = 0;
  let column = -1;
  let cell: { type: string; value: string; inline: string } | undefined;
  parseXml(xmlText, partName, LIMITS, {
    open(name, attrs) {
      const n = local(name);
      if (n === 'row') {
        rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
        column = -1;
      } else if (n === 'c') {
        const ref = /^([A-Z]{1,3})(\d+)$/.exec(attrs.r ?? '');
        column = ref ? [...ref[1]].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0) - 1 : column + 1;
        if (ref) rowNumber = Number(ref[2]);
        if (!(rowNumber >= 1 && rowNumber <= 1048576 && Number.isInteger(rowNumber) && column < 16384)) {
          throw new DataError(file, attrs.r ? `cell ${attrs.r}` : `row ${rowNumber}`, 'is outside the sheet');
        }
        cell = { type: attrs.t ?? 'n', value: '', inline: '' };
      }
    },
    close(name) {
      if (local(name) !== 'c' || !cell) return;
      const { type, value, inline } = cell;
      cell = undefined;
      let v = type === 'inlineStr' ? unescapeCell(inline) : type === 'str' ? unescapeCell(value) : type === 'b' ? (value === '1' ? 'TRUE' : 'FALSE') : value;
      if (type === 's') {
        const s = shared[Number(value)];
        if (s === undefined) throw new DataError(file, `row ${rowNumber}, column ${columnName(column)}`, 'refers to a shared string that is not there');
        v = s;
      }
      if (v === '') return;
      if (++count > MAX_CELLS) throw new DataError(file, '', `has more than ${MAX_CELLS} filled cells`);
      if (!cells.has(rowNumber)) cells.set(rowNumber, new Map());
      cells.get(rowNumber)!.set(column, v);
    },
    text(t, path) {
      if (!cell) return;
      const n = local(path[path.length - 1]);
      if (n === 'v') cell.value += t;
      else if (n === 't' && !path.some((p) => local(p) === 'rPh')) cell.inline += t;
    },
  });
  const numbers = [...cells.keys()].sort((a, b) => a - b);
  const width = (r: number) => Math.max(...cells.get(r)!.keys()) + 1;
  const headerWidth = numbers.length > 0 ? width(numbers[0]) : 0;
  return numbers.map((r) => {
    const row = cells.get(r)!;
    return { at: `row ${r}`, cells: Array.from({ length: Math.max(headerWidth, width(r)) }, (_, c) => row.get(c) ?? '') };
  });
}

/**
 * A catalogue from a workbook's first sheet: the base catalogue with its competencies replaced by
 * the rows (formulas count by their last computed value; nothing is ever evaluated here).
 */
export function importXlsx(bytes: Uint8Array, file: string, options: ImportOptions): Catalogue {
  let rows: TableRow[];
  try {
    const zip = openZip(bytes, LIMITS);
    const { sheet, shared } = parts(zip);
    rows = sheetRows(text(zip, sheet)!, sheet, sharedStrings(shared ? text(zip, shared) : undefined), file);
  } catch (e) {
    if (e instanceof DocxError) throw new DataError(file, '', e.message);
    throw e;
  }
  return catalogueFromTable(rows, file, options);
}
