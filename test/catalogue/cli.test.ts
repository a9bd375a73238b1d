import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CatalogueIo } from '../../src/cli/jd-catalogue';
import { exportCsv } from '../../src/core/catalogue/csv';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { catalogueCopy } from './helpers';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CatalogueIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (f) => fs.readFileSync(f, 'utf8'),
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
    expect(run(['validate', path.join(dir, 'missing.json')])).toMatchObject({ code: 1, err: expect.stringContaining('cannot read the file (ENOENT)') });
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

  test('bad usage exits 2 with the usage text', () => {
    expect(run([])).toMatchObject({ code: 2 });
    expect(run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command frobnicate') });
    expect(run(['import'])).toMatchObject({ code: 2 });
    expect(run(['import', 'x.csv', '--version'])).toMatchObject({ code: 2, err: expect.stringContaining('--version needs a value') });
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('jd-catalogue validate FILE') });
  });
});
