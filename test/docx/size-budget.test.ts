// The total-size budget across the parts readDocx reads: what they declare together, and what they
// really unpack to together when their declared sizes lie (each part alone stays under its own limit).
import { strToU8, zipSync } from 'fflate';
import { DocxError, readDocx } from '../../src/docx/read';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** About 900 bytes of XML each, so two of them pass 1000 bytes apiece but not 1500 together. */
const documentXml = `<w:document ${W}><w:body><w:p><w:r><w:t>${'Tekst. '.repeat(120)}</w:t></w:r></w:p></w:body></w:document>`;
const stylesXml = `<w:styles ${W}>${'<w:style w:type="paragraph" w:styleId="a"/>'.repeat(20)}</w:styles>`;
const LIMITS = { maxEntryBytes: 1000, maxTotalBytes: 1500 };

function docx(): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(documentXml), 'word/styles.xml': strToU8(stylesXml) }, { level: 9 });
}

/** Offset of the central directory entry of `name`. */
function centralEntry(zip: Uint8Array, name: string): number {
  const needle = strToU8(name);
  for (let i = 0; i < zip.length - 46; i++) {
    const header = zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2;
    if (header && (zip[i + 28] | (zip[i + 29] << 8)) === needle.length && needle.every((c: number, k: number) => zip[i + 46 + k] === c)) return i;
  }
  throw new Error(`no entry ${name}`);
}

function declareSize(zip: Uint8Array, name: string, size: number): void {
  new DataView(zip.buffer, zip.byteOffset).setUint32(centralEntry(zip, name) + 24, size, true);
}

function failure(bytes: Uint8Array): string {
  try {
    readDocx(bytes, LIMITS);
  } catch (e) {
    if (e instanceof DocxError) return e.message;
    throw e;
  }
  return 'read';
}

describe('readDocx: the parts it reads share one size budget', () => {
  test('each part fits its own limit and the file reads when the budget allows both', () => {
    expect(strToU8(documentXml).length).toBeGreaterThan(800);
    expect(strToU8(documentXml).length).toBeLessThan(1000);
    expect(strToU8(stylesXml).length).toBeGreaterThan(800);
    expect(strToU8(stylesXml).length).toBeLessThan(1000);
    expect(readDocx(docx(), { ...LIMITS, maxTotalBytes: 2000 }).blocks).toHaveLength(1);
  });

  test('parts that declare more together than the budget are refused before anything is unpacked', () => {
    const total = strToU8(documentXml).length + strToU8(stylesXml).length;
    expect(failure(docx())).toBe(`file too large when unpacked (${total} bytes, at most 1500)`);
  });

  test('parts whose declared sizes lie are stopped when what they really unpack to passes the budget', () => {
    const zip = docx();
    expect(zip[centralEntry(zip, 'word/styles.xml') + 10]).toBe(8); // deflated, so inflating counts the real bytes
    declareSize(zip, 'word/document.xml', 10);
    declareSize(zip, 'word/styles.xml', 10);
    const left = 1500 - strToU8(documentXml).length;
    expect(failure(zip)).toBe(`word/styles.xml is too large when unpacked (more than ${left} bytes)`);
  });
});
