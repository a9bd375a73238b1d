/** Tables and lists of the fake Word (./fakeWord.ts). */
import { makeTable, node, type FakeControl, type FakeList, type FakeNode, type FakeTable } from './fakeModel';
import { Loadable } from './fakeLoadable';
import { FakeParagraph, FakeRange } from './fakeProxies';
import type { FakeWord } from './fakeWord';

export class FakeTableProxy extends Loadable {
  constructor(fake: FakeWord, readonly table: FakeTable, isNull = false) {
    super(fake, isNull);
  }
  get rowCount(): number { this.check('rowCount'); return this.table.rows; }
  set styleBuiltIn(v: string) { this.fake.write('table', 'set styleBuiltIn', v); this.table.style = v; }
  set headerRowCount(v: number) { this.fake.write('table', 'set headerRowCount', v); this.table.headerRowCount = v; }
  /** Only the first row's font, which is all the adapter sets. */
  get rows(): { getFirst(): { font: { bold: boolean } } } {
    const fake = this.fake;
    const t = this.table;
    return {
      getFirst: () => ({
        font: {
          set bold(v: boolean) {
            fake.write('tableRow', 'set font.bold', v);
            for (const n of fake.nodes) if (n.cell?.table === t && n.cell.row === 0) n.bold = v;
          },
          get bold(): boolean { throw new Error('the fake does not read a row\'s font'); },
        },
      }),
    };
  }
  get parentTable(): FakeTableProxy {
    throw new Error('ItemNotFound: the fake has no nested tables');
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return new FakeTableProxy(this.fake, makeTable(0, 0), true);
  }
  private controls(): FakeControl[] {
    return this.fake.nodes[this.fake.tableSpan(this.table)[0]].controls;
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.write('table', 'insertParagraph', text, where);
    this.live('insertParagraph');
    const [a, b] = this.fake.tableSpan(this.table);
    const n = node(text, { controls: [...this.controls()] });
    this.fake.insertAt(where === 'After' ? b + 1 : a, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(): never {
    throw new Error('table after table is not used');
  }
  addRows(where: string, count: number, values: string[][]): void {
    this.fake.write('table', 'addRows', where, count, values);
    this.live('addRows');
    if (where !== 'End') throw new Error('fake supports End only');
    const [, b] = this.fake.tableSpan(this.table);
    const t = this.table;
    const added: FakeNode[] = [];
    for (let r = 0; r < count; r++) {
      for (let c = 0; c < t.cols; c++) added.push(node(values[r]?.[c] ?? '', { cell: { table: t, row: t.rows + r, col: c }, controls: [...this.controls()] }));
    }
    t.rows += count;
    this.fake.insertAt(b + 1, ...added);
  }
  getCell(row: number, col: number): { body: { insertParagraph(text: string, where: string): FakeParagraph } } {
    const fake = this.fake;
    const t = this.table;
    return {
      body: {
        insertParagraph(text: string, where: string) {
          fake.write('tableCell', 'insertParagraph', text, where);
          const inCell = fake.nodes.filter((n) => n.cell?.table === t && n.cell.row === row && n.cell.col === col);
          const lastInCell = inCell[inCell.length - 1];
          const n = node(text, { cell: { table: t, row, col }, controls: [...lastInCell.controls] });
          fake.insertAt(fake.index(lastInCell) + 1, n);
          return new FakeParagraph(fake, n);
        },
      },
    };
  }
  getRange(where: string): FakeRange {
    this.fake.record('table', 'getRange', where);
    const [a, b] = this.fake.tableSpan(this.table);
    return new FakeRange(this.fake, this.fake.nodes[a], this.fake.nodes[b]);
  }
}

export class FakeListProxy {
  constructor(readonly fake: FakeWord, readonly list: FakeList) {}
  setLevelBullet(level: number, bullet: string): void {
    this.fake.write('list', 'setLevelBullet', level, bullet);
    this.list.type = 'Bullet';
    for (const n of this.fake.nodes) if (n.list?.list === this.list) n.list.listString = '•';
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.write('list', 'insertParagraph', text, where);
    if (where !== 'End') throw new Error('fake supports End only');
    const members = this.fake.nodes.filter((n) => n.list?.list === this.list);
    const lastMember = members[members.length - 1];
    const n = node(text, {
      style: lastMember.style, styleBuiltIn: lastMember.styleBuiltIn, bold: lastMember.bold,
      list: { list: this.list, level: 0, listString: this.list.type === 'Bullet' ? '•' : `${members.length + 1}.` },
      controls: [...lastMember.controls],
    });
    this.fake.insertAt(this.fake.index(lastMember) + 1, n);
    return new FakeParagraph(this.fake, n);
  }
}
