/**
 * The catalogue's competencies as a table, the shape HR edits in Excel (as CSV or .xlsx).
 * One row per competency:
 *
 *   id, group, status, replaced_by, changed_in, name_et, name_en, description_et, description_en,
 *   indicators_et, indicators_en, keywords, levels
 *
 * Indicators are one per line inside their cell; keywords are joined with ";"; levels (rare,
 * structured) are the JSON array of the entry's levels, empty when it has none. Clauses are not
 * in the table: an import takes them, and the catalogue's header, from a base catalogue.
 */
import { DataError } from '../schema';
import { loadCatalogue } from './load';
import type { Catalogue, CatalogueCompetency } from './types';

export const COLUMNS = [
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

type Column = (typeof COLUMNS)[number];

/** One row as read, with where it was read from ("line 7", "row 7") for messages. */
export interface TableRow {
  at: string;
  cells: string[];
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

/** The header row, then one row per competency. */
export function catalogueTable(catalogue: Catalogue): string[][] {
  return [[...COLUMNS], ...catalogue.competencies.map((c) => COLUMNS.map((col) => row(c)[col]))];
}

export interface ImportOptions {
  /** Supplies the clauses, publisher, version and date; the table replaces its competencies. */
  base: Catalogue;
  /** The new catalogue's version (default: the base's). */
  version?: string;
  /** The new catalogue's date, YYYY-MM-DD (default: the base's). */
  published?: string;
}

const lines = (cell: string) => (cell === '' ? [] : cell.split('\n'));

/**
 * A catalogue from a table (the header row first): the base catalogue with its competencies
 * replaced by the rows. Validated like any catalogue; errors name the row and column, or the
 * entry and field.
 */
export function catalogueFromTable(rows: TableRow[], file: string, options: ImportOptions): Catalogue {
  if (rows.length === 0) throw new DataError(file, 'line 1', 'is empty; the first line must name the columns');
  const first = rows[0];
  const header = first.cells.map((h) => h.trim());
  for (const col of COLUMNS) {
    if (!header.includes(col)) throw new DataError(file, `${first.at}, column ${col}`, 'is missing');
  }
  const extra = header.find((h) => !(COLUMNS as readonly string[]).includes(h));
  if (extra !== undefined) throw new DataError(file, `${first.at}, column ${extra}`, 'is not a known column');
  const competencies = rows.slice(1).map(({ at, cells }) => {
    if (cells.length !== header.length) {
      throw new DataError(file, at, `has ${cells.length} fields; the header has ${header.length}`);
    }
    const cell = (col: Column) => cells[header.indexOf(col)];
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
