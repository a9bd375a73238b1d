/**
 * Duties: a table of task | expected results (with or without a number column, a header row,
 * rows continued over a page break), or numbered paragraphs with their results under them, or —
 * when nothing is numbered — one duty per paragraph or bullet. Deeper numbers ("3.1.2") belong to
 * the duty above them.
 */
import type { Duty } from '../model';
import { foldLabel, splitNumber, stripBullet } from '../normalize';
import type { Block } from '../snapshot';
import { type Doc, isBullet, linesOf, type Range, rowEnd } from './doc';

/** Header cells of a duties table, folded. */
const DUTY_HEADER_WORDS = new Set([
  'pohiulesanded', 'pohiulesanne', 'ulesanded', 'ulesanne', 'tooulesanded', 'teenistuskohustused', 'teenistusulesanded',
  'tulemus', 'tulemused', 'oodatav tulemus', 'oodatavad tulemused', 'nr', 'jrk', 'jrk nr', 'nr.', 'tegevus', 'tegevused',
  'ulesande kirjeldus', 'tooulesande kirjeldus', 'tulemuse moodik', 'moodik', 'moodikud',
]);
/** A header cell that names the results column. */
const RESULTS_HEADER = /tulemus|moodik|kriteerium|naitaja|oodatav/;
/** Words of a header row written in the employer's own words ("Tegevused ülesannete täitmiseks"). */
const HEADER_WORDS = /ulesan|tulemus|tegevus|kriteer|moodik|naitaja|kirjeldus/;

export interface DutiesRead {
  duties: Duty[];
  /** The duties are a table with a column for the expected results. */
  resultsColumn: boolean;
}

const depth = (n: string): number => n.replace(/\.$/, '').split('.').length;

export function isDutyHeader(text: string): boolean {
  const key = foldLabel(text);
  // "Oodatavad tulemused (mõõdikud)" is a header; "Oodatav tulemus: aruanne on esitatud" is a result.
  return DUTY_HEADER_WORDS.has(key) || (/^oodatava?d? tulemus/.test(key) && !key.includes(':'));
}

export function readDuties(doc: Doc, range: Range | undefined, headings: Set<number>): DutiesRead {
  const out: DutiesRead = { duties: [], resultsColumn: false };
  /** The results column of each table, when its header row names one. */
  const resultsCols = new Map<number, number>();
  if (!range) return out;
  let taskLevel: number | undefined;
  let typedDepth: number | undefined;
  const loose: Block[] = [];
  for (let i = range.start; i <= range.end; i++) {
    const b = doc.blocks[i];
    if (b.kind === 'cell' && b.table) {
      const j = rowEnd(doc, i, range.end);
      const row = doc.blocks.slice(i, j + 1);
      // A form's row "Tööülesanded | 1. … 2. …": the heading beside the duties, written as paragraphs
      // (unless the heading heads the table's columns: "Teenistuskoha ülesanded | Tegevused | Kriteeriumid").
      if (headingInRow(doc, b, headings) && !isHeaderRow(textColumns(row))) {
        for (const c of row) if (!headings.has(c.index)) for (const line of linesOf(doc, c.index)) readLine(line.block, c.index);
      } else readRow(doc, row, out, resultsCols);
      i = j;
      continue;
    }
    if (headings.has(i)) continue;
    for (const line of linesOf(doc, i)) readLine(line.block, i);
  }
  function readLine(b: Block, i: number): void {
    const text = b.text.trim();
    if (!text || isDutyHeader(text)) return;
    const { number, rest } = splitNumber(text);
    const level = b.listLevel ?? 0;
    if (number !== undefined && !isBullet(b)) {
      typedDepth ??= depth(number);
      if (depth(number) <= typedDepth) {
        out.duties.push({ number, task: rest, results: [], block: i });
        return;
      }
    } else if (b.number !== undefined && !isBullet(b) && (taskLevel === undefined || level <= taskLevel)) {
      taskLevel ??= level;
      out.duties.push({ number: b.number, task: text, results: [], block: i });
      return;
    }
    const last = out.duties[out.duties.length - 1];
    if (!last) {
      loose.push(b);
      return;
    }
    if (number !== undefined) {
      last.task = `${last.task} ${rest}`.trim();
      return;
    }
    const result = stripBullet(text).replace(/^(oodatav(ad)?\s+)?tulemus(ed)?\s*:\s*/i, '');
    if (result) last.results.push(result);
  }
  // Nothing numbered: each paragraph or bullet is a duty (the lead line "Ülesanded:" is not).
  if (out.duties.length === 0) {
    for (const b of loose) {
      const text = stripBullet(b.text);
      if (!text || (text.endsWith(':') && !isBullet(b))) continue;
      out.duties.push({ number: '', task: text, results: [], block: b.index });
    }
  }
  return out;
}

/** True when a cell of `b`'s row is a section heading. */
function headingInRow(doc: Doc, b: Block, headings: Set<number>): boolean {
  const { table, row } = b.table!;
  for (let col = 0; doc.hasCell(table, row, col); col++) if (doc.cell(table, row, col).some((i) => headings.has(i))) return true;
  return false;
}

/** The row's cells with text, each as its paragraphs, in column order. */
function textColumns(row: Block[]): Block[][] {
  const byCol = new Map<number, Block[]>();
  for (const b of row) if (b.text.trim()) byCol.set(b.table!.col, [...(byCol.get(b.table!.col) ?? []), b]);
  return [...byCol.keys()].sort((x, y) => x - y).map((c) => byCol.get(c)!);
}

/** A header row: every cell a known header, or every cell short bold text with a header's words. */
function isHeaderRow(cells: Block[][]): boolean {
  const all = cells.flat();
  if (all.every((b) => isDutyHeader(b.text))) return true;
  return all.every((b) => b.bold === true && b.text.trim().length <= 60 && !/[.;]$/.test(b.text.trim())) && all.some((b) => HEADER_WORDS.test(foldLabel(b.text)));
}

/**
 * One table row: the task cell (number + text, or a number cell then the task), then the results
 * cells — or, when the header row names the results column, that column's cells, the others adding
 * to the task ("Tegevused ülesannete täitmiseks").
 */
function readRow(doc: Doc, row: Block[], out: DutiesRead, resultsCols: Map<number, number>): void {
  const { table, row: r } = row[0].table!;
  const maxCol = Math.max(...row.map((b) => b.table!.col));
  const columns = textColumns(row);
  const byCol = new Map(columns.map((c) => [c[0].table!.col, c]));
  const cols = [...byCol.keys()];
  if (cols.length === 0) return;
  if (isHeaderRow(columns)) {
    const named = cols.filter((c) => byCol.get(c)!.some((b) => RESULTS_HEADER.test(foldLabel(b.text))));
    if (named.length > 0) {
      out.resultsColumn = true;
      if (named[named.length - 1] > 0) resultsCols.set(table, named[named.length - 1]);
    }
    return;
  }
  const duties = out.duties;
  const first = byCol.get(cols[0])!;
  const head = first[0];
  const typed = splitNumber(head.text);
  const numberOnly = !typed.rest && first.length === 1 && (typed.number !== undefined || head.number !== undefined);
  if (cols[0] !== 0 && duties.length > 0 && !numberOnly) {
    // Task cell empty: a row continued over a page break.
    for (const c of cols) duties[duties.length - 1].results.push(...byCol.get(c)!.map((b) => stripBullet(b.text)));
    return;
  }
  const number = typed.number ?? head.number ?? '';
  let taskCol = cols[0];
  let taskBlocks = first;
  let taskRest = typed.rest;
  if (numberOnly && cols.length > 1) {
    // A number alone in the first cell: the task is in the next cell.
    taskCol = cols[1];
    taskBlocks = byCol.get(taskCol)!;
    taskRest = taskBlocks[0].text.trim();
  }
  const named = resultsCols.get(table);
  const resultCols = named !== undefined && named > taskCol ? [named] : cols.filter((c) => c > taskCol);
  const details = cols.filter((c) => c > taskCol && !resultCols.includes(c)).flatMap((c) => byCol.get(c)!.map((b) => stripBullet(b.text)));
  const task = [taskRest, ...taskBlocks.slice(1).map((b) => b.text.trim()), ...details].filter(Boolean).join(' ');
  const results = resultCols.flatMap((c) => byCol.get(c)?.map((b) => stripBullet(b.text)) ?? []).filter(Boolean);
  // A row that groups the duties under it ("Juhtimine", "B. EELARVE:" in bold, nothing beside): a title, not a duty.
  if (!number && results.length === 0 && taskBlocks.every((b) => b.bold === true || b.allCaps === true || /:$/.test(b.text.trim()))) return;
  if (results.length > 0) out.resultsColumn = true;
  const duty: Duty = { number, task, results, block: head.index };
  // A results cell exists in this row (it may be blank).
  const resultsAt = named ?? maxCol;
  if (resultsAt > taskCol && doc.hasCell(table, r, resultsAt)) duty.resultCell = true;
  duties.push(duty);
}
