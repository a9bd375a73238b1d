#!/usr/bin/env node
/**
 * jd-catalogue — keeps the shared competency catalogue:
 *   jd-catalogue validate FILE                                 check a catalogue JSON file
 *   jd-catalogue import FILE.csv [--base FILE] [--version V]   CSV → catalogue JSON on stdout
 *   jd-catalogue export [FILE]                                 catalogue → CSV on stdout
 */
import * as fs from 'fs';
import { importCsv, exportCsv } from '../core/catalogue/csv';
import { defaultCatalogue, loadCatalogue } from '../core/catalogue/load';
import type { Catalogue } from '../core/catalogue/types';
import { DataError, parseJson } from '../core/schema';
import { oneLine } from './terminal';

export interface CatalogueIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(file: string): string;
  /** Today as YYYY-MM-DD (the date of a new version). */
  today(): string;
}

export const USAGE = `Usage:
  jd-catalogue validate FILE
      Checks a catalogue JSON file; exit 0 when valid, 1 with the reason when not.
  jd-catalogue import FILE.csv [--base CATALOGUE.json] [--version V]
      Builds a catalogue from CSV (competencies) and the base catalogue (clauses, publisher;
      default: the shipped one); prints it as JSON. --version also dates it today.
  jd-catalogue export [CATALOGUE.json]
      Prints the competencies as CSV (default: the shipped catalogue).
`;

class UsageError extends Error {}

function readCatalogue(io: CatalogueIo, file: string): Catalogue {
  return loadCatalogue(parseJson(io.readFile(file), file), file);
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
      if (arg === '--base' || arg === '--version') {
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
        const base = flags.base ? readCatalogue(io, flags.base) : defaultCatalogue();
        const catalogue = importCsv(io.readFile(positional[0]), positional[0], {
          base,
          version: flags.version,
          published: flags.version ? io.today() : undefined,
        });
        io.stdout(JSON.stringify(catalogue, null, 2) + '\n');
        return 0;
      }
      case 'export': {
        expectFiles(0, 1);
        if (Object.keys(flags).length > 0) throw new UsageError('export takes no options');
        io.stdout(exportCsv(positional[0] ? readCatalogue(io, positional[0]) : defaultCatalogue()));
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
    readFile: (f) => fs.readFileSync(f, 'utf8'),
    today: () => new Date().toISOString().slice(0, 10),
  });
}
