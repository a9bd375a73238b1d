/**
 * Dismissed warnings in a .docx file: custom document properties in docProps/custom.xml, read with
 * the document, written by the package editor (the part added with its content type and
 * relationship when the file has none; every other property and part kept byte for byte) and by
 * the writer of a new document.
 */
import { strFromU8, unzipSync } from 'fflate';
import { withBasis } from '../../src/core/apply';
import { editDocx } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { writeDocx } from '../../src/docx/write';
import { makeDocx, p } from './helpers';

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const OTHER =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Dokumendi number"><vt:lpwstr>1-2/345</vt:lpwstr></property></Properties>';

function dismiss(bytes: Uint8Array, id: string, reason?: string): Uint8Array {
  const snapshot = readDocx(bytes);
  return editDocx(bytes, [{ edits: withBasis([{ kind: 'dismiss', id, reason }], snapshot) }]);
}

describe('dismissed warnings in a .docx', () => {
  it('adds docProps/custom.xml, its content type and relationship to a file that has none; the main part stays byte for byte', () => {
    const original = makeDocx(p('AMETIJUHEND'), { '[Content_Types].xml': TYPES, '_rels/.rels': RELS });
    const saved = dismiss(original, 'abc', 'Asutuse tava: <nii> & nõnda');
    expect(readDocx(saved).dismissals).toEqual([{ id: 'abc', reason: 'Asutuse tava: <nii> & nõnda' }]);
    const before = unzipSync(original);
    const after = unzipSync(saved);
    expect(after['word/document.xml']).toEqual(before['word/document.xml']);
    expect(strFromU8(after['[Content_Types].xml'])).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    expect(strFromU8(after['_rels/.rels'])).toContain('Target="docProps/custom.xml"');
    expect(strFromU8(after['docProps/custom.xml'])).toContain('name="jd.dismissed.abc"><vt:lpwstr>Asutuse tava: &lt;nii&gt; &amp; nõnda</vt:lpwstr>');
  });

  it('keeps the file\'s own properties, replaces a reason, and takes a dismissal back', () => {
    const original = makeDocx(p('AMETIJUHEND'), { '[Content_Types].xml': TYPES, '_rels/.rels': RELS, 'docProps/custom.xml': OTHER });
    const once = dismiss(original, 'abc', 'Esimene põhjus');
    const twice = dismiss(once, 'abc', 'Teine põhjus');
    expect(readDocx(twice).dismissals).toEqual([{ id: 'abc', reason: 'Teine põhjus' }]);
    const custom = strFromU8(unzipSync(twice)['docProps/custom.xml']);
    expect(custom).toContain('name="Dokumendi number"><vt:lpwstr>1-2/345</vt:lpwstr>');
    expect(custom).toContain('pid="3" name="jd.dismissed.abc"');
    // The content types and relationships already named the part: they stay as they were.
    expect(unzipSync(twice)['_rels/.rels']).toEqual(unzipSync(original)['_rels/.rels']);
    const back = dismiss(twice, 'abc');
    expect(readDocx(back).dismissals).toBeUndefined();
    expect(strFromU8(unzipSync(back)['docProps/custom.xml'])).toBe(OTHER);
  });

  it('writes the dismissals of a document made in the demo', async () => {
    const bytes = await writeDocx({ blocks: [{ index: 0, kind: 'paragraph', text: 'AMETIJUHEND', tags: [] }], trackedChanges: 0, comments: 0, dismissals: [{ id: 'x1', reason: 'Põhjus' }] });
    expect(readDocx(bytes).dismissals).toEqual([{ id: 'x1', reason: 'Põhjus' }]);
    const plain = await writeDocx({ blocks: [{ index: 0, kind: 'paragraph', text: 'AMETIJUHEND', tags: [] }], trackedChanges: 0, comments: 0 });
    expect(readDocx(plain).dismissals).toBeUndefined();
  });
});
