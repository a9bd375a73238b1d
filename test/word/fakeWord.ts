/**
 * A typed fake of the parts of Word's JavaScript API that src/word/ uses, over a tiny document
 * model (./fakeModel.ts; proxies in ./fakeProxies.ts). office-addin-mock is too thin for this (no
 * Word.run, collections, enums or insertion semantics).
 *
 * What it checks, like Word does:
 * - a collection's items, a proxy's properties and `isNullObject` can be read only after load()
 *   AND a later sync(); reading a property that was not loaded throws;
 * - startNewList() throws on a paragraph that is already a list item; detachFromList() on one that
 *   is not throws too (the fake is stricter than Word, so the host never relies on either);
 * - a paragraph inserted after a list item inherits its list, as pressing Enter does.
 * What public office-js reports say Word does, so that the old patterns fail a test:
 * - every sync that wrote pushes one entry on the undo stack; every expandTo/intersectWith call
 *   of a sync pushes one more, empty, entry (office-js #5715, #2225, #2720); Ctrl+Z (`undo()`) is
 *   itself a selection change;
 * - a sync that loads `cellIndex` of paragraphs in a vertically merged cell fails as a whole with
 *   GeneralException (office-js #3200);
 * - a content control around a range with a table fails (office-js #4251; office-js-docs #988, #979);
 * - a search string over 255 characters fails; "^" starts a special code.
 * Calls execute at once (Word queues them until sync); every call is recorded in `calls`.
 * `failOn` makes a write fail the way Word fails a batch: what was queued before it stays written.
 */
import { copyNodes, type Call, type FakeNode, type FakeOptions, type FakeTable, type FakeControl } from './fakeModel';
import { FakeBody, FakeCollection, FakeRange } from './fakeProxies';
import { Loadable } from './fakeLoadable';

export { makeControl, makeList, makeTable, node, type Call, type FakeNode } from './fakeModel';

function generalException(message: string): Error {
  return Object.assign(new Error(`GeneralException: ${message}`), { code: 'GeneralException' });
}

export class FakeWord {
  nodes: FakeNode[];
  calls: Call[] = [];
  syncs = 0;
  /** The paragraph select() was last called on. */
  selected?: FakeNode;
  /** The document's custom properties (document.properties.customProperties), by key. */
  customProperties = new Map<string, string>();
  readonly options: FakeOptions;
  /** Earlier states of the document, the last one on top: what Ctrl+Z brings back. */
  undoStack: FakeNode[][] = [];
  private pending: FakeCollection[] = [];
  /** The document before the first write since the last sync. */
  private batchStart?: FakeNode[];
  private rangeCalls = 0;
  private failures: { method: string; countdown: number; message: string }[] = [];

  constructor(nodes: FakeNode[], options: FakeOptions = {}) {
    this.nodes = nodes;
    this.options = options;
  }

  record(on: string, method: string, ...args: unknown[]): void {
    this.calls.push({ on, method, args });
  }

  /** A call that changes the document. */
  write(on: string, method: string, ...args: unknown[]): void {
    this.record(on, method, ...args);
    if (!this.batchStart) this.batchStart = copyNodes(this.nodes);
    const failure = this.failures.find((f) => f.method === method);
    if (failure && --failure.countdown === 0) {
      this.failures.splice(this.failures.indexOf(failure), 1);
      throw generalException(failure.message);
    }
  }

  /** Range.expandTo / intersectWith: an undo entry at the next sync (office-js #5715). */
  rangeCall(method: string): void {
    this.record('range', method);
    this.rangeCalls++;
  }

  /** The `nth` call of `method` fails (e.g. Range.insertContentControl on the web, office-js #6054). */
  failOn(method: string, nth = 1, message = `${method} failed`): void {
    this.failures.push({ method, countdown: nth, message });
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
  /** Registered DocumentSelectionChanged handlers (Office's common API). */
  readonly selectionHandlers = new Set<() => void>();

  /** Simulates the user editing a paragraph. */
  fireChange(): void {
    for (const h of this.handlers) void h();
  }

  /** The user types in paragraph `i`: one undo entry, then a change event. */
  type(i: number, text: string): void {
    this.undoStack.push(copyNodes(this.nodes));
    this.nodes[i].text = text;
    this.fireChange();
  }

  /** The user moves the cursor to paragraph `i`. */
  moveCursor(i: number): void {
    this.options.selection = i;
    for (const h of [...this.selectionHandlers]) h();
  }

  /** Ctrl+Z: brings back the state on top of the undo stack; false when empty. A selection change too. */
  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.nodes = previous;
    for (const h of [...this.selectionHandlers]) h();
    return true;
  }

  sync(): Promise<void> {
    this.syncs++;
    this.record('context', 'sync');
    if (this.batchStart) this.undoStack.push(this.batchStart);
    this.batchStart = undefined;
    for (; this.rangeCalls > 0; this.rangeCalls--) this.undoStack.push(copyNodes(this.nodes));
    const pending = this.pending;
    this.pending = [];
    if (pending.some((c) => c.hasLoaded('parentTableCellOrNullObject/cellIndex') && c.source().some((n) => n.cell?.vMerge))) {
      return Promise.reject(generalException('cellIndex of a vertically merged cell (office-js #3200)'));
    }
    for (const c of pending) c.resolve();
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
  load(object: { load(props: string): unknown }, props: string): void {
    object.load(props);
  }
}

class FakeEvent {
  constructor(readonly fake: FakeWord, readonly context: FakeContext) {}
  add(handler: () => Promise<unknown>): { context: FakeContext; remove(): void } {
    this.fake.handlers.add(handler);
    return { context: this.context, remove: () => this.fake.handlers.delete(handler) };
  }
}

/** document.properties.customProperties: its items readable after load() and sync(); add() sets a key, an item's delete() removes it. */
class FakeCustomProperties extends Loadable {
  add(key: string, value: string): void {
    this.fake.write('customProperties', 'add', key, value);
    this.fake.customProperties.set(key, value);
  }
  get items(): { key: string; value: string; delete(): void }[] {
    this.check('items/key');
    return [...this.fake.customProperties].map(([key, value]) => ({
      key,
      value,
      delete: () => {
        this.fake.write('customProperty', 'delete', key);
        this.fake.customProperties.delete(key);
      },
    }));
  }
}

class FakeDocument {
  readonly body: FakeBody;
  readonly properties: { customProperties: FakeCustomProperties };
  readonly onParagraphAdded: FakeEvent;
  readonly onParagraphChanged: FakeEvent;
  readonly onParagraphDeleted: FakeEvent;
  constructor(readonly fake: FakeWord, readonly context: FakeContext) {
    this.body = new FakeBody(fake);
    this.properties = { customProperties: new FakeCustomProperties(fake) };
    this.onParagraphAdded = new FakeEvent(fake, context);
    this.onParagraphChanged = new FakeEvent(fake, context);
    this.onParagraphDeleted = new FakeEvent(fake, context);
  }
  getSelection(): FakeRange {
    this.fake.record('document', 'getSelection');
    const i = this.fake.options.selection;
    if (i === undefined) throw new Error('no selection in this fake document');
    const n = this.fake.nodes[i];
    return new FakeRange(this.fake, n, n);
  }
}

/** Installs the fake as the global `Word` and an `Office` with the given requirement sets. */
export function installFake(fake: FakeWord, sets: Record<string, string> = { WordApi: '1.6', WordApiDesktop: '1.3' }): void {
  const g = globalThis as Record<string, unknown>;
  g.Word = fake.namespace();
  g.Office = {
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    context: {
      diagnostics: { host: 'Word', platform: 'OfficeOnline', version: '16.0.18000.10000' },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          sets[name] !== undefined && (version === undefined || Number(sets[name]) >= Number(version)),
      },
      document: {
        addHandlerAsync: (_type: string, handler: () => void) => fake.selectionHandlers.add(handler),
        removeHandlerAsync: (_type: string, options: { handler: () => void }) => fake.selectionHandlers.delete(options.handler),
      },
    },
  };
}

export function uninstallFake(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Word;
  delete g.Office;
}
