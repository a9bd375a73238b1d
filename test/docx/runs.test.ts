/**
 * Changing a paragraph's text in place: the run that holds a change takes the new text, every
 * other run, mark and revision stays as it was written.
 */
import { strFromU8, unzipSync } from 'fflate';
import { withBasis } from '../../src/core/apply';
import { editDocx, type DocxChange } from '../../src/docx/edit';
import { readDocx } from '../../src/docx/read';
import { makeDocx } from './helpers';

/** The body of word/document.xml after `change` on a document with `body`. */
function edited(body: string, change: (texts: string[]) => DocxChange): { xml: string; texts: string[] } {
  const bytes = makeDocx(body);
  const out = editDocx(bytes, [change(readDocx(bytes).blocks.map((b) => b.text))]);
  const xml = strFromU8(unzipSync(out)['word/document.xml']);
  return { xml: xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('</w:body>')), texts: readDocx(out).blocks.map((b) => b.text) };
}

const replace = (block: number, find: string, by: string) => (texts: string[]): DocxChange => ({
  edits: withBasis([{ kind: 'replace', block, find, replace: by }], { blocks: texts.map((text, index) => ({ index, kind: 'paragraph', text, tags: [] })), trackedChanges: 0, comments: 0 }),
});

const BOLD = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Tere </w:t></w:r>';
const ITALIC = '<w:r><w:rPr><w:i/></w:rPr><w:t>maailm</w:t></w:r>';

describe('a paragraph\'s text is changed where it is', () => {
  test('a replace across two runs goes into the run where it starts; the rest of the other run keeps its italics', () => {
    const r = edited(`<w:p>${BOLD}${ITALIC}</w:p>`, replace(0, 'e maa', 'X'));
    expect(r.texts).toEqual(['TerXilm']);
    expect(r.xml).toBe('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">TerX</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">ilm</w:t></w:r></w:p>');
  });

  test('typing at the end continues the last run; a bookmark and a comment mark stay', () => {
    const body = `<w:p><w:bookmarkStart w:id="3" w:name="x"/>${BOLD}<w:commentRangeStart w:id="0"/>${ITALIC}<w:commentRangeEnd w:id="0"/><w:bookmarkEnd w:id="3"/></w:p>`;
    const r = edited(body, () => ({ block: 0, text: 'Tere maailm!', was: 'Tere maailm' }));
    expect(r.texts).toEqual(['Tere maailm!']);
    expect(r.xml).toBe(body.replace('<w:t>maailm</w:t>', '<w:t xml:space="preserve">maailm!</w:t>'));
  });

  test('deleted text of a tracked change is not the paragraph\'s text and stays as it was', () => {
    const del = '<w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>vana </w:delText></w:r></w:del>';
    const r = edited(`<w:p>${BOLD}${del}${ITALIC}</w:p>`, replace(0, 'maailm', 'ilm'));
    expect(r.texts).toEqual(['Tere ilm']);
    expect(r.xml).toContain(del);
  });

  test('text typed into an empty paragraph takes the paragraph mark\'s formatting, without its revision mark', () => {
    const mark = '<w:pPr><w:rPr><w:i/><w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>';
    const r = edited(`<w:p>${mark}</w:p><w:p/>`, () => ({ block: 0, text: 'Uus', was: '' }));
    expect(r.xml).toBe(`<w:p>${mark}<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Uus</w:t></w:r></w:p><w:p/>`);
    const s = edited('<w:p/>', () => ({ block: 0, text: 'Uus', was: '' }));
    expect(s.xml).toBe('<w:p><w:r><w:t xml:space="preserve">Uus</w:t></w:r></w:p>');
  });

  test('tabs and line breaks are Word\'s elements both ways: a removed tab goes, typed ones are made', () => {
    const body = '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p>';
    expect(edited(body, replace(0, '\tb', 'c')).xml).toBe('<w:p><w:r><w:t>a</w:t><w:t xml:space="preserve">c</w:t></w:r></w:p>');
    const typed = edited(body, () => ({ block: 0, text: 'a\tb\nc', was: 'a\tb' }));
    expect(typed.texts).toEqual(['a\tb\nc']);
    expect(typed.xml).toContain('<w:br/>');
  });

  test('characters XML must escape are escaped', () => {
    const r = edited('<w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p>', replace(0, 'B', '<C> "D"'));
    expect(r.texts).toEqual(['A & <C> "D"']);
    expect(r.xml).toContain('A &amp; &lt;C&gt; &quot;D&quot;');
  });
});
