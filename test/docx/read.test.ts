import * as fs from 'fs';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/docx/read';
import { comments, makeDocx, numbering, numPr, p, styles } from './helpers';

const STYLES = styles(`
  <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Pealkiri2"><w:name w:val="Pealkiri 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Oma"><w:name w:val="Oma pealkiri"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="OmaAlam"><w:name w:val="Oma alam"/><w:basedOn w:val="Oma"/><w:rPr><w:caps/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loend"><w:name w:val="Loend"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Tugev"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
`);

const NUMBERING = numbering(`
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="20">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="30">
    <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
`);

function read(body: string, parts: Record<string, string> = {}) {
  return readDocx(makeDocx(body, { 'word/styles.xml': STYLES, 'word/numbering.xml': NUMBERING, ...parts }));
}

describe('readDocx: text', () => {
  test('joins runs, turns tabs into \\t and line breaks into \\n (as the Word adapter reads them), skips page breaks', () => {
    const s = read(`<w:p><w:r><w:t>Üks</w:t><w:tab/><w:t>kaks</w:t><w:br/><w:t>kolm</w:t><w:br w:type="page"/><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>`);
    expect(s.blocks.map((b) => b.text)).toEqual(['Üks\tkaks\nkolm-x']);
  });

  test('excludes deleted and moved-away text, includes inserted text, counts revisions', () => {
    const s = read(
      `<w:p><w:r><w:t>Alles </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>kustutatud </w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="A"><w:r><w:t>lisatud</w:t></w:r></w:ins>` +
        `<w:moveFrom w:id="3" w:author="A"><w:r><w:t>viidud</w:t></w:r></w:moveFrom></w:p>` +
        `<w:p><w:pPr><w:pPrChange w:id="4" w:author="A"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>tavaline</w:t></w:r></w:p>`,
    );
    expect(s.blocks.map((b) => b.text)).toEqual(['Alles lisatud', 'tavaline']);
    expect(s.trackedChanges).toBe(4);
    // The old style inside w:pPrChange is not the paragraph's style.
    expect(s.blocks[1].headingLevel).toBeUndefined();
  });

  test('ignores text boxes and mc:Fallback copies', () => {
    const s = read(
      `<w:p><w:r><w:t>Põhitekst</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p('kastis')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>${p('varu')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(s.blocks.map((b) => b.text)).toEqual(['Põhitekst']);
  });

  test('finds a main part with another name through the package relationships', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>';
    const zip = zipSync({
      '_rels/.rels': strToU8(rels),
      'word/main.xml': strToU8(`<w:document xmlns:w="w"><w:body>${p('Peadokument')}</w:body></w:document>`),
    });
    expect(readDocx(zip).blocks.map((b) => b.text)).toEqual(['Peadokument']);
  });

  test('a paragraph nested in a paragraph (outside text boxes) does not cut the outer one short', () => {
    const s = read(`<w:p><w:r><w:t>enne </w:t></w:r><w:p><w:r><w:t>sees</w:t></w:r></w:p><w:r><w:t>pärast</w:t></w:r></w:p>${p('järgmine')}`);
    expect(s.blocks.map((b) => b.text)).toEqual(['enne seespärast', 'järgmine']);
  });

  test('counts comments in comments.xml', () => {
    const s = read(p('x'), { 'word/comments.xml': comments('<w:comment w:id="0"><w:p/></w:comment><w:comment w:id="1"><w:p/></w:comment>') });
    expect(s.comments).toBe(2);
    expect(read(p('x')).comments).toBe(0);
  });

  test('resolved comments (commentsExtended.xml w15:done) and their replies are not counted', () => {
    const comment = (id: number, paraId: string) => `<w:comment w:id="${id}"><w:p w14:paraId="0000"/><w:p w14:paraId="${paraId}"/></w:comment>`;
    const s = read(p('x'), {
      'word/comments.xml': comments(comment(0, 'AAAA') + comment(1, 'BBBB') + comment(2, 'CCCC') + comment(3, 'DDDD')).replace('<w:comments ', '<w:comments xmlns:w14="w14" '),
      'word/commentsExtended.xml':
        '<w15:commentsEx xmlns:w15="w15"><w15:commentEx w15:paraId="AAAA" w15:done="1"/><w15:commentEx w15:paraId="BBBB" w15:paraIdParent="AAAA" w15:done="0"/>' +
        '<w15:commentEx w15:paraId="CCCC" w15:done="0"/></w15:commentsEx>',
    });
    expect(s.comments).toBe(2);
  });
});

describe('readDocx: styles and headings', () => {
  test('style names are resolved and capitalised; default style applies', () => {
    const s = read(p('a', '<w:pStyle w:val="Heading1"/>') + p('b'));
    expect(s.blocks[0].style).toBe('Heading 1');
    expect(s.blocks[1].style).toBe('Normal');
  });

  test('heading level from the style name (English and Estonian) or the outline level', () => {
    const s = read(
      p('a', '<w:pStyle w:val="Heading1"/>') +
        p('b', '<w:pStyle w:val="Pealkiri2"/>') +
        p('c', '<w:pStyle w:val="OmaAlam"/>') +
        p('d', '<w:outlineLvl w:val="1"/>') +
        p('e', '<w:outlineLvl w:val="9"/>') +
        p('f'),
    );
    expect(s.blocks.map((b) => b.headingLevel)).toEqual([1, 2, 3, 2, undefined, undefined]);
  });

  test('bold and caps only when every run with text has them (run, character style or paragraph style)', () => {
    const s = read(
      p(['A', 'B'], '', '<w:b/>') +
        `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>A</w:t></w:r><w:r><w:t>B</w:t></w:r></w:p>` +
        `<w:p><w:r><w:rPr><w:rStyle w:val="Tugev"/></w:rPr><w:t>A</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t> </w:t></w:r></w:p>` +
        p('Pealkiri', '<w:pStyle w:val="Heading1"/>') +
        p('mitte', '<w:pStyle w:val="Heading1"/>', '<w:b w:val="0"/>') +
        p('SUUR', '<w:pStyle w:val="OmaAlam"/>') +
        p('caps', '', '<w:caps/>'),
    );
    expect(s.blocks.map((b) => !!b.bold)).toEqual([true, false, true, true, false, false, false]);
    expect(s.blocks.map((b) => !!b.allCaps)).toEqual([false, false, false, false, false, true, true]);
  });
});

describe('readDocx: list numbering', () => {
  test('renders multi-level numbers and restarts deeper levels', () => {
    const s = read(
      p('Üldosa', numPr(1, 0)) +
        p('a', numPr(1, 1)) +
        p('b', numPr(1, 1)) +
        p('Eesmärk', numPr(1, 0)) +
        p('c', numPr(1, 1)) +
        p('täht', numPr(1, 2)) +
        p('täht', numPr(1, 2)) +
        p('Kohustused', numPr(1, 0)),
    );
    expect(s.blocks.map((b) => b.number)).toEqual(['1.', '1.1', '1.2', '2.', '2.1', 'a)', 'b)', '3.']);
    expect(s.blocks.map((b) => b.listLevel)).toEqual([0, 1, 1, 0, 1, 2, 2, 0]);
    expect(s.blocks[0].text).toBe('Üldosa');
  });

  test('bullets, roman numbers with a start value, numbering from the style, numId 0', () => {
    const s = read(
      p('täpp', numPr(2)) + p('rooma', numPr(3)) + p('rooma', numPr(3)) + p('stiilist', '<w:pStyle w:val="Loend"/>') + p('ei', numPr(0)),
    );
    expect(s.blocks.map((b) => [b.number, !!b.bullet])).toEqual([
      [undefined, true],
      ['IV.', false],
      ['V.', false],
      [undefined, true],
      [undefined, false],
    ]);
  });

  test('lists sharing a definition continue; a start override restarts', () => {
    const s = read(p('a', numPr(1)) + p('b', numPr(5)) + p('c', numPr(4)) + p('d', numPr(4)));
    expect(s.blocks.map((b) => b.number)).toEqual(['1.', '2.', '7.', '8.']);
  });
});

describe('readDocx: tables and content controls', () => {
  const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;

  test('cells in order with table/row/col; nested tables flattened into the outer cell', () => {
    const s = read(
      p('enne') +
        `<w:tbl><w:tr>${cell('A1')}${cell('B1')}</w:tr><w:tr>${cell('A2')}<w:tc>${p('B2')}<w:tbl><w:tr>${cell('sisemine')}</w:tr></w:tbl>${p('B2 lõpp')}</w:tc></w:tr></w:tbl>` +
        p('vahel') +
        `<w:tbl><w:tr>${cell('X')}</w:tr></w:tbl>`,
    );
    expect(s.blocks.map((b) => [b.text, b.kind, b.table && `${b.table.table}/${b.table.row}/${b.table.col}`])).toEqual([
      ['enne', 'paragraph', undefined],
      ['A1', 'cell', '0/0/0'],
      ['B1', 'cell', '0/0/1'],
      ['A2', 'cell', '0/1/0'],
      ['B2', 'cell', '0/1/1'],
      ['sisemine', 'cell', '0/1/1'],
      ['B2 lõpp', 'cell', '0/1/1'],
      ['vahel', 'paragraph', undefined],
      ['X', 'cell', '1/0/0'],
    ]);
    expect(s.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('block-level content control tags, outermost first; inline ones do not count', () => {
    const sdt = (tag: string, inner: string) => `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const s = read(
      sdt('jd:section:oigused', p('Õigused') + sdt('jd:clause:x', p('klausel'))) +
        `<w:tbl>${sdt('rida', `<w:tr>${sdt('lahter', cell('lahtris'))}</w:tr>`)}</w:tbl>` +
        `<w:p><w:sdt><w:sdtPr><w:tag w:val="inline"/></w:sdtPr><w:sdtContent><w:r><w:t>reas</w:t></w:r></w:sdtContent></w:sdt></w:p>` +
        p('väljas'),
    );
    expect(s.blocks.map((b) => [b.text, b.tags])).toEqual([
      ['Õigused', ['jd:section:oigused']],
      ['klausel', ['jd:section:oigused', 'jd:clause:x']],
      ['lahtris', ['rida', 'lahter']],
      ['reas', []],
      ['väljas', []],
    ]);
  });
});

describe('src/docx runs in the browser too', () => {
  test('imports nothing but fflate, saxes, docx and the core', () => {
    const dir = `${__dirname}/../../src/docx`;
    const imports = fs
      .readdirSync(dir)
      .flatMap((f) => [...fs.readFileSync(`${dir}/${f}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]));
    expect(imports.length).toBeGreaterThan(5);
    for (const m of imports) expect(m).toMatch(/^(fflate|saxes|docx|\.\/[a-z]+|\.\.\/core\/[a-z]+)$/);
  });
});
