import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_FINDINGS_PER_RULE } from '../../src/core/engine';
import { main } from '../../src/cli/jd-check';
import { makeDocx, p } from '../docx/helpers';
import { buildAmetnikSeedDocx } from '../fixtures/build';

// Issue 10: whatever one file costs the rules, jd-check ends and reports the other files. The
// command line checks each file in a thread of its own with a time and a memory limit (small here,
// so that small files show it), and a rule lists at most MAX_FINDINGS_PER_RULE findings, then one
// that counts the rest.

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-isolate-'));
  fs.writeFileSync(file('hea.docx'), await buildAmetnikSeedDocx());
  // 2000 paragraphs with ten placeholders each: 20,000 findings from a 10 kB file.
  fs.writeFileSync(file('kohatäited.docx'), makeDocx(p('AMETIJUHEND') + p('XXX '.repeat(10)).repeat(2000)));
  // 100,000 paragraphs of words: more than 48 MB of heap to read and check.
  fs.writeFileSync(file('suur.docx'), makeDocx(p('Koostab analüüse.').repeat(100_000)));
}, 60000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(isolate: { timeoutMs: number; maxMemoryMb: number } | undefined, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['--format', 'json', ...argv], { stdout: (s) => void (out += s), stderr: (s) => void (err += s), color: false, isolate });
  const reports = JSON.parse(out) as { file: string; error?: string; findings?: unknown[] }[];
  return { code, err, reports: reports.map((r) => ({ file: path.basename(r.file), error: r.error, ok: !!r.findings })) };
}

test(`20,000 placeholders: ${MAX_FINDINGS_PER_RULE} of them listed and one finding that counts the rest; the others reported`, async () => {
  let out = '';
  const code = await main(['--format', 'json', file('kohatäited.docx'), file('hea.docx')], { stdout: (s) => void (out += s), stderr: () => undefined, color: false });
  expect(code).toBe(1);
  const [crafted, good] = JSON.parse(out) as { file: string; findings: { rule: string; message: string }[] }[];
  const placeholders = crafted.findings.filter((f) => f.rule === 'placeholder-left');
  expect(placeholders).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
  expect(placeholders[MAX_FINDINGS_PER_RULE].message).toMatch(/^Dokument: veel 19800 samasugust leidu kontrollist „placeholder-left“/);
  expect(path.basename(good.file)).toBe('hea.docx');
});

test('a file over the time limit is stopped; the next file is checked in a new thread', async () => {
  const r = await run({ timeoutMs: 300, maxMemoryMb: 512 }, '--lang', 'en', file('suur.docx'), file('hea.docx'));
  expect(r.reports).toEqual([
    { file: 'suur.docx', error: 'checking the file took more than 0.3 s and was stopped (the document is unusually large or repetitive)', ok: false },
    { file: 'hea.docx', error: undefined, ok: true },
  ]);
  expect(r.err).toMatch(/suur\.docx: checking the file took more than 0\.3 s/);
}, 120000);

test('a file over the memory limit is stopped; the next file is checked in a new thread', async () => {
  const r = await run({ timeoutMs: 60000, maxMemoryMb: 48 }, file('suur.docx'), file('hea.docx'));
  expect(r.reports).toEqual([
    { file: 'suur.docx', error: 'faili kontroll vajas üle 48 MB mälu ja katkestati', ok: false },
    { file: 'hea.docx', error: undefined, ok: true },
  ]);
}, 120000);

test('within the limits a thread gives the same reports as checking in place', async () => {
  const args = [file('hea.docx'), file('kohatäited.docx'), file('puudub.docx')];
  expect(await run({ timeoutMs: 60000, maxMemoryMb: 320 }, ...args)).toEqual(await run(undefined, ...args));
}, 120000);
