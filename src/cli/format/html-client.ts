/// <reference lib="dom" />
import type { ReportLabels } from './html-labels';

/**
 * The folder report's script. html.ts writes it into the page as `(reportClient)()`, so it uses
 * nothing from outside its own body. It reads the data records, draws the summary, and draws the
 * table a page at a time, grouped by structural unit; sorting, filtering and paging work on the
 * records, so thousands of documents stay quick. Before printing it draws every selected row, open.
 */
export function reportClient(): void {
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
  const l = JSON.parse(byId('jd-labels').textContent ?? '{}') as ReportLabels;
  const records = JSON.parse(byId('jd-data').textContent ?? '[]') as unknown[][];
  const STATUS = ['ready', 'errors', 'not-jd', 'unreadable'] as const;
  const SEVERITY = ['error', 'warning', 'info'] as const;
  type Status = (typeof STATUS)[number];
  type Severity = (typeof SEVERITY)[number];
  interface Doc {
    file: string; unit: string; profile: string; position: string; manager: string; status: Status;
    findings: { rule: string; severity: Severity; message: string }[];
    drift: string[]; error?: string; counts: number[]; hay: string; index: number;
  }

  // The records: ["s", text] numbers a text, ["r", id, description] a rule, ["d", …] a document.
  const strings: string[] = [];
  const rules = new Map<string, string>();
  const docs: Doc[] = [];
  const s = (n: unknown) => strings[n as number];
  for (const r of records) {
    if (r[0] === 's') strings.push(r[1] as string);
    else if (r[0] === 'r') rules.set(r[1] as string, r[2] as string);
    else if (r[0] === 'd') {
      const raw = r[7] as number[][];
      const counts = [0, 0, 0];
      for (const f of raw) counts[f[1]]++;
      const findings = raw.map(([rule, severity, message]) => ({ rule: s(rule), severity: SEVERITY[severity], message: s(message) }));
      const doc: Doc = {
        file: r[1] as string, unit: s(r[2]), profile: s(r[3]), position: s(r[4]), manager: s(r[5]), status: STATUS[r[6] as number],
        findings, drift: (r[8] as number[]).map(s), counts, hay: '', index: docs.length,
      };
      if (r[9] !== undefined) doc.error = s(r[9]);
      doc.hay = [doc.file, doc.unit, doc.position, doc.manager, doc.error ?? '', ...doc.drift, ...findings.map((f) => f.message)].join('\n').toLocaleLowerCase();
      docs.push(doc);
    }
  }

  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k]));
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  };
  const inDocuments = (n: number) => fill(n === 1 ? l.inDocument : l.inDocuments, { n });
  const countText = (counts: number[]) =>
    SEVERITY.map((sev, i) => (counts[i] > 0 ? `${counts[i]} ${counts[i] === 1 ? l.severities[sev].one : l.severities[sev].many}` : '')).filter(Boolean).join(', ');
  const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
  const byText = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
  const units = [...new Set(docs.map((d) => d.unit))].sort((a, b) => (!a ? 1 : !b ? -1 : byText(a, b)));

  const text = byId<HTMLInputElement>('f-text');
  const status = byId<HTMLSelectElement>('f-status');
  const unit = byId<HTMLSelectElement>('f-unit');
  const rule = byId<HTMLSelectElement>('f-rule');
  const drift = byId<HTMLSelectElement>('f-drift');
  const size = byId<HTMLSelectElement>('p-size');
  const table = byId<HTMLTableElement>('docs');
  const state = { key: 'file', dir: 1, page: 0, printing: false };
  let sorted: Doc[] = [];
  let view: Doc[] = [];

  // The summary: counts by status, the most common findings, the competencies that drifted, the unreadable files.
  const show = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    update();
    select.focus();
  };
  const ruleCounts = new Map<string, { docs: number; times: number }>();
  const driftCounts = new Map<string, { docs: number; units: Set<string> }>();
  for (const d of docs) {
    for (const r of new Set(d.findings.map((f) => f.rule))) {
      const c = ruleCounts.get(r) ?? { docs: 0, times: 0 };
      c.docs++;
      c.times += d.findings.filter((f) => f.rule === r).length;
      ruleCounts.set(r, c);
    }
    for (const name of d.drift) {
      const c = driftCounts.get(name) ?? { docs: 0, units: new Set<string>() };
      c.docs++;
      c.units.add(d.unit || l.noUnit);
      driftCounts.set(name, c);
    }
  }
  const summary = byId('summary');
  const tiles = el('ul', { class: 'tiles' }, el('li', {}, el('b', {}, String(docs.length)), l.documents));
  for (const st of STATUS) tiles.append(el('li', { class: `status-${st}` }, el('b', {}, String(docs.filter((d) => d.status === st).length)), l.statuses[st]));
  const common = el('ol');
  for (const [id, c] of [...ruleCounts].sort((a, b) => b[1].docs - a[1].docs || b[1].times - a[1].times).slice(0, 10)) {
    const button = el('button', { type: 'button', class: 'link' }, rules.get(id) ?? id);
    button.addEventListener('click', () => show(rule, id));
    common.append(el('li', {}, button, ` (${id}) – ${inDocuments(c.docs)}, ${c.times === 1 ? l.once : fill(l.times, { n: c.times })}`));
  }
  const drifted = el('ul');
  for (const [name, c] of [...driftCounts].sort((a, b) => b[1].docs - a[1].docs || byText(a[0], b[0]))) {
    const button = el('button', { type: 'button', class: 'link' }, name);
    button.addEventListener('click', () => show(drift, name));
    drifted.append(el('li', {}, button, ` – ${inDocuments(c.docs)}; ${l.units}: ${[...c.units].sort(byText).join(', ')}`));
  }
  const lists = el('div', { class: 'summary-lists' },
    el('div', {}, el('h3', {}, l.common), ruleCounts.size ? common : el('p', {}, l.commonNone)),
    el('div', {}, el('h3', {}, l.drift), driftCounts.size ? drifted : el('p', {}, l.driftNone)));
  summary.append(tiles, lists);
  const unreadable = docs.filter((d) => d.status === 'unreadable');
  if (unreadable.length) summary.append(el('h3', {}, l.unreadableList), el('ul', {}, ...unreadable.map((d) => el('li', {}, `${d.file}: ${d.error ?? ''}`))));

  // The selects' choices, from what the documents hold.
  const option = (value: string, label: string) => el('option', { value }, label);
  units.forEach((u, i) => unit.append(option(String(i), u || l.noUnit)));
  for (const id of [...ruleCounts.keys()].sort(byText)) rule.append(option(id, `${id} – ${rules.get(id) ?? ''}`));
  for (const name of [...driftCounts.keys()].sort(byText)) drift.append(option(name, name));

  const compareKey = (a: Doc, b: Doc): number => {
    switch (state.key) {
      case 'status':
        return STATUS.indexOf(a.status) - STATUS.indexOf(b.status);
      case 'findings':
        return a.counts[0] - b.counts[0] || a.counts[1] - b.counts[1] || a.counts[2] - b.counts[2];
      default:
        return byText(a[state.key as 'file'], b[state.key as 'file']);
    }
  };
  const unitOrder = new Map(units.map((u, i) => [u, i]));
  const sort = () => {
    // Grouped by unit; within a unit by the chosen column, then by file.
    sorted = [...docs].sort((a, b) => unitOrder.get(a.unit)! - unitOrder.get(b.unit)! || compareKey(a, b) * state.dir || byText(a.file, b.file) || a.index - b.index);
  };
  const filter = () => {
    const words = text.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const u = unit.value === '' ? undefined : units[Number(unit.value)];
    view = sorted.filter(
      (d) =>
        (!status.value || d.status === status.value) &&
        (u === undefined || d.unit === u) &&
        (!rule.value || d.findings.some((f) => f.rule === rule.value)) &&
        (!drift.value || d.drift.includes(drift.value)) &&
        words.every((w) => d.hay.includes(w)),
    );
  };

  const findingsCell = (d: Doc) => {
    const td = el('td');
    if (d.error !== undefined) td.append(d.error);
    else if (d.findings.length === 0 && d.drift.length === 0) td.append(l.noFindings);
    else {
      const list = el('ul');
      for (const f of d.findings) list.append(el('li', {}, el('span', { class: `sev sev-${f.severity}` }, `${l.severities[f.severity].name}:`), ' ', f.message));
      if (d.drift.length) list.append(el('li', {}, el('span', { class: 'sev sev-info' }, `${l.driftIn}:`), ' ', d.drift.join(', ')));
      const details = el('details', {}, el('summary', {}, countText(d.counts) || l.driftIn), list);
      details.open = state.printing;
      td.append(details);
    }
    return td;
  };
  const render = () => {
    for (const body of Array.from(table.tBodies)) body.remove();
    const perPage = state.printing || size.value === '0' ? Math.max(view.length, 1) : Number(size.value);
    const pages = Math.max(1, Math.ceil(view.length / perPage));
    // Printing shows every row and keeps the page the reader is on for afterwards.
    const page = state.printing ? 0 : (state.page = Math.min(state.page, pages - 1));
    const from = page * perPage;
    const rows = view.slice(from, from + perPage);
    const inUnit = new Map<string, number>();
    for (const d of view) inUnit.set(d.unit, (inUnit.get(d.unit) ?? 0) + 1);
    const bodies = document.createDocumentFragment();
    let body: HTMLTableSectionElement | undefined;
    rows.forEach((d, i) => {
      if (!body || d.unit !== rows[i - 1].unit) {
        body = el('tbody', {}, el('tr', {}, el('th', { scope: 'rowgroup', colspan: '6' }, `${d.unit || l.noUnit} (${inUnit.get(d.unit)})`)));
        bodies.append(body);
      }
      body.append(el('tr', {},
        el('th', { scope: 'row', class: 'file' }, d.file), el('td', {}, d.profile), el('td', {}, d.position), el('td', {}, d.manager),
        el('td', { class: `status status-${d.status}` }, l.statuses[d.status]), findingsCell(d)));
    });
    table.append(bodies);
    byId('count').textContent = view.length ? fill(l.showing, { from: from + 1, to: from + rows.length, total: view.length, all: docs.length }) : l.none;
    byId('p-page').textContent = fill(l.page, { page: page + 1, pages });
    byId<HTMLButtonElement>('p-prev').disabled = page === 0;
    byId<HTMLButtonElement>('p-next').disabled = page >= pages - 1;
    for (const th of Array.from(table.tHead!.rows[0].cells)) {
      if (th.dataset.key === state.key) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  };
  const update = () => {
    state.page = 0;
    filter();
    render();
  };

  text.addEventListener('input', update);
  for (const select of [status, unit, rule, drift, size]) select.addEventListener('change', update);
  byId('f-clear').addEventListener('click', () => {
    text.value = status.value = unit.value = rule.value = drift.value = '';
    update();
  });
  for (const th of Array.from(table.tHead!.rows[0].cells)) {
    th.querySelector('button')!.addEventListener('click', () => {
      state.dir = state.key === th.dataset.key ? -state.dir : 1;
      state.key = th.dataset.key!;
      sort();
      update();
    });
  }
  const turn = (by: number) => () => {
    state.page += by;
    render();
  };
  byId('p-prev').addEventListener('click', turn(-1));
  byId('p-next').addEventListener('click', turn(1));
  window.addEventListener('beforeprint', () => {
    state.printing = true;
    render();
  });
  window.addEventListener('afterprint', () => {
    state.printing = false;
    render();
  });
  sort();
  update();
  document.body.dataset.ready = 'true';
}
