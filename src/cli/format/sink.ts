import type { FileReport } from './types';

/**
 * A format written while the files are checked: its start, one piece per file as soon as the file
 * is checked, its end. A format keeps nothing of a file after its piece, beyond counts, so memory
 * does not grow with the number of files.
 */
export interface Sink {
  begin(): string;
  file(report: FileReport): string;
  end(): string;
}

/**
 * A format whose totals come before its results (JUnit, SARIF): it can only be written at the end,
 * so it keeps every report until then.
 */
export function buffered(format: (reports: FileReport[]) => string): Sink {
  const reports: FileReport[] = [];
  return {
    begin: () => '',
    file(report) {
      reports.push(report);
      return '';
    },
    end: () => format(reports),
  };
}
