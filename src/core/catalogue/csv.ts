/**
 * The catalogue's competencies as CSV (RFC 4180: comma separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes, quotes doubled; UTF-8 with a byte-order mark so
 * that Excel reads the Estonian letters). One row per competency:
 *
 *   id, group, status, replaced_by, changed_in, name_et, name_en, description_et, description_en,
 *   indicators_et, indicators_en, keywords, levels
 *
 * Indicators are one per line inside their cell; keywords are joined with ";"; levels (rare,
 * structured) are the JSON array of the entry's levels, empty when it has none. Clauses are not
 * in the CSV: an import takes them, and the catalogue's header, from a base catalogue.
 */
import { DataError } from '../schema';
import { loadCatalogue } from './load';
import type { Catalogue, CatalogueCompetency } from './types';

export const CSV_COLUMNS = [
  'id',
  'group',
  'status',
  'replaced_by',
  'changed_in',
  'name_et',
  'name_en',
  'description_et',
  'description_en',
  'indicators_et',
  'indicators_en',
  'keywords',
  'levels',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function row(c: CatalogueCompetency): Record<Column, string> {
  return {
    id: c.id,
    group: c.group,
    status: c.status,
    replaced_by: c.replacedBy ?? '',
    changed_in: c.changedIn,
    name_et: c.name.et,
    name_en: c.name.en,
    description_et: c.description.et,
    description_en: c.description.en,
    indicators_et: c.indicators.et.join('\n'),
    indicators_en: c.indicators.en.join('\n'),
    keywords: c.keywords.join(';'),
    levels: c.levels && c.levels.length > 0 ? JSON.stringify(c.levels) : '',
  };
}

/** The catalogue's competencies as CSV text (with a byte-order mark). */
export function exportCsv(catalogue: Catalogue): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const c of catalogue.competencies) {
    const r = row(c);
    lines.push(CSV_COLUMNS.map((col) => quote(r[col])).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 text into rows of fields; line breaks inside quoted fields become "\n". */
export function parseCsv(text: string, file: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
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
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endField();
      rows.push(fields);
      fields = [];
      line++;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      if (wasQuoted) throw new DataError(file, `line ${line}`, 'has text after a closing quote');
      field += ch;
      i++;
    }
  }
  if (quoted) throw new DataError(file, `line ${line}`, 'has a quoted field that is never closed');
  if (field !== '' || wasQuoted || fields.length > 0) {
    endField();
    rows.push(fields);
  }
  // Blank lines (e.g. at the end) carry no competency.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

export interface ImportOptions {
  /** Supplies the clauses, publisher, version and date; the CSV replaces its competencies. */
  base: Catalogue;
  /** The new catalogue's version (default: the base's). */
  version?: string;
  /** The new catalogue's date, YYYY-MM-DD (default: the base's). */
  published?: string;
}

const lines = (cell: string) => (cell === '' ? [] : cell.split('\n'));

/**
 * A catalogue from CSV: the base catalogue with its competencies replaced by the CSV's rows.
 * Validated like any catalogue; errors name the line and column, or the entry and field.
 */
export function importCsv(text: string, file: string, options: ImportOptions): Catalogue {
  const rows = parseCsv(text, file);
  if (rows.length === 0) throw new DataError(file, 'line 1', 'is empty; the first line must name the columns');
  const header = rows[0].map((h) => h.trim());
  for (const col of CSV_COLUMNS) {
    if (!header.includes(col)) throw new DataError(file, `line 1, column ${col}`, 'is missing');
  }
  const extra = header.find((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (extra !== undefined) throw new DataError(file, `line 1, column ${extra}`, 'is not a known column');
  const competencies = rows.slice(1).map((fields, n) => {
    const at = `line ${n + 2}`;
    if (fields.length !== header.length) {
      throw new DataError(file, at, `has ${fields.length} fields; the header has ${header.length}`);
    }
    const cell = (col: Column) => fields[header.indexOf(col)];
    const entry: Record<string, unknown> = {
      id: cell('id'),
      name: { et: cell('name_et'), en: cell('name_en') },
      description: { et: cell('description_et'), en: cell('description_en') },
      group: cell('group'),
      indicators: { et: lines(cell('indicators_et')), en: lines(cell('indicators_en')) },
      keywords: cell('keywords') === '' ? [] : cell('keywords').split(';').map((k) => k.trim()).filter(Boolean),
      status: cell('status'),
      changedIn: cell('changed_in'),
    };
    if (cell('levels') !== '') {
      try {
        entry.levels = JSON.parse(cell('levels'));
      } catch {
        throw new DataError(file, `${at}, column levels`, 'is not valid JSON');
      }
    }
    if (cell('replaced_by') !== '') entry.replacedBy = cell('replaced_by');
    return entry;
  });
  const { base } = options;
  return loadCatalogue(
    {
      format: 1,
      version: options.version ?? base.version,
      published: options.published ?? base.published,
      publisher: base.publisher,
      competencies,
      clauses: base.clauses,
    },
    file,
  );
}
