import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readInput } from '../../src/cli/files';
import { main, type CatalogueIo } from '../../src/cli/jd-catalogue';
import { exportCsv } from '../../src/core/catalogue/csv';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { catalogueTable } from '../../src/core/catalogue/table';
import { catalogueCopy, excelCsv, windows1257 } from './helpers';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CatalogueIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: readInput,
    writeFile: (f, data) => fs.writeFileSync(f, data),
    today: () => '2026-11-28',
  };
  const code = main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-catalogue-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jd-catalogue', () => {
  test('validate: 0 for a good catalogue, 1 with the named field for a bad one', () => {
    const good = write('good.json', JSON.stringify(defaultCatalogue()));
    expect(run(['validate', good])).toMatchObject({ code: 0, out: expect.stringContaining('valid catalogue 2026.1 (16 competencies, 9 clauses)') });
    const c = catalogueCopy();
    c.competencies[0].indicators.en.pop();
    const bad = write('bad.json', JSON.stringify(c));
    const r = run(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${bad}: competencies[kliendikesksus].indicators: has 3 Estonian and 2 English items; they must match one to one\n`);
    expect(run(['validate', write('broken.json', '{')]).err).toMatch(/is not valid JSON/);
    expect(run(['validate', path.join(dir, 'missing.json')])).toMatchObject({ code: 1, err: `${path.join(dir, 'missing.json')}: file not found\n` });
  });

  test('export then import round-trips, with --base and --version', () => {
    const exported = run(['export']);
    expect(exported.code).toBe(0);
    expect(exported.out).toBe(exportCsv(defaultCatalogue()));
    const csv = write('k.csv', exported.out);
    const base = write('base.json', JSON.stringify({ ...defaultCatalogue(), publisher: 'Muu asutus' }));
    const imported = run(['import', csv, '--base', base, '--version', '2027.1']);
    expect(imported.code).toBe(0);
    const json = JSON.parse(imported.out);
    expect(json.competencies).toEqual(defaultCatalogue().competencies);
    expect(json).toMatchObject({ version: '2027.1', published: '2026-11-28', publisher: 'Muu asutus' });
    const file = write('new.json', imported.out);
    expect(run(['export', file]).out).toBe(exported.out);
  });

  // Issue 10, items 6 and 7.
  test('export --out writes CSV or an Excel workbook; import reads either, told apart by content', () => {
    const xlsx = path.join(dir, 'k.xlsx');
    expect(run(['export', '--out', xlsx])).toMatchObject({ code: 0, out: '' });
    const fromXlsx = run(['import', xlsx]);
    expect(fromXlsx.code).toBe(0);
    expect(JSON.parse(fromXlsx.out).competencies).toEqual(defaultCatalogue().competencies);
    const csv = path.join(dir, 'out.csv');
    expect(run(['export', '--out', csv]).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toBe(exportCsv(defaultCatalogue()));
    expect(run(['export', '--out', path.join(dir, 'k.txt')])).toMatchObject({ code: 2, err: expect.stringContaining('--out must name a .csv or .xlsx file') });
  });

  test('a CSV from Estonian Excel (semicolons, Windows-1257) imports, and says how it was read', () => {
    const c = catalogueCopy();
    c.competencies[0].name.et = 'Kliendikesksus – õige žürii';
    const file = path.join(dir, 'excel.csv');
    fs.writeFileSync(file, windows1257(excelCsv(';', catalogueTable(c))));
    const r = run(['import', file]);
    expect(r.err).toBe(`${file}: not UTF-8; read as Windows-1257 (Estonian Excel's plain "CSV")\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).competencies[0].name.et).toBe('Kliendikesksus – õige žürii');
  });

  test('input over the size cap is refused before it is read', () => {
    const big = path.join(dir, 'suur.csv');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 5 * 1024 * 1024);
    expect(run(['import', big])).toMatchObject({ code: 1, err: `${big}: file too large (5242880 bytes, at most 4194304)\n` });
  });

  test('messages carry no control characters from the data', () => {
    const c = catalogueCopy();
    c.competencies[0].id = 'x\x1b[2J\x1b]0;pealkiri\x07'; // the message names the entry by its id
    const r = run(['validate', write('esc.json', JSON.stringify(c))]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.err).toContain('competencies[x [2J ]0;pealkiri ].id');
  });

  test('bad usage exits 2 with the usage text', () => {
    expect(run([])).toMatchObject({ code: 2 });
    expect(run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command frobnicate') });
    expect(run(['import'])).toMatchObject({ code: 2 });
    expect(run(['import', 'x.csv', '--version'])).toMatchObject({ code: 2, err: expect.stringContaining('--version needs a value') });
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('jd-catalogue validate FILE') });
  });
});
