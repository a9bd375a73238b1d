import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { DocxError, readDocx } from '../../src/docx/read';
import { buildAmetnikSeedDocx } from '../fixtures/build';
import { makeDocx, p } from './helpers';

/** Runs readDocx and returns the DocxError it throws (failing the test on success or any other error). */
function docxError(bytes: Uint8Array, limits = {}): DocxError {
  try {
    readDocx(bytes, limits);
  } catch (e) {
    if (e instanceof DocxError) {
      expect(e.message).not.toMatch(/\n/);
      return e;
    }
    throw e;
  }
  throw new Error('readDocx accepted the file');
}

/** Offset of the central directory entry for `name` in a zip. */
function centralEntry(zip: Uint8Array, name: string): number {
  const needle = strToU8(name);
  for (let i = 0; i < zip.length - 46; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) {
      const len = zip[i + 28] | (zip[i + 29] << 8);
      if (len === needle.length && needle.every((c: number, k: number) => zip[i + 46 + k] === c)) return i;
    }
  }
  throw new Error(`no entry ${name}`);
}

function setU32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}

let seed: Uint8Array;
beforeAll(async () => {
  seed = await buildAmetnikSeedDocx();
});

describe('readDocx on hostile input: one clear line, never a crash', () => {
  test('empty file and plain text', () => {
    expect(docxError(new Uint8Array(0)).message).toBe('empty file');
    expect(docxError(new Uint8Array(0)).bilingual).toEqual({ et: 'fail on tühi', en: 'empty file' });
    expect(docxError(strToU8('Tere, see ei ole Wordi fail.')).bilingual.et).toBe('see ei ole .docx-fail (ei ole zip-arhiiv)');
    expect(docxError(strToU8('Tere, see ei ole Wordi fail.')).message).toMatch(/not a zip/);
  });

  test('old .doc or password-protected file (OLE header)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(docxError(ole).message).toMatch(/password-protected or old \.doc format/);
  });

  test('truncated zip', () => {
    expect(docxError(seed.slice(0, Math.floor(seed.length / 2))).message).toMatch(/damaged .docx file/);
    expect(docxError(seed.slice(0, 30)).message).toMatch(/damaged|not a zip/);
  });

  test('a zip that is not a .docx', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    expect(docxError(zip).message).toMatch(/word\/document\.xml is missing/);
  });

  test('encrypted zip entry', () => {
    const zip = makeDocx(p('x'));
    const at = centralEntry(zip, 'word/document.xml');
    zip[at + 8] |= 1;
    expect(docxError(zip).message).toMatch(/password-protected/);
  });

  test('declared size over the limit is refused before inflating', () => {
    const zip = makeDocx(p('x'));
    setU32(zip, centralEntry(zip, 'word/document.xml') + 24, 0xfffffff0);
    expect(docxError(zip).message).toMatch(/too large/);
  });

  test('zip bomb: a highly compressible entry beyond the limit', () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const zip = zipSync({ 'word/document.xml': huge }, { level: 6 });
    expect(zip.length).toBeLessThan(100 * 1024);
    expect(docxError(zip, { maxEntryBytes: 1024 * 1024 }).message).toMatch(/too large/);
  });

  test('zip bomb with a lying size: inflating stops at the limit', () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const zip = zipSync({ 'word/document.xml': huge }, { level: 6 });
    setU32(zip, centralEntry(zip, 'word/document.xml') + 24, 100);
    expect(docxError(zip, { maxEntryBytes: 1024 * 1024 }).message).toMatch(/too large when unpacked/);
  });

  test('zip bomb against the default limits: refused before inflating, and when its size lies', () => {
    // 70 MB of spaces, compressed as a stream so the test never holds the 70 MB.
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      parts.push(data);
    });
    const entry = new ZipDeflate('word/document.xml', { level: 1 });
    zip.add(entry);
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 70; i++) entry.push(chunk);
    entry.push(new Uint8Array(0), true);
    zip.end();
    const bomb = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bomb.set(p, at), at + p.length), 0);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(docxError(bomb).message).toBe('file too large when unpacked (73400320 bytes, at most 25165824)');
    setU32(bomb, centralEntry(bomb, 'word/document.xml') + 24, 1000);
    expect(docxError(bomb).message).toMatch(/too large when unpacked/);
  }, 30000);

  test('too many entries', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 6000; i++) files[`x/${i}`] = new Uint8Array(0);
    expect(docxError(zipSync(files)).message).toMatch(/too many parts/);
  });

  test('deeply nested XML', () => {
    const deep = '<a>'.repeat(100000) + '</a>'.repeat(100000);
    expect(docxError(makeDocx(deep)).message).toMatch(/nested too deeply/);
  });

  test('DOCTYPE with entities (billion laughs) is refused outright', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    const zip = zipSync({ 'word/document.xml': strToU8(xml) });
    expect(docxError(zip).message).toMatch(/DOCTYPE/);
  });

  test('malformed XML and unknown entities', () => {
    expect(docxError(makeDocx('<w:p><w:r><w:t>x</w:r></w:p>')).message).toMatch(/word\/document\.xml is not well-formed XML/);
    expect(docxError(makeDocx('<w:p><w:r><w:t>&ext;</w:t></w:r></w:p>')).message).toMatch(/not well-formed/);
    const badStyles = makeDocx(p('x'), { 'word/styles.xml': '<w:styles><oops' });
    expect(docxError(badStyles).message).toMatch(/word\/styles\.xml/);
  });

  test('too much text', () => {
    expect(docxError(makeDocx(p('x'.repeat(2000))), { maxTextChars: 1000 }).message).toMatch(/too much text/);
  });

  test('unsupported compression method', () => {
    const zip = makeDocx(p('x'));
    const at = centralEntry(zip, 'word/document.xml');
    zip[at + 10] = 12; // bzip2
    expect(docxError(zip).message).toMatch(/unsupported compression/);
  });
});

// The fuzzing of whole documents is in test/fuzz/docx.test.ts (npm run fuzz for the long run).
describe('a damaged zip', () => {
  test('an entry whose compressed size runs past the end of the file', () => {
    const zip = makeDocx(p('x'));
    setU32(zip, centralEntry(zip, 'word/document.xml') + 20, zip.length * 2);
    expect(docxError(zip).message).toMatch(/damaged|cut short/);
  });
});
