import { checkBasis } from '../../src/core/apply';
import type { DocumentHost, HostDiagnostics } from '../../src/core/host';
import type { Edit } from '../../src/core/content';
import type { DocumentSnapshot, Location } from '../../src/core/snapshot';

/**
 * An in-memory DocumentHost for the pane's tests: records every batch of edits and every
 * selection. Like the real hosts it refuses edits made from another state of the document.
 * "replace" edits change the text (so a fix shows up on the next read); inserts and rows are only
 * recorded. `fail` makes the next calls of a method reject.
 */
export class FakeHost implements DocumentHost {
  applied: Edit[][] = [];
  selected: Location[] = [];
  reads = 0;
  /** Light reads of the cursor (selectionBlock calls). */
  cursorReads = 0;
  cursor: number | undefined;
  fail: Partial<Record<'read' | 'apply' | 'select', Error>> = {};
  /** Set to see the errors the pane logs through the host. */
  logError?: (error: unknown) => void;
  private listeners = new Set<() => void>();
  private selectionListeners = new Set<() => void>();

  constructor(public snapshot: DocumentSnapshot = { blocks: [], trackedChanges: 0, comments: 0 }) {}

  async read(): Promise<DocumentSnapshot> {
    this.reads++;
    if (this.fail.read) throw this.fail.read;
    return JSON.parse(JSON.stringify(this.snapshot)) as DocumentSnapshot;
  }

  async apply(edits: Edit[]): Promise<void> {
    if (this.fail.apply) throw this.fail.apply;
    checkBasis(edits, this.snapshot.blocks.map((b) => b.text));
    this.applied.push(edits);
    for (const edit of edits) {
      if (edit.kind !== 'replace') continue;
      const block = this.snapshot.blocks[edit.block];
      block.text = block.text.replace(edit.find, edit.replace);
    }
  }

  async select(location: Location): Promise<void> {
    if (this.fail.select) throw this.fail.select;
    this.selected.push(location);
  }

  async selectionBlock(): Promise<number | undefined> {
    this.cursorReads++;
    return this.cursor;
  }

  async describe(): Promise<HostDiagnostics> {
    return { host: 'TestWord', platform: 'TestPlatform', version: '16.0.1', apiSets: [{ name: 'WordApi 1.3', supported: true }, { name: 'WordApi 1.9', supported: false }] };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSelectionChange(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** The user moved the cursor in the document. */
  moveCursor(block: number): void {
    this.cursor = block;
    for (const l of [...this.selectionListeners]) l();
  }

  /** The user edited the document. */
  change(snapshot: DocumentSnapshot): void {
    this.snapshot = snapshot;
    for (const l of [...this.listeners]) l();
  }

  /** Every inserted plan's tag, in order. */
  insertedTags(): (string | undefined)[] {
    return this.applied.flat().flatMap((e) => (e.kind === 'insert' ? [e.plan.tag] : []));
  }
}

export function emptyDocument(): DocumentSnapshot {
  return { blocks: [], trackedChanges: 0, comments: 0 };
}

/** The snapshot without the blocks from the one whose text matches `from` up to (not including) `to`. */
export function withoutBlocks(snapshot: DocumentSnapshot, from: RegExp, to: RegExp): DocumentSnapshot {
  const start = snapshot.blocks.findIndex((b) => from.test(b.text));
  const end = snapshot.blocks.findIndex((b, i) => i > start && to.test(b.text));
  if (start < 0 || end < 0) throw new Error(`No blocks between ${from} and ${to}`);
  const blocks = snapshot.blocks.filter((_b, i) => i < start || i >= end).map((b, i) => ({ ...b, index: i }));
  return { ...snapshot, blocks };
}
