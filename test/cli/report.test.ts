import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inProcess } from './run-main';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { checkDocument } from '../../src/core/engine';
import { allRules } from '../../src/core/rules';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { sinkFor, streamReports } from '../../src/cli/stream';
import { parseArgs } from '../../src/cli/args';
import { TextTable } from '../../src/cli/format/html';
import { jsonReport } from '../../src/cli/format/json';
import type { FileReport } from '../../src/cli/format/types';
import { writeDocx } from '../../src/docx/write';
import { buildAmetnikSeedDocx, buildBrokenDocx, buildTootajaSeedDocx } from '../fixtures/build';
import { edited } from '../compare/versions';

// The folder report: one HTML file (and the same rows as CSV) for HR's review of a whole unit.
let dir: string;
const { run, printed } = inProcess();

/** The data records of a report page. */
function records(html: string): unknown[][] {
  const start = html.indexOf('<script type="application/json" id="jd-data">');
  const json = html.slice(html.indexOf('>', start) + 1, html.indexOf('</script>', start));
  return JSON.parse(json) as unknown[][];
}

/** The documents of a report, with their texts looked up, as the page's script reads them. */
function documents(html: string) {
  const strings: string[] = [];
  const docs: { file: string; unit: string; position: string; status: number; rules: string[]; drift: string[]; error?: string }[] = [];
  for (const r of records(html)) {
    if (r[0] === 's') strings.push(r[1] as string);
    if (r[0] !== 'd') continue;
    const s = (n: unknown) => strings[n as number];
    docs.push({
      file: r[1] as string, unit: s(r[2]), position: s(r[4]), status: r[6] as number,
      rules: (r[7] as number[][]).map((f) => s(f[0])), drift: (r[8] as number[]).map(s), ...(r[9] !== undefined ? { error: s(r[9]) } : {}),
    });
  }
  return docs;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-report-'));
  const unit = path.join(dir, 'kaust');
  fs.mkdirSync(unit);
  fs.writeFileSync(path.join(unit, 'a-ametnik.docx'), await buildAmetnikSeedDocx());
  fs.writeFileSync(path.join(unit, 'b-tootaja.docx'), await buildTootajaSeedDocx());
  fs.writeFileSync(path.join(unit, 'c-pealkirjata.docx'), await buildBrokenDocx('title-missing'));
  // Competencies written by hand, not as the catalogue has them; a position that is markup and a formula.
  fs.writeFileSync(path.join(unit, 'd-kasitsi.docx'), await writeDocx(edited((v) => (v.fields[0][1] = '=HYPERLINK("x")</script><b>'))));
  fs.writeFileSync(path.join(unit, 'e-katki.docx'), (await buildTootajaSeedDocx()).slice(0, 2000));
}, 60000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('html: one page with nothing from outside; every document (named within the folder), its unit, status, findings and drifted competencies; the unreadable with its reason', async () => {
  expect(await run('--format', 'html', path.join(dir, 'kaust'))).toBe(2);
  expect(printed.err).toMatch(/^jd-check: .*e-katki\.docx: \.docx-fail on rikutud: /);
  expect(printed.out).toMatch(/^<!doctype html>\n<html lang="et">/);
  expect(printed.out).toMatch(/<\/html>\n$/);
  // Self-contained: no linked file, picture, frame, font or address to load.
  expect(printed.out).not.toMatch(/<(link|img|iframe|object|embed)\b|<script\b[^>]*\bsrc=|\b(src|href)=|\burl\(|@import|https?:\/\//i);
  const docs = documents(printed.out);
  expect(docs.map((d) => [d.file, d.unit, d.status])).toEqual([
    ['a-ametnik.docx', 'Hüvitiste osakond (perehüvitiste valdkonna tiim)', 0],
    ['b-tootaja.docx', 'Õiguse ja järelevalve osakond, KOV nõustamistalitus', 0],
    ['c-pealkirjata.docx', expect.any(String), 1],
    ['d-kasitsi.docx', 'Hüvitiste osakond', 0],
    ['e-katki.docx', '', 3],
  ]);
  expect(docs[2].rules).toContain('title-missing');
  expect(docs[3].drift).toEqual(['Kliendikesksus', 'Koostöövõime']);
  expect(docs[0].drift).toEqual([]);
  expect(docs[4].error).toMatch(/^\.docx-fail on rikutud: /);
  // Markup in a document stays text: it cannot end the data early.
  expect(docs[3].position).toBe('=HYPERLINK("x")</script><b>');
  expect(printed.out).not.toContain('</script><b>');
});

test('html: a text used again is written once (units, managers, messages), so a large report stays small', async () => {
  await run('--format', 'html', path.join(dir, 'kaust'), path.join(dir, 'kaust'));
  expect(documents(printed.out)).toHaveLength(10);
  const texts = records(printed.out).filter((r) => r[0] === 's').map((r) => r[1]);
  expect(new Set(texts).size).toBe(texts.length);
});

test('the text table forgets its oldest texts beyond its size and writes them again when they come back', () => {
  const table = new TextTable(2);
  const defined: unknown[][] = [];
  const id = (text: string) => table.id(text, (r) => defined.push(r));
  expect([id('a'), id('b'), id('a'), id('c'), id('a'), id('c')]).toEqual([0, 1, 0, 2, 3, 2]);
  expect(defined).toEqual([['s', 'a'], ['s', 'b'], ['s', 'c'], ['s', 'a']]);
});

test('csv: a byte-order mark, a header, one row per file; a formula in a document is not run by Excel', async () => {
  expect(await run('--format', 'csv', '--lang', 'en', path.join(dir, 'kaust'))).toBe(2);
  expect(printed.out.startsWith('\uFEFFFile,Structural unit,Kind,Position,Line manager,Status,Errors,Warnings,Notes,Findings,Competencies differing from the catalogue\r\n')).toBe(true);
  const rows = printed.out.slice(1).split('\r\n');
  expect(rows.filter((r) => /kaust/.test(r))).toHaveLength(5);
  expect(rows.find((r) => r.includes('d-kasitsi'))).toContain(`,"'=HYPERLINK(""x"")</script><b>",`);
  expect(rows.find((r) => r.includes('c-pealkirjata'))).toMatch(/,Has errors,[1-9]\d*,/);
  expect(printed.out).toMatch(/e-katki\.docx,,,,,Cannot be read,0,0,0,damaged \.docx file: /);
});

describe('streaming: each file is written before the next is read', () => {
  const reportsOf = (snapshots: DocumentSnapshot[], log: string[]) =>
    (function* () {
      for (const [i, s] of snapshots.entries()) {
        log.push(`check ${i}`);
        yield { file: `f${i}.docx`, result: checkDocument(s, { catalogue: defaultCatalogue() }) } as FileReport;
      }
      log.push('check end');
      yield { file: 'katki.docx', error: 'rikutud' } as FileReport;
    })();

  for (const format of ['text', 'json', 'csv', 'html', 'junit']) {
    test(format, async () => {
      const log: string[] = [];
      const sink = sinkFor(parseArgs(['--format', format, 'x']), { lang: 'et', color: false, rules: allRules, version: '0', root: '.', catalogue: defaultCatalogue() }, 3);
      const result = await streamReports(reportsOf([edited(() => {}), edited(() => {})], log), sink, {
        stdout: (s) => log.push(s.includes('f0.docx') ? 'wrote f0' : s.includes('f1.docx') ? 'wrote f1' : 'wrote'),
        stderr: (s) => log.push(`stderr ${s.trim()}`),
        color: false,
      });
      expect(result).toEqual({ unreadable: 1, ok: false });
      const at = (entry: string) => log.indexOf(entry);
      expect(at('stderr jd-check: katki.docx: rikutud')).toBeGreaterThan(at('check end'));
      if (format === 'junit') {
        // JUnit states its totals first: it can only be written at the end.
        expect(at('wrote f0')).toBeGreaterThan(at('check end'));
      } else {
        const order = ['check 0', 'wrote f0', 'check 1', 'wrote f1', 'check end'].map(at);
        expect(order.every((n) => n >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    });
  }

  test('json written as it goes is the same JSON.stringify(array, null, 2) as before', async () => {
    for (const count of [0, 1, 2]) {
      let text = '';
      const snapshots = Array.from({ length: count }, () => edited(() => {}));
      const reports = snapshots.map((s, i) => ({ file: `f${i}`, result: checkDocument(s) }) as FileReport);
      const sink = sinkFor(parseArgs(['--format', 'json', 'x']), { lang: 'en', color: false, rules: allRules, version: '0', root: '.' }, count);
      await streamReports(reports, sink, { stdout: (s) => void (text += s), stderr: () => undefined, color: false });
      expect(text).toBe(JSON.stringify(reports.map((r) => jsonReport(r, { lang: 'en', color: false, rules: allRules, version: '0' })), null, 2) + '\n');
    }
  });
});
