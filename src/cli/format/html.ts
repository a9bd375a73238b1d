/**
 * `--format html`: the folder report, one self-contained HTML file (no external resource; it opens
 * offline from a file share and prints). It is written while the files are checked: the page, then
 * one data record per document, then the script that draws the summary and the table (sorted,
 * filtered and paged in the browser). A text used again (a unit, a manager, a message) is written
 * once and then referred to by number, which keeps a large report small.
 */
import * as path from 'path';
import type { Catalogue } from '../../core/catalogue/types';
import type { Severity } from '../../core/findings';
import type { Rule } from '../../core/rules/rule';
import type { Language } from '../../core/text';
import { reportClient } from './html-client';
import { reportLabels } from './html-labels';
import { REPORT_CSS } from './html-style';
import { documentRow, type DocumentStatus } from './rows';
import type { Sink } from './sink';
import type { FileReport } from './types';
import { escapeXml as x } from './xml';

export interface HtmlReportOptions {
  lang: Language;
  rules: Rule[];
  version: string;
  catalogue?: Catalogue;
  /** What was checked, for the heading (the folders or files given). */
  source: string;
  /** When one folder was checked: file names are shown relative to it. */
  folder?: string;
  /** When the report was made (given by tests to be repeatable). */
  now?: Date;
}

/** Codes of the data records (the page's script reads them in html-client.ts). */
export const STATUS_CODES: DocumentStatus[] = ['ready', 'errors', 'not-jd', 'unreadable'];
export const SEVERITY_CODES: Severity[] = ['error', 'warning', 'info'];

/**
 * Numbers for texts, each text written once. The table is bounded (the oldest texts are
 * forgotten, and written again if they come back), so memory does not grow with the files.
 */
export class TextTable {
  private readonly ids = new Map<string, number>();
  private next = 0;

  constructor(private readonly limit = 50_000) {}

  /** The text's number; `define` receives the record that defines it when it is new. */
  id(text: string, define: (record: unknown[]) => void): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    if (this.ids.size >= this.limit) this.ids.delete(this.ids.keys().next().value!);
    const id = this.next++;
    this.ids.set(text, id);
    define(['s', text]);
    return id;
  }
}

/** JSON that is safe inside a script element ("</script>" cannot end it early). */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function page(options: HtmlReportOptions): string {
  const l = reportLabels(options.lang);
  const meta = [
    `${l.source}: <b>${x(options.source)}</b>`,
    `${l.generated}: ${stamp(options.now ?? new Date())}`,
    `jd-check ${x(options.version)}`,
    ...(options.catalogue ? [`${l.catalogue}: ${x(options.catalogue.version)}`] : []),
  ];
  const select = (id: string, label: string) => `<label>${x(label)} <select id="${id}"><option value="">${x(l.all)}</option></select></label>`;
  const column = (key: string, label: string) => `<th scope="col" data-key="${key}"><button type="button">${x(label)}</button></th>`;
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${x(l.title)} – ${x(options.source)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><h1>${x(l.title)}</h1><p class="meta">${meta.join(' · ')}</p></header>
<main>
<noscript><p class="warn">${x(l.noscript)}</p></noscript>
<section aria-labelledby="summary-h"><h2 id="summary-h">${x(l.summary)}</h2><div id="summary"></div></section>
<section aria-labelledby="docs-h"><h2 id="docs-h">${x(l.byUnit)}</h2>
<div class="filters" role="search" aria-label="${x(l.filters)}">
<label>${x(l.search)} <input type="search" id="f-text"></label>
<label>${x(l.status)} <select id="f-status"><option value="">${x(l.all)}</option>${STATUS_CODES.map((s) => `<option value="${s}">${x(l.statuses[s])}</option>`).join('')}</select></label>
${select('f-unit', l.unit)}
${select('f-rule', l.rule)}
${select('f-drift', l.competency)}
<button type="button" id="f-clear">${x(l.clear)}</button>
</div>
<p id="count" role="status"></p>
<table id="docs">
<thead><tr>${column('file', l.file)}${column('profile', l.profile)}${column('position', l.position)}${column('manager', l.manager)}${column('status', l.status)}${column('findings', l.findings)}</tr></thead>
</table>
<nav class="pager" aria-label="${x(l.pager)}">
<button type="button" id="p-prev">${x(l.prev)}</button> <span id="p-page"></span> <button type="button" id="p-next">${x(l.next)}</button>
<label>${x(l.perPage)} <select id="p-size"><option>50</option><option selected>100</option><option>500</option><option value="0">${x(l.all)}</option></select></label>
</nav>
</section>
</main>
<script type="application/json" id="jd-labels">${json(l)}</script>
<script type="application/json" id="jd-data">[`;
}

/** The folder report as a sink: the page at once, a record per document as it is checked, the script at the end. */
export function htmlSink(options: HtmlReportOptions): Sink {
  const texts = new TextTable();
  let first = true;
  const records = (list: unknown[][]) =>
    list
      .map((r) => {
        const separator = first ? '' : ',';
        first = false;
        return `${separator}\n${json(r)}`;
      })
      .join('');
  return {
    begin: () => page(options) + records(options.rules.map((r) => ['r', r.id, r.description[options.lang]])),
    file(report: FileReport) {
      const row = documentRow(report, options.lang, options.catalogue);
      const defined: unknown[][] = [];
      const id = (text: string) => texts.id(text, (record) => defined.push(record));
      const record = [
        'd',
        options.folder ? path.relative(options.folder, row.file) : row.file,
        id(row.unit),
        id(row.profile),
        id(row.position),
        id(row.manager),
        STATUS_CODES.indexOf(row.status),
        row.findings.map((f) => [id(f.rule), SEVERITY_CODES.indexOf(f.severity), id(f.message)]),
        row.drift.map((name) => id(name)),
        ...(row.error !== undefined ? [id(row.error)] : []),
      ];
      return records([...defined, record]);
    },
    end: () => `\n]</script>\n<script>(${reportClient.toString()})();</script>\n</body>\n</html>\n`,
  };
}
