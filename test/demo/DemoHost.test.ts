import { DemoHost } from '../../src/demo/DemoHost';
import { makeBlock, type Block, type DocumentSnapshot } from '../../src/core/snapshot';
import type { ContentPlan, Edit } from '../../src/core/content';
import { withBasis } from '../../src/core/apply';

/** Title, a heading, a 2×2 table, a paragraph after it. */
function sample(): DocumentSnapshot {
  const cell = (i: number, text: string, row: number, col: number): Block =>
    makeBlock(i, text, { kind: 'cell', table: { table: 0, row, col }, tags: ['jd:section:ulesanded'] });
  return {
    blocks: [
      makeBlock(0, 'AMETIJUHEND'),
      makeBlock(1, '3. TEENISTUSKOHUSTUSED', { headingLevel: 1, style: 'Heading 1', tags: ['jd:section:ulesanded'] }),
      cell(2, 'Põhiülesanded', 0, 0),
      cell(3, 'Oodatavad tulemused', 0, 1),
      cell(4, '3.1 Materjalide koostamine.', 1, 0),
      cell(5, 'Materjalid on koostatud.', 1, 1),
      makeBlock(6, '4. ÕIGUSED', { headingLevel: 1, style: 'Heading 1' }),
    ],
    trackedChanges: 1,
    comments: 2,
  };
}

/** Edits as the pane sends them: made from the document as it is now. */
const apply = (host: DemoHost, edits: Edit[]) => host.apply(withBasis(edits, host.snapshot));
const texts = (s: DocumentSnapshot) => s.blocks.map((b) => b.text);
const plan = (...lines: string[]): ContentPlan => ({ blocks: lines.map((text) => ({ type: 'paragraph' as const, text })) });

describe('DemoHost', () => {
  test('read() returns a copy that cannot change the document', async () => {
    const host = new DemoHost(sample());
    const copy = await host.read();
    copy.blocks[0].text = 'changed';
    copy.blocks[2].table!.row = 9;
    copy.blocks[1].tags.push('x');
    const again = await host.read();
    expect(again.blocks[0].text).toBe('AMETIJUHEND');
    expect(again.blocks[2].table!.row).toBe(0);
    expect(again.blocks[1].tags).toEqual(['jd:section:ulesanded']);
    expect(again.trackedChanges).toBe(1);
    expect(again.comments).toBe(2);
  });

  test('insert after a paragraph adds blocks without overwriting, and re-indexes', async () => {
    const host = new DemoHost(sample());
    await apply(host, [{ kind: 'insert', at: { after: 0 }, plan: plan('A', 'B') }]);
    const s = await host.read();
    expect(texts(s)).toEqual(['AMETIJUHEND', 'A', 'B', '3. TEENISTUSKOHUSTUSED', 'Põhiülesanded', 'Oodatavad tulemused', '3.1 Materjalide koostamine.', 'Materjalid on koostatud.', '4. ÕIGUSED']);
    expect(s.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('materializes headings, paragraphs, bullets and tables the way Word would', async () => {
    const host = new DemoHost({ blocks: [], trackedChanges: 0, comments: 0 });
    await apply(host, [
      {
        kind: 'insert',
        at: { end: true },
        plan: {
          tag: 'jd:section:ulesanded',
          blocks: [
            { type: 'heading', level: 1, text: '3. TEENISTUSKOHUSTUSED' },
            { type: 'paragraph', text: 'Sissejuhatus', bold: true },
            { type: 'bullet', text: 'esimene' },
            { type: 'table', header: true, rows: [[['Põhiülesanded'], ['Oodatavad tulemused']], [['3.1'], ['tulemus 1', 'tulemus 2']]] },
          ],
        },
      },
    ]);
    const s = await host.read();
    expect(s.blocks[0]).toMatchObject({ index: 0, kind: 'paragraph', headingLevel: 1, style: 'Heading 1', tags: ['jd:section:ulesanded'] });
    expect(s.blocks[1]).toMatchObject({ text: 'Sissejuhatus', bold: true });
    expect(s.blocks[1].headingLevel).toBeUndefined();
    expect(s.blocks[2]).toMatchObject({ text: 'esimene', bullet: true });
    const cells = s.blocks.slice(3);
    expect(cells.map((b) => [b.text, b.table])).toEqual([
      ['Põhiülesanded', { table: 0, row: 0, col: 0 }],
      ['Oodatavad tulemused', { table: 0, row: 0, col: 1 }],
      ['3.1', { table: 0, row: 1, col: 0 }],
      ['tulemus 1', { table: 0, row: 1, col: 1 }],
      ['tulemus 2', { table: 0, row: 1, col: 1 }],
    ]);
    // As in Word: a section's control wraps its heading only, never a table (office-js #4251).
    expect(s.blocks.slice(1).every((b) => b.tags.length === 0)).toBe(true);
    expect(cells[0].bold).toBe(true);
    expect(cells[2].bold).toBeUndefined();
  });

  test('inserting after or before a block in a table goes after or before the whole table', async () => {
    const host = new DemoHost(sample());
    await apply(host, [
      { kind: 'insert', at: { after: 3 }, plan: plan('after table') },
      { kind: 'insert', at: { before: 5 }, plan: plan('before table') },
    ]);
    expect(texts(await host.read())).toEqual([
      'AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', 'before table', 'Põhiülesanded', 'Oodatavad tulemused',
      '3.1 Materjalide koostamine.', 'Materjalid on koostatud.', 'after table', '4. ÕIGUSED',
    ]);
  });

  test('a new table before an existing one renumbers the tables', async () => {
    const host = new DemoHost(sample());
    await apply(host, [{ kind: 'insert', at: { after: 0 }, plan: { blocks: [{ type: 'table', rows: [[['x']]] }] } }]);
    const s = await host.read();
    expect(s.blocks[1]).toMatchObject({ text: 'x', kind: 'cell', table: { table: 0, row: 0, col: 0 } });
    expect(s.blocks.filter((b) => b.text === 'Põhiülesanded')[0].table).toEqual({ table: 1, row: 0, col: 0 });
  });

  test('cursor inserts after the selected block and keeps the selection; no selection means the end', async () => {
    const host = new DemoHost(sample());
    await apply(host, [{ kind: 'insert', at: { cursor: true }, plan: plan('at end') }]);
    expect(texts(await host.read()).at(-1)).toBe('at end');

    await host.select({ block: 0, text: 'AMETIJUHEND' });
    await apply(host, [{ kind: 'insert', at: { cursor: true }, plan: plan('after title') }]);
    const s = await host.read();
    expect(s.blocks[0].text).toBe('AMETIJUHEND');
    expect(s.blocks[1].text).toBe('after title');
    expect(await host.selectionBlock()).toBe(0);

    await host.select({ block: 4, text: '' }); // a cell: after the table
    await apply(host, [{ kind: 'insert', at: { cursor: true }, plan: plan('after table') }]);
    const t = texts(await host.read());
    expect(t.indexOf('after table')).toBe(t.indexOf('Materjalid on koostatud.') + 1);
  });

  test('insertions at the same place keep the batch order; all refer to the original indices', async () => {
    const host = new DemoHost(sample());
    await apply(host, [
      { kind: 'insert', at: { after: 0 }, plan: plan('one') },
      { kind: 'insert', at: { after: 0 }, plan: plan('two') },
      { kind: 'insert', at: { before: 6 }, plan: plan('three') },
      { kind: 'replace', block: 6, find: 'ÕIGUSED', replace: 'ÕIGUSED JA KOHUSTUSED' },
    ]);
    expect(texts(await host.read())).toEqual([
      'AMETIJUHEND', 'one', 'two', '3. TEENISTUSKOHUSTUSED', 'Põhiülesanded', 'Oodatavad tulemused',
      '3.1 Materjalide koostamine.', 'Materjalid on koostatud.', 'three', '4. ÕIGUSED JA KOHUSTUSED',
    ]);
  });

  test('content-control tags: the plan tag wraps the plan inside the controls around both neighbours', async () => {
    const snapshot = sample();
    snapshot.blocks.splice(2, 4); // drop the table: heading 3 (tagged) then heading 4 (untagged)
    snapshot.blocks[2].index = 2;
    snapshot.blocks[1].tags = ['jd:section:ulesanded'];
    snapshot.blocks.splice(2, 0, makeBlock(2, 'keha', { tags: ['jd:section:ulesanded'] }));
    snapshot.blocks.forEach((b, i) => (b.index = i));
    const host = new DemoHost(snapshot);
    await apply(host, [
      { kind: 'insert', at: { after: 1 }, plan: { tag: 'jd:clause:x', blocks: [{ type: 'paragraph', text: 'inside' }] } },
      { kind: 'insert', at: { after: 2 }, plan: { tag: 'jd:clause:y', blocks: [{ type: 'paragraph', text: 'outside' }] } },
    ]);
    const s = await host.read();
    expect(s.blocks.find((b) => b.text === 'inside')!.tags).toEqual(['jd:section:ulesanded', 'jd:clause:x']);
    expect(s.blocks.find((b) => b.text === 'outside')!.tags).toEqual(['jd:clause:y']);
  });

  test('replace changes only the first occurrence of the found words', async () => {
    const host = new DemoHost(sample());
    await apply(host, [{ kind: 'replace', block: 5, find: 'on', replace: 'ON' }]);
    const s = await host.read();
    expect(s.blocks[5].text).toBe('Materjalid ON koostatud.');
    expect(texts(s).filter((_, i) => i !== 5)).toEqual(texts(sample()).filter((_, i) => i !== 5));
  });

  test('a replace that cannot find its words fails and the batch applies nothing', async () => {
    const host = new DemoHost(sample());
    await expect(
      apply(host, [
        { kind: 'insert', at: { end: true }, plan: plan('x') },
        { kind: 'replace', block: 5, find: 'puudub', replace: 'y' },
      ]),
    ).rejects.toThrow(/puudub/);
    expect(await host.read()).toEqual(sample());
    expect(host.canUndo).toBe(false);
    await expect(apply(host, [{ kind: 'replace', block: 99, find: 'a', replace: 'b' }])).rejects.toThrow(/block 99/);
  });

  test('add-row appends a row to the table containing the block', async () => {
    const host = new DemoHost(sample());
    await apply(host, [
      { kind: 'add-row', block: 2, cells: [['3.2 '], ['']] },
      { kind: 'insert', at: { after: 4 }, plan: plan('after table') },
    ]);
    const s = await host.read();
    expect(s.blocks.map((b) => [b.text, b.table ? `${b.table.table}:${b.table.row}:${b.table.col}` : ''])).toEqual([
      ['AMETIJUHEND', ''],
      ['3. TEENISTUSKOHUSTUSED', ''],
      ['Põhiülesanded', '0:0:0'],
      ['Oodatavad tulemused', '0:0:1'],
      ['3.1 Materjalide koostamine.', '0:1:0'],
      ['Materjalid on koostatud.', '0:1:1'],
      ['3.2 ', '0:2:0'],
      ['', '0:2:1'],
      ['after table', ''],
      ['4. ÕIGUSED', ''],
    ]);
    expect(s.blocks[6]).toMatchObject({ kind: 'cell', tags: ['jd:section:ulesanded'] });
    await apply(host, [{ kind: 'add-row', block: 6, cells: [['3.3'], ['r']] }]);
    expect((await host.read()).blocks[8].table).toEqual({ table: 0, row: 3, col: 0 });
    await expect(apply(host, [{ kind: 'add-row', block: 0, cells: [['x']] }])).rejects.toThrow(/not in a table/);
  });

  test('undo restores each previous document in turn; edits and typing are undoable', async () => {
    const host = new DemoHost(sample());
    await apply(host, [{ kind: 'insert', at: { after: 0 }, plan: plan('A') }]);
    host.setText(0, 'UUS PEALKIRI');
    expect(texts(await host.read()).slice(0, 2)).toEqual(['UUS PEALKIRI', 'A']);
    expect(host.undo()).toBe(true);
    expect(texts(await host.read()).slice(0, 2)).toEqual(['AMETIJUHEND', 'A']);
    expect(host.undo()).toBe(true);
    expect(await host.read()).toEqual(sample());
    expect(host.undo()).toBe(false);
  });

  test('onChange fires on document changes, not on selection; unsubscribe stops it', async () => {
    const host = new DemoHost(sample());
    const changes: number[] = [];
    const views: number[] = [];
    const off = host.onChange(() => changes.push(1));
    host.subscribe(() => views.push(1));
    await host.select({ block: 1, text: '' });
    expect(changes).toHaveLength(0);
    expect(views).toHaveLength(1);
    await apply(host, [{ kind: 'insert', at: { end: true }, plan: plan('x') }]);
    host.undo();
    expect(changes).toHaveLength(2);
    off();
    host.setText(0, 'y');
    expect(changes).toHaveLength(2);
    expect(views).toHaveLength(4);
  });

  test('onSelectionChange fires when the cursor moves, not on edits; unsubscribe stops it', async () => {
    const host = new DemoHost(sample());
    const moves: (number | undefined)[] = [];
    const off = host.onSelectionChange(() => moves.push(host.selected));
    host.setSelection(2);
    await host.select({ block: 1, text: '' });
    await apply(host, [{ kind: 'insert', at: { end: true }, plan: plan('x') }]);
    expect(moves).toEqual([2, 1]);
    off();
    host.setSelection(0);
    expect(moves).toEqual([2, 1]);
  });

  test('a snapshot with stale indices is renumbered, so edits land where its blocks are', async () => {
    const stale = sample();
    stale.blocks.forEach((b) => (b.index += 10));
    const host = new DemoHost(stale);
    await apply(host, [{ kind: 'insert', at: { after: 4 }, plan: plan('after table') }]);
    const s = await host.read();
    expect(s.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.blocks[6].text).toBe('after table');
  });

  test('select ignores a block that does not exist', async () => {
    const host = new DemoHost(sample());
    await host.select({ block: 3, text: 'tulemused' });
    expect(await host.selectionBlock()).toBe(3);
    expect(host.selectedText).toBe('tulemused');
    host.setSelection(2); // a click: the cursor only
    expect(host.selectedText).toBeUndefined();
    await host.select({ block: 42, text: '' });
    expect(await host.selectionBlock()).toBeUndefined();
  });

  test('load opens another document, clears the selection, and undo brings the previous one back', async () => {
    const host = new DemoHost(sample());
    await host.select({ block: 3, text: '' });
    host.load({ blocks: [makeBlock(5, 'only')], trackedChanges: 0, comments: 0 });
    expect((await host.read()).blocks).toEqual([makeBlock(0, 'only')]);
    expect(await host.selectionBlock()).toBeUndefined();
    expect(host.undo()).toBe(true);
    expect(await host.read()).toEqual(sample());
  });
});
