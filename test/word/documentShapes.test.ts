// Defects 2, 5 and 6 of issue 9: merged cells, nested content controls, controls around tables.
import catalogueJson from '../../data/catalogue/default.json';
import type { Catalogue } from '../../src/core/catalogue/types';
import { competencyInsertPoint, competencyPlan } from '../../src/core/catalogue/plan';
import type { Edit } from '../../src/core/content';
import { skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { tableCellsFromOoxml } from '../../src/word/ooxmlCells';
import { ooxmlOf } from './fakeModel';
import { makeControl, makeTable, node, uninstallFake } from './fakeWord';
import { setup } from './helpers';

const catalogue = catalogueJson as unknown as Catalogue;
const tootaja = defaultProfiles().find((p) => p.id === 'tootaja')!;
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;
afterEach(() => uninstallFake());

/** Part 1 as a plain table, and a signature table whose first column is merged vertically. */
function mergedDocument() {
  const fields = makeTable(2, 2);
  const signatures = makeTable(3, 2);
  return [
    node('AMETIJUHEND', { bold: true }),
    node('1.1 Ametinimetus', { cell: { table: fields, row: 0, col: 0 } }), node('Nõunik', { cell: { table: fields, row: 0, col: 1 } }),
    node('1.2 Struktuuriüksus', { cell: { table: fields, row: 1, col: 0 } }), node('Osakond', { cell: { table: fields, row: 1, col: 1 } }),
    node('Poolte allkirjad:'),
    node('Allkirjad', { cell: { table: signatures, row: 0, col: 0, vMerge: 'restart' } }), node('Tööandja:', { cell: { table: signatures, row: 0, col: 1 } }),
    node('Kadri Tamm', { cell: { table: signatures, row: 0, col: 1 } }),
    node('', { cell: { table: signatures, row: 1, col: 0, vMerge: 'continue' } }), node('Töötaja:', { cell: { table: signatures, row: 1, col: 1 } }),
    node('', { cell: { table: signatures, row: 2, col: 0, vMerge: 'continue' } }), node('Liisa Kask', { cell: { table: signatures, row: 2, col: 1 } }),
  ];
}

describe('a vertically merged cell (office-js #3200: loading cellIndex there fails the whole sync)', () => {
  test('the read retries once without cell properties and takes the table layout from the OOXML: two syncs, a full snapshot', async () => {
    const { fake, host, syncsOf } = setup(mergedDocument());
    const { syncs, result: snapshot } = await syncsOf(() => host.read());
    expect(syncs).toBe(2);
    expect(fake.calls.filter((c) => c.method === 'getOoxml')).toHaveLength(1);
    expect(snapshot.blocks.map((b) => (b.table ? [b.text, b.table.table, b.table.row, b.table.col] : [b.text]))).toEqual([
      ['AMETIJUHEND'],
      ['1.1 Ametinimetus', 0, 0, 0], ['Nõunik', 0, 0, 1], ['1.2 Struktuuriüksus', 0, 1, 0], ['Osakond', 0, 1, 1],
      ['Poolte allkirjad:'],
      ['Allkirjad', 1, 0, 0], ['Tööandja:', 1, 0, 1], ['Kadri Tamm', 1, 0, 1],
      ['', 1, 1, 0], ['Töötaja:', 1, 1, 1],
      ['', 1, 2, 0], ['Liisa Kask', 1, 2, 1],
    ]);
    expect(readJobDescription(snapshot, tootaja).fields.ametinimetus?.value).toBe('Nõunik');
  });

  test('a document without merged cells is still read in one sync, without the OOXML', async () => {
    const table = makeTable(1, 2);
    const { fake, host, syncsOf } = setup([node('a', { cell: { table, row: 0, col: 0 } }), node('b', { cell: { table, row: 0, col: 1 } })]);
    expect((await syncsOf(() => host.read())).syncs).toBe(1);
    expect(fake.calls.filter((c) => c.method === 'getOoxml')).toEqual([]);
  });
});

describe('tableCellsFromOoxml', () => {
  test('rows and cells of table paragraphs in order, innermost table, text boxes and other parts skipped', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const xml =
      `<pkg:package xmlns:pkg="p"><pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></pkg:xmlData></pkg:part>` +
      `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document ${w}><w:body><w:p/>` +
      '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc><w:tc><w:p/><w:p><w:r><w:txbxContent><w:p/></w:txbxContent></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl><w:p/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>';
    expect(tableCellsFromOoxml(xml)).toEqual([
      { row: 0, col: 0 }, { row: 0, col: 1 }, { row: 0, col: 1 },
      { row: 0, col: 0 }, { row: 0, col: 1 }, // the nested table's own cells
      { row: 1, col: 0 },
    ]);
  });

  test('what the fake Word returns for the merged signature table', () => {
    const cells = tableCellsFromOoxml(ooxmlOf(mergedDocument()));
    expect(cells).toHaveLength(11);
    expect(cells.slice(4)).toEqual([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 0, col: 1 }, { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 2, col: 0 }, { row: 2, col: 1 }]);
  });
});

describe('content controls', () => {
  test('every level of nested controls is read back, not only the two innermost', async () => {
    const [a, b, c] = [makeControl('jd:section:nouded'), makeControl('jd:competency:c1@1'), makeControl('jd:competency:c2@1')];
    const { host } = setup([node('x', { controls: [a, b, c] }), node('y', { controls: [a] })]);
    const snapshot = await host.read();
    expect(snapshot.blocks.map((bl) => bl.tags)).toEqual([['jd:section:nouded', 'jd:competency:c1@1', 'jd:competency:c2@1'], ['jd:section:nouded']]);
  });

  test('competencies inserted one after another are siblings, never nested in the previous one (section > C1 > C2 > C3 before)', async () => {
    const nouded = makeControl('jd:section:nouded'); // a document written by the old skeleton: the control wraps the whole section
    const { fake, host, apply } = setup([
      node('7. NÕUDED AMETIKOHALE', { styleBuiltIn: 'Heading1', style: 'Heading 1', outlineLevel: 1, controls: [nouded] }),
      node('Tööks vajalikud kompetentsid:', { bold: true, controls: [nouded] }),
      node('', { controls: [nouded] }),
      node('8. AMETIJUHENDI MUUTMINE', { styleBuiltIn: 'Heading1', style: 'Heading 1', outlineLevel: 1 }),
    ]);
    const entries = catalogue.competencies.filter((c) => c.status === 'active' && c.group === 'standard').slice(0, 3);
    for (const entry of entries) {
      const snapshot = await host.read();
      const jd = readJobDescription(snapshot, ametnik);
      const at = competencyInsertPoint(jd, 'standard', snapshot, ametnik);
      await apply([{ kind: 'insert', at, plan: competencyPlan(entry, catalogue.version, 'et') }], snapshot);
    }
    const snapshot = await host.read();
    const competencyTags = snapshot.blocks.map((b) => b.tags.filter((t) => t.startsWith('jd:competency:')));
    expect(Math.max(...competencyTags.map((t) => t.length))).toBe(1);
    expect([...new Set(competencyTags.flat())]).toEqual(entries.map((e) => `jd:competency:${e.id}@${catalogue.version}`));
    // Still inside the requirements section's control, and in catalogue order before section 8.
    expect(snapshot.blocks.filter((b) => b.tags.some((t) => t.startsWith('jd:competency:'))).every((b) => b.tags[0] === 'jd:section:nouded')).toBe(true);
    expect(fake.nodes[fake.nodes.length - 1].text).toBe('8. AMETIJUHENDI MUUTMINE');
    expect(readJobDescription(snapshot, ametnik).competencies.map((c) => c.tag)).toEqual(entries.map((e) => `jd:competency:${e.id}@${catalogue.version}`));
  });

  test('no control wraps a table (office-js #4251, office-js-docs #988/#979); a section control wraps its heading only', async () => {
    const { fake, apply } = setup([node('')]);
    await apply(skeletonPlans(tootaja, catalogue).map((plan): Edit => ({ kind: 'insert', at: { end: true }, plan })));
    const controls = new Set(fake.nodes.flatMap((n) => n.controls));
    for (const control of controls) {
      const inside = fake.nodes.filter((n) => n.controls.includes(control));
      expect(inside.some((n) => n.cell)).toBe(false);
      if (control.tag.startsWith('jd:section:')) expect(inside.map((n) => n.styleBuiltIn)).toEqual(['Heading1']);
    }
    expect(fake.calls.filter((c) => c.method === 'insertContentControl').every((c) => c.on === 'paragraph')).toBe(true);
  });
});
