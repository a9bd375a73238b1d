import { strToU8, zipSync } from 'fflate';
import { readDocument } from '../../src/docx/container';
import { readDocx } from '../../src/docx/read';
import { buildAmetnikSeedDocx } from '../fixtures/build';
import { makeAsice } from './asice';

let docx: Uint8Array;
beforeAll(async () => {
  docx = await buildAmetnikSeedDocx();
});

const reason = (bytes: Uint8Array, limits = {}) => {
  try {
    readDocument(bytes, limits);
  } catch (e) {
    return (e as { bilingual: { et: string; en: string } }).bilingual;
  }
  throw new Error('read without an error');
};

describe('a signed container holding a .docx', () => {
  it('an ASiC-E container: the .docx inside is read as the .docx itself, the signatures are counted and not validated', () => {
    const read = readDocument(makeAsice({ 'ametijuhend.docx': docx }, { signatures: 2 }));
    expect(read.snapshot).toEqual(readDocx(docx));
    expect(read.container).toEqual({ type: 'application/vnd.etsi.asic-e+zip', document: 'ametijuhend.docx', signatures: 2 });
  });

  it('a BDOC 1.0 container too, and a name in UTF-8', () => {
    const zipped = makeAsice({ 'Ametijuhend – nõunik.docx': docx }, { mimetype: 'application/vnd.bdoc-1.0' });
    expect(readDocument(zipped).container?.document).toBe('Ametijuhend – nõunik.docx');
  });

  it('a plain .docx is read as before, with no container', () => {
    const read = readDocument(docx);
    expect(read.container).toBeUndefined();
    expect(read.snapshot).toEqual(readDocx(docx));
  });
});

describe('a container that cannot be compared: one line saying why', () => {
  it('no .docx inside names what is there', () => {
    expect(reason(makeAsice({ 'leping.pdf': strToU8('%PDF') })).en).toBe('the signed container holds no .docx file (it holds: leping.pdf)');
  });

  it('two .docx files inside', () => {
    expect(reason(makeAsice({ 'a.docx': docx, 'b.docx': docx })).et).toMatch(/^digiallkirjastatud ümbrikus on 2 \.docx-faili \(a\.docx, b\.docx\)/);
  });

  it('another kind of ZIP with a mimetype (an OpenDocument text) is named for what it is', () => {
    const odt = makeAsice({ 'content.xml': strToU8('<x/>') }, { mimetype: 'application/vnd.oasis.opendocument.text' });
    expect(reason(odt).en).toBe('not a .docx nor a signed container (ASiC-E, BDOC) but "application/vnd.oasis.opendocument.text"');
  });

  it('no META-INF/', () => {
    expect(reason(makeAsice({ 'a.docx': docx }, { metaInf: false })).en).toBe('damaged signed container: META-INF/ is missing');
  });

  it('the .docx inside is damaged: the .docx reader says why', () => {
    expect(reason(makeAsice({ 'a.docx': strToU8('not a zip at all') })).en).toBe('not a .docx file (not a zip archive)');
  });
});

describe('the same hostile-input limits as a .docx', () => {
  it('too many entries in the container', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, strToU8('x')]));
    expect(reason(makeAsice({ ...files, 'a.docx': docx }), { maxEntries: 20 }).en).toMatch(/^too many parts in the file \(\d+, at most 20\)$/);
  });

  it('a .docx inside that unpacks beyond the file limit is refused, also when the container lies about its size', () => {
    // Small in the container (zeros compress well), 2 MB unpacked.
    const inner = zipSync({ 'word/document.xml': [new Uint8Array(2_000_000), { level: 0 }] });
    const bomb = makeAsice({ 'a.docx': inner });
    expect(bomb.length).toBeLessThan(100_000);
    expect(reason(bomb, { maxFileBytes: 1_000_000 }).en).toBe(`a.docx is too large (${inner.length} bytes, at most 1000000)`);
    // The directory claims 1,000 bytes: unpacking stops at the limit all the same.
    const view = new DataView(bomb.buffer, bomb.byteOffset);
    for (let i = 0; i + 46 < bomb.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint16(i + 28, true) === 6) view.setUint32(i + 24, 1000, true);
    }
    expect(reason(bomb, { maxFileBytes: 1_000_000 }).en).toBe('a.docx is too large when unpacked (more than 1000000 bytes)');
  });

  it('a container larger than the file limit is refused before it is opened', () => {
    expect(reason(makeAsice({ 'a.docx': docx }), { maxFileBytes: 1000 }).en).toMatch(/^file too large/);
  });

  it('an encrypted entry is refused', () => {
    const zipped = makeAsice({ 'a.docx': docx });
    // Set the "encrypted" flag of every entry in the central directory.
    const view = new DataView(zipped.buffer, zipped.byteOffset);
    for (let i = 0; i + 46 < zipped.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    expect(reason(zipped).en).toMatch(/password-protected/);
  });
});
