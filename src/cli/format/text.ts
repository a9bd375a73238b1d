import type { Severity } from '../../core/findings';
import type { Sink } from './sink';
import { printable } from '../terminal';
import { isOk, type FileReport, type FormatOptions } from './types';

const LABELS = {
  et: {
    quote: (s: string) => `„${s}“`,
    error: 'viga', warning: 'hoiatus', info: 'teave', block: 'lõik', ok: 'korras', dismissed: 'kõrvale jäetud',
    unreadable: 'ei saa lugeda', notJd: 'ei paista olevat ametijuhend', detected: 'tuvastatud',
    summary: (files: number, errors: number, unreadable: number, findings: number) =>
      `Kokku: ${files} ${files === 1 ? 'fail' : 'faili'}, ${errors} vigadega, ${unreadable} lugemata, ${findings} ${findings === 1 ? 'leid' : 'leidu'}.`,
  },
  en: {
    quote: (s: string) => `"${s}"`,
    error: 'error', warning: 'warning', info: 'info', block: 'paragraph', ok: 'OK', dismissed: 'dismissed',
    unreadable: 'cannot read', notJd: 'does not look like a job description', detected: 'detected',
    summary: (files: number, errors: number, unreadable: number, findings: number) =>
      `Total: ${files} ${files === 1 ? 'file' : 'files'}, ${errors} with errors, ${unreadable} unreadable, ${findings} ${findings === 1 ? 'finding' : 'findings'}.`,
  },
};

const COLORS: Record<Severity | 'ok' | 'dim' | 'bold', string> = {
  error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', ok: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m',
};

function shorten(s: string, max = 60): string {
  const one = printable(s.replace(/\s+/g, ' ').trim());
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Human-readable report: grouped by file, then a summary line. */
export function textSink(options: FormatOptions): Sink {
  const l = LABELS[options.lang];
  const paint = (kind: keyof typeof COLORS, s: string) => (options.color ? `${COLORS[kind]}${s}\x1b[0m` : s);
  let files = 0;
  let findings = 0;
  let unreadable = 0;
  let withErrors = 0;
  const file = (report: FileReport): string => {
    files++;
    const lines: string[] = [];
    const r = report.result;
    // Names, messages and document text may hold control characters; only our colours reach the terminal.
    const name = printable(report.file);
    if (!r) {
      unreadable++;
      lines.push(`${paint('bold', name)}: ${paint('error', `${l.unreadable}: ${printable(report.error ?? '')}`)}`, '');
      return lines.join('\n') + '\n';
    }
    if (!isOk(report)) withErrors++;
    const profile = `${printable(r.profile.id)}${r.profileDetected ? `, ${l.detected}` : ''}`;
    lines.push(`${paint('bold', name)} (${profile})`);
    if (!r.isJobDescription) lines.push(`  ${paint('warning', l.notJd)}`);
    for (const note of r.notes) lines.push(`  ${paint('dim', printable(note.message[options.lang]))}`);
    for (const f of r.findings) {
      findings++;
      // People count paragraphs from 1; the JSON formats keep the 0-based block index.
      const where = f.location.text ? ` ${paint('dim', `[${l.block} ${f.location.block + 1}: ${l.quote(shorten(f.location.text))}]`)}` : '';
      const dismissed = f.dismissed ? ` ${paint('dim', `(${l.dismissed}: ${l.quote(shorten(f.dismissed.reason))})`)}` : '';
      lines.push(`  ${paint(f.severity, l[f.severity].padEnd(8))} ${printable(f.message[options.lang])} ${paint('dim', `(${f.rule})`)}${where}${dismissed}`);
    }
    if (r.findings.length === 0) lines.push(`  ${paint('ok', l.ok)}`);
    lines.push('');
    return lines.join('\n') + '\n';
  };
  return { begin: () => '', file, end: () => `${l.summary(files, withErrors, unreadable, findings)}\n` };
}
