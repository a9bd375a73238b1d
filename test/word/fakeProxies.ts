/**
 * The proxy objects of the fake Word (./fakeWord.ts): collections, paragraphs, ranges, content
 * controls, tables and lists over the model in ./fakeModel.ts. Writes go through `fake.write`
 * (undo stack, failure injection), reads through `load` + `sync` like Word's.
 */
import { makeControl, makeList, makeTable, node, ooxmlOf, tableNodes, type FakeControl, type FakeNode } from './fakeModel';
import { FakeListProxy, FakeTableProxy } from './fakeTables';
import { Loadable, NotLoaded } from './fakeLoadable';

import type { FakeWord } from './fakeWord';

const STYLE_NAMES: Record<string, string> = {
  Normal: 'Normal', Heading1: 'Heading 1', Heading2: 'Heading 2', ListParagraph: 'List Paragraph',
};

export class FakeBody {
  constructor(readonly fake: FakeWord) {}
  get paragraphs(): FakeCollection {
    return new FakeCollection(this.fake, () => this.fake.nodes.slice());
  }
  getComments(): FakeSimpleCollection {
    return new FakeSimpleCollection(this.fake, (this.fake.options.comments ?? []).map((c) => ({ ...c })));
  }
  getTrackedChanges(): FakeSimpleCollection {
    return new FakeSimpleCollection(this.fake, Array.from({ length: this.fake.options.trackedChanges ?? 0 }, () => ({ type: 'Added' })));
  }
  getOoxml(): { readonly value: string } {
    this.fake.record('body', 'getOoxml');
    const fake = this.fake;
    const at = fake.syncs;
    const xml = ooxmlOf(fake.nodes);
    return {
      get value() {
        if (fake.syncs <= at) throw new NotLoaded('getOoxml() value read before sync');
        return xml;
      },
    };
  }
  getRange(where: string): FakeRange {
    this.fake.record('body', 'getRange', where);
    const n = where === 'Start' ? this.fake.nodes[0] : this.fake.nodes[this.fake.nodes.length - 1];
    return new FakeRange(this.fake, n, n);
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.write('body', 'insertParagraph', text, where);
    if (where !== 'End' && where !== 'Start') throw new Error(`bad location ${where}`);
    const lastNode = this.fake.nodes[this.fake.nodes.length - 1];
    const n = node(text, { list: lastNode?.list ? { ...lastNode.list } : undefined });
    if (where === 'End') this.fake.nodes.push(n);
    else this.fake.insertAt(0, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.write('body', 'insertTable', rows, cols, where, values);
    const t = makeTable(rows, cols);
    const cells = tableNodes(t, values, []);
    if (where === 'End') this.fake.nodes.push(...cells);
    else this.fake.insertAt(0, ...cells);
    return new FakeTableProxy(this.fake, t);
  }
}

export class FakeCollection extends Loadable {
  private resolved?: FakeParagraph[];
  constructor(fake: FakeWord, readonly source: () => FakeNode[]) {
    super(fake);
  }
  override load(props: string): this {
    super.load(props.replace(/items\//g, ''));
    this.fake.queue(this);
    return this;
  }
  resolve(): void {
    this.resolved = this.source().map((n) => {
      const p = new FakeParagraph(this.fake, n);
      p.adopt(this.loadedPaths, this.loadedAt);
      return p;
    });
  }
  get items(): FakeParagraph[] {
    if (!this.resolved) throw new NotLoaded('collection items read before load() and sync()');
    return this.resolved;
  }
  private at(first: boolean, orNull: boolean): FakeParagraph {
    const all = this.source();
    const n = first ? all[0] : all[all.length - 1];
    if (!n && !orNull) throw new Error('ItemNotFound: empty collection');
    return new FakeParagraph(this.fake, n ?? node(''), !n);
  }
  getFirst(): FakeParagraph { return this.at(true, false); }
  getLast(): FakeParagraph { return this.at(false, false); }
  getFirstOrNullObject(): FakeParagraph { return this.at(true, true); }
  getLastOrNullObject(): FakeParagraph { return this.at(false, true); }
}

export class FakeSimpleCollection extends Loadable {
  constructor(fake: FakeWord, private readonly data: Record<string, unknown>[]) {
    super(fake);
  }
  override load(props: string): this {
    return super.load(props.replace(/items\//g, ''));
  }
  get items(): Record<string, unknown>[] {
    if (this.fake.syncs <= this.loadedAt) throw new NotLoaded('items read before sync');
    return this.data;
  }
}

/** A read-only view of a navigation property (list item, list, cell, content control). */
class NavView {
  constructor(
    private readonly owner: FakeParagraph | NavView,
    private readonly prefix: string,
    private readonly value: Record<string, unknown> | undefined,
    private readonly nested?: (v: Record<string, unknown>) => Record<string, unknown> | undefined,
  ) {}
  read(path: string): unknown {
    return this.owner.read(`${this.prefix}/${path}`);
  }
  get isNullObject(): boolean {
    // Word sets isNullObject for a loaded null navigation property.
    return this.value === undefined;
  }
  get level(): unknown { this.read('level'); return this.value?.level; }
  get listString(): unknown { this.read('listString'); return this.value?.listString; }
  get levelTypes(): unknown { this.read('levelTypes'); return this.value?.levelTypes; }
  get rowIndex(): unknown { this.read('rowIndex'); return this.value?.rowIndex; }
  get cellIndex(): unknown { this.read('cellIndex'); return this.value?.cellIndex; }
  get tag(): unknown { this.read('tag'); return this.value?.tag; }
  get parentContentControlOrNullObject(): NavView {
    return new NavView(this, 'parentContentControlOrNullObject', this.value && this.nested ? this.nested(this.value) : undefined, this.nested);
  }
}

export class FakeParagraph extends Loadable {
  constructor(fake: FakeWord, readonly node: FakeNode, isNull = false) {
    super(fake, isNull);
  }
  adopt(paths: Set<string>, at: number): void {
    this.loadedPaths = paths;
    this.loadedAt = at;
  }
  read(path: string): void {
    this.check(path);
  }
  get text(): string { this.check('text'); return this.node.text; }
  get style(): string { this.check('style'); return this.node.style; }
  get styleBuiltIn(): string { this.check('styleBuiltIn'); return this.node.styleBuiltIn; }
  set styleBuiltIn(v: string) {
    this.fake.write('paragraph', 'set styleBuiltIn', v);
    this.node.styleBuiltIn = v;
    this.node.style = STYLE_NAMES[v] ?? v;
    this.node.outlineLevel = /^Heading(\d)$/.test(v) ? Number(v.slice(7)) : 10;
  }
  get outlineLevel(): number { this.check('outlineLevel'); return this.node.outlineLevel; }
  get isListItem(): boolean { this.check('isListItem'); return this.node.list !== undefined; }
  get tableNestingLevel(): number { this.check('tableNestingLevel'); return this.node.cell ? 1 : 0; }
  get font(): { bold: boolean | null; allCaps: boolean | null } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const p = this;
    return {
      get bold() { p.check('font/bold'); return p.node.bold; },
      set bold(v: boolean | null) { p.fake.write('paragraph', 'set font.bold', v); p.node.bold = v; },
      get allCaps() { p.check('font/allCaps'); return p.node.allCaps; },
      set allCaps(_v: boolean | null) { throw new Error('not used'); },
    };
  }
  get listItemOrNullObject(): NavView {
    const l = this.node.list;
    return new NavView(this, 'listItemOrNullObject', l ? { level: l.level, listString: l.listString } : undefined);
  }
  get listOrNullObject(): NavView {
    const l = this.node.list;
    return new NavView(this, 'listOrNullObject', l ? { levelTypes: Array(9).fill(l.list.type) } : undefined);
  }
  get parentTableCellOrNullObject(): NavView {
    const c = this.node.cell;
    return new NavView(this, 'parentTableCellOrNullObject', c ? { rowIndex: c.row, cellIndex: c.col } : undefined);
  }
  get parentContentControlOrNullObject(): NavView {
    const cs = this.node.controls;
    const at = (depth: number): Record<string, unknown> | undefined => (depth >= 0 ? { tag: cs[depth].tag, depth } : undefined);
    return new NavView(this, 'parentContentControlOrNullObject', at(cs.length - 1), (v) => at((v.depth as number) - 1));
  }
  get parentContentControl(): FakeControlProxy {
    const cs = this.node.controls;
    if (cs.length === 0) throw new Error('ItemNotFound: no parent content control');
    return new FakeControlProxy(this.fake, cs[cs.length - 1], this.node);
  }
  get parentTable(): FakeTableProxy {
    if (!this.node.cell) throw new Error('ItemNotFound: not in a table');
    return new FakeTableProxy(this.fake, this.node.cell.table);
  }
  get parentTableOrNullObject(): FakeTableProxy {
    return this.node.cell ? new FakeTableProxy(this.fake, this.node.cell.table) : new FakeTableProxy(this.fake, makeTable(0, 0), true);
  }
  private neighbour(step: number): FakeParagraph {
    const i = this.nullObject ? -1 : this.fake.nodes.indexOf(this.node);
    const n = i < 0 ? undefined : this.fake.nodes[i + step];
    return new FakeParagraph(this.fake, n ?? node(''), !n);
  }
  getPreviousOrNullObject(): FakeParagraph { return this.neighbour(-1); }
  getNextOrNullObject(): FakeParagraph { return this.neighbour(1); }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.write('paragraph', 'insertParagraph', text, where);
    this.live('insertParagraph');
    if (where !== 'After' && where !== 'Before') throw new Error(`bad location ${where}`);
    const n = enterAfter(this.node, text);
    const i = this.fake.index(this.node);
    this.fake.insertAt(where === 'After' ? i + 1 : i, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.write('paragraph', 'insertTable', rows, cols, where, values);
    const t = makeTable(rows, cols);
    const i = this.fake.index(this.node);
    this.fake.insertAt(where === 'After' ? i + 1 : i, ...tableNodes(t, values, this.node.controls));
    return new FakeTableProxy(this.fake, t);
  }
  /** Wraps the paragraph in a new control, inside every control already around it. */
  insertContentControl(): FakeControlProxy {
    this.fake.write('paragraph', 'insertContentControl');
    const control = makeControl('');
    this.node.controls.push(control);
    return new FakeControlProxy(this.fake, control, this.node);
  }
  detachFromList(): void {
    this.fake.write('paragraph', 'detachFromList');
    if (!this.node.list) throw new Error('detachFromList on a paragraph that is not a list item');
    this.node.list = undefined;
  }
  startNewList(): FakeListProxy {
    this.fake.write('paragraph', 'startNewList');
    if (this.node.list) throw new Error('GeneralException: startNewList on a list item');
    const list = makeList('Number');
    this.node.list = { list, level: 0, listString: '1.' };
    return new FakeListProxy(this.fake, list);
  }
  /**
   * Word's search: at most 255 characters (its reference for Body/Paragraph/Range.search), and
   * "^" starts a special code, so only "^^" finds a literal caret.
   */
  search(text: string, options: { matchCase?: boolean }): { getFirst(): FakeRange; getFirstOrNullObject(): FakeRange } {
    this.fake.record('paragraph', 'search', text, options);
    if (text.length > 255) throw new Error('SearchStringInvalidOrTooLong');
    const n = this.node;
    const fake = this.fake;
    const find = (): number => (/\^(?!\^)/.test(text.replace(/\^\^/g, '')) ? -1 : n.text.indexOf(text.replace(/\^\^/g, '^')));
    const length = text.replace(/\^\^/g, '^').length;
    return {
      getFirst: () => {
        const at = find();
        if (at < 0) throw new Error('ItemNotFound');
        return new FakeRange(fake, n, n, { at, length });
      },
      getFirstOrNullObject: () => {
        const at = find();
        return new FakeRange(fake, n, n, at < 0 ? undefined : { at, length }, at < 0);
      },
    };
  }
  select(mode: string): void {
    this.fake.record('paragraph', 'select', mode);
    this.fake.selected = this.node;
  }
  getRange(where: string): FakeRange {
    this.fake.record('paragraph', 'getRange', where);
    return new FakeRange(this.fake, this.node, this.node);
  }
}

/** Like Enter in Word: the new paragraph keeps the anchor's style, list, cell and controls. */
function enterAfter(anchor: FakeNode, text: string, controls = anchor.controls): FakeNode {
  return node(text, {
    style: anchor.style, styleBuiltIn: anchor.styleBuiltIn, outlineLevel: anchor.outlineLevel, bold: anchor.bold,
    list: anchor.list ? { ...anchor.list } : undefined, cell: anchor.cell ? { ...anchor.cell } : undefined, controls: [...controls],
  });
}

export class FakeRange extends Loadable {
  constructor(
    fake: FakeWord,
    readonly start: FakeNode,
    readonly end: FakeNode,
    readonly span?: { at: number; length: number },
    isNull = false,
  ) {
    super(fake, isNull);
  }
  get text(): string { this.check('text'); return this.span ? this.start.text.slice(this.span.at, this.span.at + this.span.length) : this.start.text; }
  get paragraphs(): FakeCollection {
    return new FakeCollection(this.fake, () => this.fake.nodes.slice(this.fake.index(this.start), this.fake.index(this.end) + 1));
  }
  /** Selects the range, or puts the cursor at its start or end ('Start', 'End'). */
  select(mode: string): void {
    this.fake.record('range', 'select', mode);
    this.fake.selected = mode === 'Start' ? this.start : this.end;
  }
  /**
   * Each sync that used expandTo adds an entry to Word's undo stack on the web (office-js #5715,
   * #2225, #2720). A range reaching into a table from outside it takes whole rows, like Word's
   * selection (and office-js #293: the paragraphs of ranges over table cells are not the cells').
   */
  expandTo(other: FakeRange): FakeRange {
    this.fake.rangeCall('expandTo');
    const a = Math.min(this.fake.index(this.start), this.fake.index(other.start));
    let b = Math.max(this.fake.index(this.end), this.fake.index(other.end));
    const cell = this.fake.nodes[b].cell;
    if (cell && this.fake.nodes[a].cell?.table !== cell.table) {
      while (this.fake.nodes[b + 1]?.cell?.table === cell.table && this.fake.nodes[b + 1].cell!.row === cell.row) b++;
    }
    return new FakeRange(this.fake, this.fake.nodes[a], this.fake.nodes[b]);
  }
  /** Same undo-stack entry as expandTo (office-js #5715). */
  intersectWith(other: FakeRange): FakeRange {
    this.fake.rangeCall('intersectWith');
    return other;
  }
  insertText(text: string, where: string): FakeRange {
    this.fake.write('range', 'insertText', text, where);
    this.live('insertText');
    if (where !== 'Replace' || !this.span) throw new Error('fake supports insertText Replace on search results only');
    const n = this.start;
    n.text = n.text.slice(0, this.span.at) + text + n.text.slice(this.span.at + this.span.length);
    return this;
  }
  insertContentControl(): FakeControlProxy {
    this.fake.write('range', 'insertContentControl');
    const [a, b] = [this.fake.index(this.start), this.fake.index(this.end)];
    const inside = this.fake.nodes.slice(a, b + 1);
    if (inside.some((n) => n.cell) && inside.some((n) => !n.cell || n.cell.table !== inside[0].cell?.table || n.cell.row !== inside[0].cell.row)) {
      throw new Error('GeneralException: Range.insertContentControl over a table (office-js #4251)');
    }
    // The new control sits inside every control that contains the whole range.
    const common = inside[0].controls.filter((c) => inside.every((n) => n.controls.includes(c)));
    const control = makeControl('');
    for (const n of inside) n.controls.splice(common.length, 0, control);
    return new FakeControlProxy(this.fake, control, inside[0]);
  }
}

export class FakeControlProxy {
  constructor(readonly fake: FakeWord, readonly control: FakeControl, readonly from: FakeNode) {}
  set tag(v: string) { this.fake.write('contentControl', 'set tag', v); this.control.tag = v; }
  set title(v: string) { this.fake.write('contentControl', 'set title', v); this.control.title = v; }
  set appearance(v: string) { this.fake.write('contentControl', 'set appearance', v); this.control.appearance = v; }
  set cannotDelete(v: boolean) { this.fake.write('contentControl', 'set cannotDelete', v); this.control.cannotDelete = v; }
  set cannotEdit(v: boolean) { this.fake.write('contentControl', 'set cannotEdit', v); this.control.cannotEdit = v; }
  get parentContentControl(): FakeControlProxy {
    const cs = this.from.controls;
    const i = cs.indexOf(this.control);
    if (i <= 0) throw new Error('ItemNotFound: no parent content control');
    return new FakeControlProxy(this.fake, cs[i - 1], this.from);
  }
  private outside(): FakeControl[] {
    return this.from.controls.slice(0, this.from.controls.indexOf(this.control));
  }
  /** Before/After: beside the control, inside its parents; End: the control's last paragraph, then Enter. */
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.write('contentControl', 'insertParagraph', text, where);
    const [a, b] = this.fake.controlSpan(this.control);
    if (where === 'End') {
      const last = this.fake.nodes[b];
      const n = enterAfter(last, text, last.controls.slice(0, last.controls.indexOf(this.control) + 1));
      this.fake.insertAt(b + 1, n);
      return new FakeParagraph(this.fake, n);
    }
    if (where !== 'After' && where !== 'Before') throw new Error(`fake supports Before/After/End only, got ${where}`);
    const n = node(text, { controls: this.outside() });
    this.fake.insertAt(where === 'After' ? b + 1 : a, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.write('contentControl', 'insertTable', rows, cols, where, values);
    if (where !== 'After' && where !== 'Before') throw new Error(`a table inside a control: not used (office-js #4251), got ${where}`);
    const [a, b] = this.fake.controlSpan(this.control);
    const t = makeTable(rows, cols);
    this.fake.insertAt(where === 'After' ? b + 1 : a, ...tableNodes(t, values, this.outside()));
    return new FakeTableProxy(this.fake, t);
  }
}

