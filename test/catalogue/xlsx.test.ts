import { spawnSync } from 'child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { exportXlsx, importXlsx } from '../../src/cli/catalogue-xlsx';
import { DataError } from '../../src/core/schema';
import { catalogueCopy, formulaCatalogue } from './helpers';

// Issue 10, item 6 ("better still"): the catalogue as an Excel workbook, both ways.

const base = defaultCatalogue();
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function refusal(bytes: Uint8Array): string {
  try {
    importXlsx(bytes, 'k.xlsx', { base });
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    expect((e as Error).message).not.toMatch(/\n/);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

/** A workbook as another program writes it: prefixed names, shared strings with rich text, no cell references. */
function foreignWorkbook(rows: string[][]): Uint8Array {
  const shared: string[] = [];
  const sheetRows = rows.map((cells, r) => {
    const xml = cells.map((text, c) => {
      if (text === '') return '<x:c/>';
      if (c === 4 && r > 0) return `<x:c t="str"><x:f>"${text}"</x:f><x:v>${text}</x:v></x:c>`; // a formula: its value counts
      shared.push(text);
      return `<x:c t="s"><x:v>${shared.length - 1}</x:v></x:c>`;
    });
    return `<x:row>${xml.join('')}</x:row>`;
  });
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Each string split into two runs, with a phonetic guide that is not part of the text.
  const si = shared.map((s) => `<x:si><x:r><x:t xml:space="preserve">${esc(s.slice(0, 1))}</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">${esc(s.slice(1))}</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si>`);
  return zipSync({
    'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="${MAIN}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="7" rel:id="R9"/></x:sheets></x:workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="R9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/andmed.xml"/>' +
        '<Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="jagatud.xml"/></Relationships>',
    ),
    'xl/worksheets/andmed.xml': strToU8(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetRows.join('')}</x:sheetData></x:worksheet>`),
    'xl/jagatud.xml': strToU8(`<x:sst xmlns:x="${MAIN}">${si.join('')}</x:sst>`),
  });
}

describe('export and import', () => {
  test('round trip of the shipped catalogue', () => {
    expect(importXlsx(exportXlsx(base), 'k.xlsx', { base }).competencies).toEqual(base.competencies);
  });

  test('every text comes back exactly: formula-like, control characters, _xHHHH_, CR, spaces, Excel\'s longest cell', () => {
    const c = formulaCatalogue();
    const third = c.competencies[2];
    third.name.en = '  two leading spaces and a tab\t';
    third.description = { et: 'bell\u0007 and vertical tab\u000b and CR\r here', en: 'literal _x0041_ and _x005F_ stay as written' };
    c.competencies[3].description.et = 'õ'.repeat(32767);
    const back = importXlsx(exportXlsx(c), 'k.xlsx', { base: c });
    expect(back.competencies).toEqual(c.competencies);
  });

  test('cells are text, never formulas; every column is formatted as text so edits stay as typed', () => {
    const c = catalogueCopy();
    c.competencies[0].name.et = '=1+1';
    const sheet = strFromU8(unzipSync(exportXlsx(c))['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toMatch(/<f>/);
    expect(sheet).toContain('<c r="F2" t="inlineStr" s="2"><is><t xml:space="preserve">=1+1</t></is></c>');
    expect(sheet.match(/<col [^>]*style="2"/g)).toHaveLength(13);
  });

  test('a text longer than an Excel cell holds is refused rather than cut', () => {
    const c = catalogueCopy();
    c.competencies[0].description.en = 'x'.repeat(32768);
    expect(() => exportXlsx(c)).toThrow('catalogue: competencies[kliendikesksus].description_en: is longer than the 32767 characters an Excel cell holds');
  });

  test('a workbook as other programs write it: its first sheet, shared rich text, formulas by their value', () => {
    const rows = [...exportedRows()];
    expect(importXlsx(foreignWorkbook(rows), 'k.xlsx', { base }).competencies).toEqual(base.competencies);
  });
});

function* exportedRows(): Generator<string[]> {
  // The same table the export writes, read back through the public API.
  const sheet = strFromU8(unzipSync(exportXlsx(base))['xl/worksheets/sheet1.xml']);
  for (const row of sheet.match(/<row [^>]*>.*?<\/row>/gs)!) {
    const cells: string[] = Array(13).fill('');
    for (const m of row.matchAll(/<c r="([A-M])\d+"[^>]*><is><t xml:space="preserve">(.*?)<\/t><\/is><\/c>/gs)) {
      cells[m[1].charCodeAt(0) - 65] = m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    }
    yield cells;
  }
}

describe('hostile workbooks: one line, bounded', () => {
  const withSheet = (sheet: string) => {
    const files = unzipSync(exportXlsx(base));
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
    return zipSync(files);
  };

  test('not a workbook, truncated, an old .xls', () => {
    expect(refusal(strToU8('id,group\n'))).toBe('k.xlsx: (root): not a .xlsx file (not a zip archive)');
    expect(refusal(exportXlsx(base).slice(0, 400))).toMatch(/^k\.xlsx: \(root\): damaged \.xlsx file: /);
    expect(refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/old \.xls format \(not a \.xlsx\): save it as an unprotected \.xlsx in Excel/);
    expect(refusal(zipSync({ 'a.txt': strToU8('x') }))).toMatch(/not an Excel workbook/);
  });

  test('a zip bomb sheet, a DOCTYPE, a missing shared string', () => {
    const files = unzipSync(exportXlsx(base));
    files['xl/worksheets/sheet1.xml'] = new Uint8Array(100 * 1024 * 1024).fill(0x20);
    expect(refusal(zipSync(files, { level: 1 }))).toMatch(/too large/);
    expect(refusal(withSheet('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>'))).toMatch(/DOCTYPE/);
    expect(refusal(withSheet(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>`))).toBe('k.xlsx: row 1, column A: refers to a shared string that is not there');
  });

  test('far-away and countless cells cost no more than the cells there are', () => {
    const far = `<worksheet xmlns="${MAIN}"><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
    expect(refusal(withSheet(far))).toBe('k.xlsx: row 1048576, column id: is missing');
    const beyond = `<worksheet xmlns="${MAIN}"><sheetData><row><c r="XFE1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
    expect(refusal(withSheet(beyond))).toBe('k.xlsx: cell XFE1: is outside the sheet');
    const many = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(16000)}</row>${'<row><c><v>1</v></c></row>'.repeat(190000)}</sheetData></worksheet>`;
    expect(refusal(withSheet(many))).toBe('k.xlsx: (root): has more than 200000 filled cells');
  });
});

// Only where LibreOffice Calc is installed: a real spreadsheet program opens the export, and the
// import reads what it saves (shared strings, its own styles).
const calc = fs.existsSync('/usr/lib/libreoffice/program/libsclo.so') && ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((f) => fs.existsSync(f));
(calc ? test : test.skip)('LibreOffice Calc opens the export and its own save imports to the same catalogue', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-xlsx-'));
  try {
    fs.writeFileSync(path.join(dir, 'k.xlsx'), exportXlsx(base));
    fs.mkdirSync(path.join(dir, 'out'));
    const r = spawnSync(calc as string, ['--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), path.join(dir, 'k.xlsx')], { env: { ...process.env, HOME: dir }, encoding: 'utf8', timeout: 90000 });
    expect(r.stdout).toMatch(/using filter : Calc/);
    const saved = fs.readFileSync(path.join(dir, 'out', 'k.xlsx'));
    expect(Object.keys(unzipSync(saved))).toContain('xl/sharedStrings.xml');
    expect(importXlsx(saved, 'k.xlsx', { base }).competencies).toEqual(base.competencies);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120000);
