/**
 * `--format csv`: the folder report's rows for Excel. RFC 4180 as the catalogue's CSV (comma,
 * CRLF, quoted where needed, UTF-8 with a byte-order mark so Excel reads the Estonian letters);
 * a cell Excel would run as a formula gets a leading apostrophe, as document text can hold anything.
 * Written a row at a time.
 */
import type { Catalogue } from '../../core/catalogue/types';
import type { Language } from '../../core/text';
import { documentRow, SEVERITY_LABELS, severityCounts, STATUS_LABELS } from './rows';
import type { Sink } from './sink';
import type { FileReport } from './types';

const HEADERS = {
  et: ['Fail', 'Struktuuriüksus', 'Liik', 'Ametinimetus', 'Vahetu juht', 'Olek', 'Vigu', 'Hoiatusi', 'Märkusi', 'Leiud', 'Kataloogist erinevad kompetentsid'],
  en: ['File', 'Structural unit', 'Kind', 'Position', 'Line manager', 'Status', 'Errors', 'Warnings', 'Notes', 'Findings', 'Competencies differing from the catalogue'],
};

const BOM = '\uFEFF';

function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: (string | number)[]) => `${cells.map((c) => cell(String(c))).join(',')}\r\n`;

export function csvSink(options: { lang: Language; catalogue?: Catalogue }): Sink {
  const { lang } = options;
  return {
    begin: () => BOM + line(HEADERS[lang]),
    file(report: FileReport) {
      const row = documentRow(report, lang, options.catalogue);
      const counts = severityCounts(row);
      const findings = row.error ?? row.findings.map((f) => `${SEVERITY_LABELS[f.severity][lang]}: ${f.message} (${f.rule})`).join('\n');
      return line([
        row.file, row.unit, row.profile, row.position, row.manager, STATUS_LABELS[row.status][lang],
        counts.error, counts.warning, counts.info, findings, row.drift.join('\n'),
      ]);
    },
    end: () => '',
  };
}
