/** jd-check's output, written file by file as each is checked, so memory stays flat however many files there are. */
import * as fs from 'fs';
import * as path from 'path';
import type { Catalogue } from '../core/catalogue/types';
import type { CheckArgs } from './args';
import { csvSink } from './format/csv';
import { htmlSink } from './format/html';
import { jsonSink } from './format/json';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { buffered, type Sink } from './format/sink';
import { textSink } from './format/text';
import { isOk, type FileReport, type FormatOptions } from './format/types';
import type { Io } from './jd-check';
import { oneLine } from './terminal';

export interface SinkOptions extends FormatOptions {
  /** The package root (SARIF links the rules' pages under docs/rules). */
  root: string;
  catalogue?: Catalogue;
}

/** The sink of `--format`, or of `--export` (the structured job descriptions: one object, or an array for several files). */
export function sinkFor(args: CheckArgs, options: SinkOptions, files: number): Sink {
  if (args.export) return exportSink(files === 1);
  switch (args.format) {
    case 'json':
      return jsonSink(options);
    case 'junit':
      return buffered((reports) => formatJunit(reports, options));
    case 'sarif':
      return buffered((reports) => formatSarif(reports, { ...options, docsDir: path.join(options.root, 'docs', 'rules') }));
    case 'html':
      return htmlSink({ ...options, source: args.files.join(' '), folder: args.files.length === 1 && isFolder(args.files[0]) ? args.files[0] : undefined });
    case 'csv':
      return csvSink(options);
    default:
      return textSink(options);
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function exportSink(single: boolean): Sink {
  let count = 0;
  return {
    begin: () => '',
    file(report) {
      if (!report.result) return '';
      const text = JSON.stringify(report.result.jd, null, 2);
      if (single) return `${text}\n`;
      return `${count++ === 0 ? '[' : ','}\n  ${text.replace(/\n/g, '\n  ')}`;
    },
    end: () => (count > 0 ? '\n]\n' : ''),
  };
}

/**
 * Pulls each report from `reports` (which checks the file only then), writes its piece, and
 * forgets it; an unreadable file's one-line reason goes to stderr as it comes.
 */
export async function streamReports(reports: Iterable<FileReport> | AsyncIterable<FileReport>, sink: Sink, io: Io): Promise<{ unreadable: number; ok: boolean }> {
  let unreadable = 0;
  let ok = true;
  const write = (s: string) => s && io.stdout(s);
  write(sink.begin());
  for await (const report of reports) {
    if (!report.result) {
      unreadable++;
      io.stderr(`jd-check: ${oneLine(`${report.file}: ${report.error}`)}\n`);
    }
    ok &&= isOk(report);
    write(sink.file(report));
  }
  write(sink.end());
  return { unreadable, ok };
}
