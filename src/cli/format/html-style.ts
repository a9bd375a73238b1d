/** The folder report's look: plain, readable in a narrow window, printed without the controls and with every row. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #555; --line: #c8c8c8; --head: #f1f3f5; --brand: #0f5499;
  --error: #a4262c; --warning: #8a4b00; --info: #005a9e; --ready: #0b6a0b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif; color: var(--fg); background: #fff; }
header.top { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { margin: 24px 0 8px; font-size: 19px; }
h3 { margin: 16px 0 6px; font-size: 16px; }
.meta { margin: 0; color: var(--muted); }
main { padding: 0 24px 24px; }
.warn { padding: 8px 12px; border-left: 4px solid var(--warning); background: #fff4e5; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; list-style: none; }
.tiles li { min-width: 150px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; }
.tiles b { display: block; font-size: 24px; }
.summary-lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 0 32px; }
.summary-lists ol, .summary-lists ul { margin: 0; padding-left: 22px; }
.summary-lists li { margin: 2px 0; }
button, select, input { font: inherit; }
button { cursor: pointer; }
.link { padding: 0; border: none; background: none; color: var(--brand); text-decoration: underline; text-align: start; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
.filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
.filters select, .filters input { min-width: 160px; max-width: 320px; padding: 4px 6px; color: var(--fg); }
#count { margin: 8px 0; color: var(--muted); }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--head); z-index: 1; }
thead button { padding: 0; border: none; background: none; color: inherit; font-weight: 600; }
thead th[aria-sort="ascending"] button::after { content: " ▲"; }
thead th[aria-sort="descending"] button::after { content: " ▼"; }
tbody th[scope="rowgroup"] { background: #e8eef6; font-size: 15px; }
td.file { overflow-wrap: anywhere; max-width: 280px; }
.status { font-weight: 600; }
.status-ready { color: var(--ready); }
.status-errors, .status-unreadable { color: var(--error); }
.status-not-jd { color: var(--warning); }
details ul { margin: 4px 0 0; padding-left: 18px; }
.sev { font-weight: 600; }
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
.pager { display: flex; gap: 12px; align-items: center; margin: 12px 0; }
.pager label { display: flex; gap: 6px; align-items: center; }
:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
@media print {
  body { font-size: 11pt; }
  .filters, .pager, noscript, .link { display: none !important; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  header.top, main { padding: 0; }
}
`;
