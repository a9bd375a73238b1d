import { FIELD_IDS } from '../../core/profile-types';
import type { Sink } from './sink';
import { isOk, type FileReport, type FormatOptions } from './types';

/** The stable JSON shape of `--format json`: one object per file. */
export function jsonReport(report: FileReport, options: FormatOptions): object {
  const r = report.result;
  if (!r) return { file: report.file, error: report.error ?? 'unreadable' };
  const fields: Record<string, string | null> = {};
  for (const id of FIELD_IDS) fields[id] = r.jd.fields[id]?.value || null;
  return {
    file: report.file,
    profile: r.profile.id,
    variantKnown: r.variantKnown,
    ok: isOk(report),
    notes: r.notes.map((n) => n.message[options.lang]),
    fields,
    sections: r.jd.sections.map((s) => ({ id: s.id, number: s.number, title: s.title, found: s.found })),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message[options.lang],
      location: { block: f.location.block, text: f.location.text },
      ...(f.dismissed ? { dismissed: { reason: f.dismissed.reason } } : {}),
    })),
  };
}

/** One JSON array, written an element at a time (laid out as JSON.stringify(array, null, 2) would). */
export function jsonSink(options: FormatOptions): Sink {
  let count = 0;
  return {
    begin: () => '[',
    file(report) {
      const element = JSON.stringify(jsonReport(report, options), null, 2).replace(/\n/g, '\n  ');
      return `${count++ === 0 ? '' : ','}\n  ${element}`;
    },
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}
