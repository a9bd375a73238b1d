import { strFromU8, unzipSync } from 'fflate';
import { checkDocument } from '../../src/core/engine';
import { makeBlock, type DocumentSnapshot } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/read';
import { writeDocx } from '../../src/docx/write';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { autoNumberedSnapshot, taggedSnapshot } from '../fixtures/build';

const nonEmpty = (s: DocumentSnapshot) => s.blocks.filter((b) => b.text.trim() !== '');

describe('writeDocx → readDocx round trip', () => {
  test.each([
    ['ametnik', ametnikSeedSnapshot],
    ['tootaja', tootajaSeedSnapshot],
  ])('%s seed keeps texts, bold, tables and the findings', async (_, make) => {
    const original = make();
    const back = readDocx(await writeDocx(original));
    const pick = (s: DocumentSnapshot) => nonEmpty(s).map((b) => [b.text, b.kind, b.table ?? null, !!b.bold]);
    expect(pick(back)).toEqual(pick(original));
    // The seeds have no adjacent tables, so every block keeps its index, and checking the file
    // finds exactly what checking the snapshot finds, at the same places.
    expect(back.blocks.length).toBe(original.blocks.length);
    const findings = (s: DocumentSnapshot) => checkDocument(s).findings.map((f) => [f.rule, f.location.block, f.location.text]);
    expect(findings(back)).toEqual(findings(original));
  });

  test('a document made from nothing names no author and no one who modified it', async () => {
    const core = strFromU8(unzipSync(await writeDocx(ametnikSeedSnapshot()))['docProps/core.xml']);
    expect(core).toContain('<cp:coreProperties');
    expect(core).not.toMatch(/dc:creator|cp:lastModifiedBy/);
  });

  test('headings, bullets, typed numbers, capitals, tabs, revisions and comments', async () => {
    const s: DocumentSnapshot = {
      blocks: [
        makeBlock(0, 'ÕIGUSED', { headingLevel: 1, number: '4.' }),
        makeBlock(1, 'Alapealkiri', { headingLevel: 2 }),
        makeBlock(2, 'esimene', { bullet: true, listLevel: 0 }),
        makeBlock(3, 'teine', { bullet: true, listLevel: 1 }),
        makeBlock(4, 'suur\tkiri', { allCaps: true }),
        makeBlock(5, 'rida\vteine\nkolmas\u0001'),
      ],
      trackedChanges: 0,
      comments: 0,
    };
    const back = readDocx(
      await writeDocx(s, { insertions: [{ block: 4, text: ' uus' }], deletions: [{ block: 2, text: ' vana' }], comments: [{ block: 1, text: 'Märkus' }] }),
    );
    expect(back.blocks.map((b) => [b.text, b.headingLevel, !!b.bullet, b.listLevel, !!b.allCaps])).toEqual([
      ['4. ÕIGUSED', 1, false, undefined, false],
      ['Alapealkiri', 2, false, undefined, false],
      ['esimene', undefined, true, 0, false],
      ['teine', undefined, true, 1, false],
      ['suur\tkiri uus', undefined, false, undefined, false],
      ['rida\nteine\nkolmas', undefined, false, undefined, false],
    ]);
    expect(back.blocks[0].style).toBe('Heading 1');
    expect(back.trackedChanges).toBe(2);
    expect(back.comments).toBe(1);
  });

  test('adjacent tables are written as two tables', async () => {
    const cell = (i: number, t: number, row: number, col: number) => makeBlock(i, `${t}${row}${col}`, { kind: 'cell', table: { table: t, row, col } });
    const s: DocumentSnapshot = { blocks: [cell(0, 0, 0, 0), cell(1, 0, 0, 1), cell(2, 1, 0, 0), cell(3, 1, 1, 0)], trackedChanges: 0, comments: 0 };
    const back = readDocx(await writeDocx(s));
    expect(back.blocks.map((b) => [b.text, b.table ? `${b.table.table}/${b.table.row}/${b.table.col}` : '-'])).toEqual([
      ['000', '0/0/0'],
      ['001', '0/0/1'],
      ['100', '1/0/0'],
      ['110', '1/1/0'],
    ]);
  });

  test('automatic numbering is rendered back to the same numbers', async () => {
    const s = autoNumberedSnapshot();
    const back = readDocx(await writeDocx(s, { autoNumbering: true }));
    const numbered = (x: DocumentSnapshot) => x.blocks.filter((b) => b.number).map((b) => [b.number, b.text]);
    expect(numbered(back)).toEqual(numbered(s));
    expect(numbered(back).slice(0, 3)).toEqual([['1.', 'ÜLDOSA'], ['1.1', 'Ametinimetus'], ['1.2', 'Struktuuriüksus']]);
    expect(back.blocks.find((b) => b.number === '3.10')?.kind).toBe('cell');
  });

  test('content control tags survive, around paragraphs and tables', async () => {
    const s = taggedSnapshot();
    const back = readDocx(await writeDocx(s));
    const tags = (x: DocumentSnapshot) => nonEmpty(x).map((b) => [b.text.slice(0, 20), b.tags.join(',')]);
    expect(tags(back)).toEqual(tags(s));
    expect(back.blocks.filter((b) => b.tags[0] === 'jd:section:ulesanded' && b.kind === 'cell').length).toBeGreaterThan(20);
  });
});
