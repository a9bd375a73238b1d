import type { Severity } from '../../core/findings';
import type { FileReport, FormatOptions } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * File URI of a path (a relative reference for a relative path). Each segment is percent-encoded
 * whole, so "#" and "?" in a name stay part of the path; a Windows drive ("C:") is kept.
 */
export function fileUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(p);
  const encoded = p.split('/').map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment))).join('/');
  if (drive) return `file:///${encoded}`;
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * SARIF 2.1.0: one run, the rules with help pages (docs/rules/<id>.md), one result per finding
 * located by the file and the block index as a logical location. Unreadable files become
 * tool execution notifications.
 */
export function formatSarif(reports: FileReport[], options: FormatOptions & { docsDir: string }): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = [];
  const notifications = [];
  for (const report of reports) {
    if (!report.result) {
      notifications.push({
        level: 'error',
        message: { text: `${report.file}: ${report.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(report.file) } } }],
      });
      continue;
    }
    for (const f of report.result.findings) {
      const index = ruleIndex.get(f.rule);
      results.push({
        ruleId: f.rule,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message[options.lang] },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: fileUri(report.file) } },
            logicalLocations: [{ name: `block ${f.location.block}`, fullyQualifiedName: `blocks[${f.location.block}]`, kind: 'element' }],
            message: { text: f.location.text },
          },
        ],
        properties: { block: f.location.block, ...(f.section ? { section: f.section } : {}) },
        // Dismissed in the document with a reason: an in-source suppression, as SARIF names it.
        ...(f.dismissed ? { suppressions: [{ kind: 'inSource', justification: f.dismissed.reason }] } : {}),
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jd-check',
            version: options.version,
            rules: options.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description[options.lang] },
              helpUri: fileUri(`${options.docsDir}/${r.id}.md`),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
