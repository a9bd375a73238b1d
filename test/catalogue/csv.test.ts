import { exportCsv, importCsv, parseCsv } from '../../src/core/catalogue/csv';
import { COLUMNS as CSV_COLUMNS } from '../../src/core/catalogue/table';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { DataError } from '../../src/core/schema';
import { catalogueCopy } from './helpers';

describe('CSV', () => {
  test('export → import gives back the same competencies (levels included) and keeps the clauses', () => {
    const original = defaultCatalogue();
    const csv = exportCsv(original);
    const back = importCsv(csv, 'k.csv', { base: original });
    expect(back.competencies).toEqual(original.competencies);
    expect(back.clauses).toEqual(original.clauses);
    expect(back.version).toBe(original.version);
  });

  test('round trip keeps quotes, commas, semicolons in text, a retired entry and leading spaces', () => {
    const c = catalogueCopy();
    c.competencies[0].indicators.et[0] = 'Ütleb "jah", kui vaja; ka  kahe tühikuga.';
    c.competencies[0].name.en = ' Client, "focus"';
    c.competencies[1].status = 'retired';
    c.competencies[1].replacedBy = 'kliendikesksus';
    c.competencies[1].changedIn = '2026.2';
    const back = importCsv(exportCsv(c), 'k.csv', { base: c, version: '2026.2', published: '2026-12-01' });
    expect(back.competencies).toEqual(c.competencies);
    expect(back.version).toBe('2026.2');
    expect(back.published).toBe('2026-12-01');
  });

  test('the file is RFC 4180: header row, CRLF, quoted cells with line breaks, UTF-8 with BOM', () => {
    const csv = exportCsv(defaultCatalogue());
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    const rows = parseCsv(csv, 'k.csv');
    expect(rows).toHaveLength(defaultCatalogue().competencies.length + 1);
    const kliendikesksus = rows[1];
    expect(kliendikesksus[0]).toBe('kliendikesksus');
    expect(kliendikesksus[9].split('\n')).toHaveLength(3);
    expect(csv).toContain('"Lähtub töös kliendi (nii sise- kui väliskliendi) vajadustest ning õigustest.\nPüüdleb');
  });

  test('parses quoted fields, doubled quotes and LF-only files', () => {
    expect(parseCsv('a,b\n"x, ""y""","1\r\n2"\n', 'f.csv')).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]);
  });

  test('errors name the line and column', () => {
    const err = (text: string) => {
      try {
        importCsv(text, 'k.csv', { base: defaultCatalogue() });
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        return (e as DataError).message;
      }
      throw new Error('accepted');
    };
    expect(err('id,group\nx,standard\n')).toBe('k.csv: line 1, column status: is missing');
    const header = CSV_COLUMNS.join(',');
    expect(err(`${header}\n"open`)).toMatch(/line 2: has a quoted field that is never closed/);
    expect(err(`${header}\nx,standard\n`)).toBe('k.csv: line 2: has 2 fields; the header has 13');
    const good = exportCsv(defaultCatalogue()).split('\r\n');
    const badGroup = good[1].replace('kliendikesksus,standard', 'kliendikesksus,boss');
    expect(err([good[0], badGroup].join('\r\n'))).toMatch(/competencies\[kliendikesksus\]\.group: must be one of/);
  });
});
