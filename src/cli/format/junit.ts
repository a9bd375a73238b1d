import { escapeXml as x } from './xml';
import type { FileReport, FormatOptions } from './types';

/**
 * JUnit XML for CI: one testsuite per file, one testcase per rule. A rule with error findings
 * fails; warnings and notes are listed in the testcase's output. An unreadable file is an error.
 */
export function formatJunit(reports: FileReport[], options: FormatOptions): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const report of reports) {
    const r = report.result;
    if (!r) {
      errors++;
      tests++;
      suites.push(
        `  <testsuite name="${x(report.file)}" tests="1" failures="0" errors="1">\n` +
          `    <testcase classname="${x(report.file)}" name="read">\n` +
          `      <error message="${x(report.error ?? '')}" type="unreadable"/>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const rule of options.rules) {
      const found = r.findings.filter((f) => f.rule === rule.id);
      const failing = found.filter((f) => f.severity === 'error');
      const lines = found.map((f) => `${f.severity}: ${f.message[options.lang]} [${f.location.block}]`).join('\n');
      let body = '';
      if (failing.length) {
        suiteFailures++;
        body += `      <failure message="${x(failing[0].message[options.lang])}" type="${x(rule.id)}">${x(lines)}</failure>\n`;
      } else if (found.length) {
        body += `      <system-out>${x(lines)}</system-out>\n`;
      }
      cases.push(
        body
          ? `    <testcase classname="${x(report.file)}" name="${x(rule.id)}">\n${body}    </testcase>`
          : `    <testcase classname="${x(report.file)}" name="${x(rule.id)}"/>`,
      );
    }
    tests += options.rules.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${x(report.file)}" tests="${options.rules.length}" failures="${suiteFailures}" errors="0">\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  out.push(`<testsuites name="jd-check" tests="${tests}" failures="${failures}" errors="${errors}">`);
  out.push(...suites, '</testsuites>');
  return out.join('\n') + '\n';
}
