/**
 * A typed fake of the parts of Word's JavaScript API that src/word/ uses, over a tiny document
 * model (paragraphs with list, table-cell and content-control membership). office-addin-mock is too
 * thin for this (no Word.run, collections, enums or insertion semantics).
 *
 * What it checks, like Word does:
 * - a collection's items and a proxy's properties can be read only after load() AND a later sync();
 *   reading a property that was not loaded throws (so a missing path in a load string fails a test);
 * - startNewList() throws on a paragraph that is already a list item; detachFromList() on one that
 *   is not throws too (the fake is stricter than Word, so the host never relies on either);
 * - a paragraph inserted after a list item inherits its list, as pressing Enter does.
 * Calls execute at once (Word queues them until sync); every call is recorded in `calls`.
 */

export interface FakeList { id: number; type: 'Bullet' | 'Number' }
export interface FakeTable { id: number; rows: number; cols: number; style: string; headerRowCount: number }
export interface FakeControl { id: number; tag: string; title: string; appearance: string; cannotDelete: boolean; cannotEdit: boolean }

export interface FakeNode {
  id: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  bold: boolean | null;
  allCaps: boolean | null;
  list?: { list: FakeList; level: number; listString: string };
  cell?: { table: FakeTable; row: number; col: number };
  /** Outermost first. */
  controls: FakeControl[];
}

export interface Call { on: string; method: string; args: unknown[] }

export interface FakeOptions {
  comments?: { resolved: boolean }[];
  trackedChanges?: number;
  /** Index of the paragraph holding the cursor. */
  selection?: number;
}

const STYLE_NAMES: Record<string, string> = {
  Normal: 'Normal', Heading1: 'Heading 1', Heading2: 'Heading 2', ListParagraph: 'List Paragraph',
};

let nextId = 1;
const id = () => nextId++;

/** Builds a paragraph node for a test document. */
export function node(text: string, extra: Partial<Omit<FakeNode, 'id' | 'text'>> = {}): FakeNode {
  return { id: id(), text, style: 'Normal', styleBuiltIn: 'Normal', outlineLevel: 10, bold: false, allCaps: false, controls: [], ...extra };
}

export function makeList(type: 'Bullet' | 'Number'): FakeList {
  return { id: id(), type };
}

export function makeTable(rows: number, cols: number): FakeTable {
  return { id: id(), rows, cols, style: 'Table Grid', headerRowCount: 0 };
}

export function makeControl(tag: string): FakeControl {
  return { id: id(), tag, title: tag, appearance: 'BoundingBox', cannotDelete: false, cannotEdit: false };
}

class NotLoaded extends Error {}

export class FakeWord {
  nodes: FakeNode[];
  calls: Call[] = [];
  syncs = 0;
  /** The paragraph select() was last called on. */
  selected?: FakeNode;
  readonly options: FakeOptions;
  private pending: FakeCollection[] = [];

  constructor(nodes: FakeNode[], options: FakeOptions = {}) {
    this.nodes = nodes;
    this.options = options;
  }

  record(on: string, method: string, ...args: unknown[]): void {
    this.calls.push({ on, method, args });
  }

  index(n: FakeNode): number {
    const i = this.nodes.indexOf(n);
    if (i < 0) throw new Error('node not in document');
    return i;
  }

  insertAt(i: number, ...ns: FakeNode[]): void {
    this.nodes.splice(i, 0, ...ns);
  }

  /** Indices [first, last] of a table's paragraphs. */
  tableSpan(t: FakeTable): [number, number] {
    const idx = this.nodes.map((n, i) => (n.cell?.table === t ? i : -1)).filter((i) => i >= 0);
    return [idx[0], idx[idx.length - 1]];
  }

  controlSpan(c: FakeControl): [number, number] {
    const idx = this.nodes.map((n, i) => (n.controls.includes(c) ? i : -1)).filter((i) => i >= 0);
    return [idx[0], idx[idx.length - 1]];
  }

  queue(c: FakeCollection): void {
    this.pending.push(c);
  }

  /** Registered paragraph event handlers. */
  readonly handlers = new Set<() => Promise<unknown>>();

  /** Simulates the user editing a paragraph. */
  fireChange(): void {
    for (const h of this.handlers) void h();
  }

  sync(): Promise<void> {
    this.syncs++;
    this.record('context', 'sync');
    for (const c of this.pending) c.resolve();
    this.pending = [];
    return Promise.resolve();
  }

  /** The global `Word` namespace to install. */
  namespace(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    return {
      run: async (batch: (context: unknown) => Promise<unknown>) => batch(new FakeContext(fake)),
      BuiltInStyleName: { normal: 'Normal', heading1: 'Heading1', heading2: 'Heading2', listParagraph: 'ListParagraph', tableGrid: 'TableGrid' },
      ListBullet: { solid: 'Solid' },
      ContentControlAppearance: { boundingBox: 'BoundingBox', tags: 'Tags', hidden: 'Hidden' },
    };
  }
}

class FakeContext {
  readonly document: FakeDocument;
  constructor(readonly fake: FakeWord) {
    this.document = new FakeDocument(fake, this);
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

/** load() bookkeeping shared by proxies: which paths were loaded, and whether a sync followed. */
class Loadable {
  protected loadedPaths = new Set<string>();
  protected loadedAt = -1;
  constructor(readonly fake: FakeWord) {}
  load(props: string): this {
    for (const p of props.split(',').map((s) => s.trim()).filter(Boolean)) this.loadedPaths.add(p);
    this.loadedAt = this.fake.syncs;
    return this;
  }
  protected check(path: string): void {
    if (!this.loadedPaths.has(path) || this.fake.syncs <= this.loadedAt) throw new NotLoaded(`property not loaded: ${path}`);
  }
}

class FakeEvent {
  constructor(readonly fake: FakeWord, readonly context: FakeContext) {}
  add(handler: () => Promise<unknown>): { context: FakeContext; remove(): void } {
    this.fake.handlers.add(handler);
    return { context: this.context, remove: () => this.fake.handlers.delete(handler) };
  }
}

class FakeDocument {
  readonly body: FakeBody;
  readonly onParagraphAdded: FakeEvent;
  readonly onParagraphChanged: FakeEvent;
  readonly onParagraphDeleted: FakeEvent;
  constructor(readonly fake: FakeWord, readonly context: FakeContext) {
    this.body = new FakeBody(fake);
    this.onParagraphAdded = new FakeEvent(fake, context);
    this.onParagraphChanged = new FakeEvent(fake, context);
    this.onParagraphDeleted = new FakeEvent(fake, context);
  }
  getSelection(): FakeRange {
    const i = this.fake.options.selection;
    if (i === undefined) throw new Error('no selection in this fake document');
    const n = this.fake.nodes[i];
    return new FakeRange(this.fake, n, n);
  }
}

class FakeBody {
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
  getRange(where: string): FakeRange {
    this.fake.record('body', 'getRange', where);
    const n = where === 'Start' ? this.fake.nodes[0] : this.fake.nodes[this.fake.nodes.length - 1];
    return new FakeRange(this.fake, n, n);
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.record('body', 'insertParagraph', text, where);
    if (where !== 'End' && where !== 'Start') throw new Error(`bad location ${where}`);
    const lastNode = this.fake.nodes[this.fake.nodes.length - 1];
    const n = node(text, { list: lastNode?.list ? { ...lastNode.list } : undefined });
    if (where === 'End') this.fake.nodes.push(n);
    else this.fake.insertAt(0, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.record('body', 'insertTable', rows, cols, where, values);
    const t = makeTable(rows, cols);
    const cells = tableNodes(t, values, []);
    if (where === 'End') this.fake.nodes.push(...cells);
    else this.fake.insertAt(0, ...cells);
    return new FakeTableProxy(this.fake, t);
  }
}

function tableNodes(t: FakeTable, values: string[][], controls: FakeControl[]): FakeNode[] {
  const out: FakeNode[] = [];
  for (let r = 0; r < t.rows; r++) for (let c = 0; c < t.cols; c++) out.push(node(values[r]?.[c] ?? '', { cell: { table: t, row: r, col: c }, controls: [...controls] }));
  return out;
}

class FakeCollection extends Loadable {
  private resolved?: FakeParagraph[];
  constructor(fake: FakeWord, private readonly source: () => FakeNode[]) {
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
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.fake, this.source()[0]);
  }
  getLast(): FakeParagraph {
    const all = this.source();
    return new FakeParagraph(this.fake, all[all.length - 1]);
  }
}

class FakeSimpleCollection extends Loadable {
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
    return new NavView(this, 'parentContentControlOrNullObject', this.value && this.nested ? this.nested(this.value) : undefined);
  }
}

class FakeParagraph extends Loadable {
  constructor(fake: FakeWord, readonly node: FakeNode) {
    super(fake);
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
    this.fake.record('paragraph', 'set styleBuiltIn', v);
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
      set bold(v: boolean | null) { p.fake.record('paragraph', 'set font.bold', v); p.node.bold = v; },
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
    const at = (depth: number): Record<string, unknown> | undefined =>
      depth >= 0 ? { tag: cs[depth].tag, depth } : undefined;
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
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.record('paragraph', 'insertParagraph', text, where);
    if (where !== 'After' && where !== 'Before') throw new Error(`bad location ${where}`);
    const anchor = this.node;
    // Like Enter in Word: the new paragraph keeps the anchor's style, list, cell and controls.
    const n = node(text, {
      style: anchor.style, styleBuiltIn: anchor.styleBuiltIn, outlineLevel: anchor.outlineLevel, bold: anchor.bold,
      list: anchor.list ? { ...anchor.list } : undefined, cell: anchor.cell ? { ...anchor.cell } : undefined, controls: [...anchor.controls],
    });
    const i = this.fake.index(anchor);
    this.fake.insertAt(where === 'After' ? i + 1 : i, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.record('paragraph', 'insertTable', rows, cols, where, values);
    const t = makeTable(rows, cols);
    const i = this.fake.index(this.node);
    this.fake.insertAt(where === 'After' ? i + 1 : i, ...tableNodes(t, values, this.node.controls));
    return new FakeTableProxy(this.fake, t);
  }
  detachFromList(): void {
    this.fake.record('paragraph', 'detachFromList');
    if (!this.node.list) throw new Error('detachFromList on a paragraph that is not a list item');
    this.node.list = undefined;
  }
  startNewList(): FakeListProxy {
    this.fake.record('paragraph', 'startNewList');
    if (this.node.list) throw new Error('GeneralException: startNewList on a list item');
    const list = makeList('Number');
    this.node.list = { list, level: 0, listString: '1.' };
    return new FakeListProxy(this.fake, list);
  }
  search(text: string, options: { matchCase?: boolean }): { getFirst(): FakeRange } {
    this.fake.record('paragraph', 'search', text, options);
    const n = this.node;
    const fake = this.fake;
    return {
      getFirst: () => {
        const literal = text.replace(/\^\^/g, '^');
        const at = n.text.indexOf(literal);
        if (at < 0) throw new Error('ItemNotFound');
        return new FakeRange(fake, n, n, { at, length: literal.length });
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

class FakeRange {
  constructor(
    readonly fake: FakeWord,
    readonly start: FakeNode,
    readonly end: FakeNode,
    readonly span?: { at: number; length: number },
  ) {}
  get paragraphs(): FakeCollection {
    return new FakeCollection(this.fake, () => this.fake.nodes.slice(this.fake.index(this.start), this.fake.index(this.end) + 1));
  }
  expandTo(other: FakeRange): FakeRange {
    this.fake.record('range', 'expandTo');
    const a = Math.min(this.fake.index(this.start), this.fake.index(other.start));
    const b = Math.max(this.fake.index(this.end), this.fake.index(other.end));
    return new FakeRange(this.fake, this.fake.nodes[a], this.fake.nodes[b]);
  }
  insertText(text: string, where: string): FakeRange {
    this.fake.record('range', 'insertText', text, where);
    if (where !== 'Replace' || !this.span) throw new Error('fake supports insertText Replace on search results only');
    const n = this.start;
    n.text = n.text.slice(0, this.span.at) + text + n.text.slice(this.span.at + this.span.length);
    return this;
  }
  insertContentControl(): FakeControlProxy {
    this.fake.record('range', 'insertContentControl');
    const [a, b] = [this.fake.index(this.start), this.fake.index(this.end)];
    const inside = this.fake.nodes.slice(a, b + 1);
    // The new control sits inside every control that contains the whole range.
    const common = inside[0].controls.filter((c) => inside.every((n) => n.controls.includes(c)));
    const control = makeControl('');
    for (const n of inside) n.controls.splice(common.length, 0, control);
    return new FakeControlProxy(this.fake, control, inside[0]);
  }
}

class FakeControlProxy {
  constructor(readonly fake: FakeWord, readonly control: FakeControl, readonly from: FakeNode) {}
  set tag(v: string) { this.fake.record('contentControl', 'set tag', v); this.control.tag = v; }
  set title(v: string) { this.fake.record('contentControl', 'set title', v); this.control.title = v; }
  set appearance(v: string) { this.fake.record('contentControl', 'set appearance', v); this.control.appearance = v; }
  set cannotDelete(v: boolean) { this.fake.record('contentControl', 'set cannotDelete', v); this.control.cannotDelete = v; }
  set cannotEdit(v: boolean) { this.fake.record('contentControl', 'set cannotEdit', v); this.control.cannotEdit = v; }
  get parentContentControl(): FakeControlProxy {
    const cs = this.from.controls;
    const i = cs.indexOf(this.control);
    if (i <= 0) throw new Error('ItemNotFound: no parent content control');
    return new FakeControlProxy(this.fake, cs[i - 1], this.from);
  }
  private outside(): FakeControl[] {
    return this.from.controls.slice(0, this.from.controls.indexOf(this.control));
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.record('contentControl', 'insertParagraph', text, where);
    if (where !== 'After' && where !== 'Before') throw new Error(`fake supports Before/After only, got ${where}`);
    const [a, b] = this.fake.controlSpan(this.control);
    const n = node(text, { controls: this.outside() });
    this.fake.insertAt(where === 'After' ? b + 1 : a, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(rows: number, cols: number, where: string, values: string[][]): FakeTableProxy {
    this.fake.record('contentControl', 'insertTable', rows, cols, where, values);
    const [a, b] = this.fake.controlSpan(this.control);
    const t = makeTable(rows, cols);
    this.fake.insertAt(where === 'After' ? b + 1 : a, ...tableNodes(t, values, this.outside()));
    return new FakeTableProxy(this.fake, t);
  }
}

class FakeTableProxy {
  constructor(readonly fake: FakeWord, readonly table: FakeTable) {}
  set styleBuiltIn(v: string) { this.fake.record('table', 'set styleBuiltIn', v); this.table.style = v; }
  set headerRowCount(v: number) { this.fake.record('table', 'set headerRowCount', v); this.table.headerRowCount = v; }
  get parentTable(): FakeTableProxy {
    throw new Error('ItemNotFound: the fake has no nested tables');
  }
  private controls(): FakeControl[] {
    return this.fake.nodes[this.fake.tableSpan(this.table)[0]].controls;
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.record('table', 'insertParagraph', text, where);
    const [a, b] = this.fake.tableSpan(this.table);
    const n = node(text, { controls: [...this.controls()] });
    this.fake.insertAt(where === 'After' ? b + 1 : a, n);
    return new FakeParagraph(this.fake, n);
  }
  insertTable(): never {
    throw new Error('table after table is not used');
  }
  addRows(where: string, count: number, values: string[][]): void {
    this.fake.record('table', 'addRows', where, count, values);
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
          fake.record('tableCell', 'insertParagraph', text, where);
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

class FakeListProxy {
  constructor(readonly fake: FakeWord, readonly list: FakeList) {}
  setLevelBullet(level: number, bullet: string): void {
    this.fake.record('list', 'setLevelBullet', level, bullet);
    this.list.type = 'Bullet';
    for (const n of this.fake.nodes) if (n.list?.list === this.list) n.list.listString = '•';
  }
  insertParagraph(text: string, where: string): FakeParagraph {
    this.fake.record('list', 'insertParagraph', text, where);
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

/** Installs the fake as the global `Word` and an `Office` with the given requirement sets. */
export function installFake(fake: FakeWord, sets: Record<string, string> = { WordApi: '1.6', WordApiDesktop: '1.3' }): void {
  const g = globalThis as Record<string, unknown>;
  g.Word = fake.namespace();
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          sets[name] !== undefined && (version === undefined || Number(sets[name]) >= Number(version)),
      },
    },
  };
}

export function uninstallFake(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
}
