#!/usr/bin/env node
/**
 * jd-catalogue — keeps the shared competency catalogue:
 *   jd-catalogue validate FILE                                 check a catalogue JSON file
 *   jd-catalogue import FILE.csv|FILE.xlsx [--base FILE] [--version V]   → catalogue JSON on stdout
 *   jd-catalogue export [FILE] [--out FILE.csv|FILE.xlsx]                catalogue → CSV (stdout) or a file
 */
import * as fs from 'fs';
import { decodeCsv, exportCsv, importCsv } from '../core/catalogue/csv';
import { MAX_CATALOGUE_BYTES } from '../core/catalogue/download';
import { defaultCatalogue, loadCatalogue } from '../core/catalogue/load';
import type { ImportOptions } from '../core/catalogue/table';
import type { Catalogue } from '../core/catalogue/types';
import { decodeUtf8 } from '../core/catalogue/utf8';
import { exportXlsx, importXlsx } from './catalogue-xlsx';
import { DataError, parseJson } from '../core/schema';
import { InputError, readInput } from './files';
import { oneLine } from './terminal';

export interface CatalogueIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The file's bytes; throws InputError when it is not a regular file of at most `maxBytes`. */
  readFile(file: string, maxBytes: number): Uint8Array;
  writeFile(file: string, data: string | Uint8Array): void;
  /** Today as YYYY-MM-DD (the date of a new version). */
  today(): string;
}

export const USAGE = `Usage:
  jd-catalogue validate FILE
      Checks a catalogue JSON file; exit 0 when valid, 1 with the reason when not.
  jd-catalogue import FILE.csv|FILE.xlsx [--base CATALOGUE.json] [--version V]
      Builds a catalogue from a table of competencies (CSV as Excel saves it, or an Excel
      workbook) and the base catalogue (clauses, publisher; default: the shipped one); prints it
      as JSON. --version also dates it today.
  jd-catalogue export [CATALOGUE.json] [--out FILE.csv|FILE.xlsx]
      The competencies (default: the shipped catalogue) as CSV on stdout, or as CSV or an Excel
      workbook in the file --out names.
`;

class UsageError extends Error {}

function readCatalogue(io: CatalogueIo, file: string): Catalogue {
  const text = decodeUtf8(io.readFile(file, MAX_CATALOGUE_BYTES));
  if (text === undefined) throw new DataError(file, '', 'is not UTF-8 text');
  return loadCatalogue(parseJson(text, file), file);
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/** A catalogue from an Excel workbook or a CSV file, told apart by content; says when CSV was not UTF-8. */
function importTable(io: CatalogueIo, file: string, options: ImportOptions): Catalogue {
  const bytes = io.readFile(file, MAX_CATALOGUE_BYTES);
  if (isZip(bytes)) return importXlsx(bytes, file, options);
  const { text, encoding } = decodeCsv(bytes, file);
  if (encoding === 'Windows-1257') io.stderr(`${oneLine(file)}: not UTF-8; read as Windows-1257 (Estonian Excel's plain "CSV")\n`);
  return importCsv(text, file, options);
}

/** Runs the command; returns the exit code (0 ok, 1 bad data, 2 bad usage). */
export function main(argv: string[], io: CatalogueIo): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    const positional: string[] = [];
    const flags: Record<string, string> = {};
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === '--base' || arg === '--version' || arg === '--out') {
        const value = rest[++i];
        if (value === undefined) throw new UsageError(`${arg} needs a value`);
        flags[arg.slice(2)] = value;
      } else if (arg.startsWith('-')) {
        throw new UsageError(`unknown option ${arg}`);
      } else {
        positional.push(arg);
      }
    }
    const expectFiles = (min: number, max: number) => {
      if (positional.length < min || positional.length > max) throw new UsageError(`wrong number of files for ${command}`);
    };
    switch (command) {
      case 'validate': {
        expectFiles(1, 1);
        if (Object.keys(flags).length > 0) throw new UsageError('validate takes no options');
        const c = readCatalogue(io, positional[0]);
        io.stdout(`${positional[0]}: valid catalogue ${c.version} (${c.competencies.length} competencies, ${c.clauses.length} clauses)\n`);
        return 0;
      }
      case 'import': {
        expectFiles(1, 1);
        if (flags.out) throw new UsageError('import prints to stdout; it takes no --out');
        const base = flags.base ? readCatalogue(io, flags.base) : defaultCatalogue();
        const catalogue = importTable(io, positional[0], {
          base,
          version: flags.version,
          published: flags.version ? io.today() : undefined,
        });
        io.stdout(JSON.stringify(catalogue, null, 2) + '\n');
        return 0;
      }
      case 'export': {
        expectFiles(0, 1);
        if (flags.base || flags.version) throw new UsageError('export takes only --out');
        const out = flags.out;
        if (out !== undefined && !/\.(csv|xlsx)$/i.test(out)) throw new UsageError('--out must name a .csv or .xlsx file');
        const catalogue = positional[0] ? readCatalogue(io, positional[0]) : defaultCatalogue();
        if (out === undefined) io.stdout(exportCsv(catalogue));
        else io.writeFile(out, /\.xlsx$/i.test(out) ? exportXlsx(catalogue) : exportCsv(catalogue));
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`jd-catalogue: ${oneLine(e)}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof DataError) {
      io.stderr(`${oneLine(e)}\n`);
      return 1;
    }
    if (e instanceof InputError) {
      io.stderr(`${oneLine(e)}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.path) {
      io.stderr(`${oneLine(`${err.path}: cannot read the file (${err.code})`)}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: readInput,
    writeFile: (f, data) => fs.writeFileSync(f, data),
    today: () => new Date().toISOString().slice(0, 10),
  });
}
