import type { CheckResult } from '../../core/engine';
import type { Rule } from '../../core/rules/rule';
import type { Language } from '../../core/text';

/** What jd-check learned about one file: a check result, or why the file could not be read. */
export interface FileReport {
  file: string;
  result?: CheckResult;
  /** One-line reason when the file could not be read. */
  error?: string;
}

export interface FormatOptions {
  lang: Language;
  /** ANSI colours (text format only). */
  color: boolean;
  /** The rules that ran, for the junit and SARIF rule lists. */
  rules: Rule[];
  /** Tool version, for SARIF. */
  version: string;
}

/** True when the file has no error-severity finding. */
export function isOk(report: FileReport): boolean {
  return !!report.result && !report.result.findings.some((f) => f.severity === 'error');
}
