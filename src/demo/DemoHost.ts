import type { DocumentHost, HostDiagnostics } from '../core/host';
import type { Edit } from '../core/content';
import type { DocumentSnapshot, Location } from '../core/snapshot';
import { applyEdits, checkBasis, cloneSnapshot, emptySnapshot, reindex } from '../core/apply';
import type { DocxChange } from '../docx/edit';

/** The .docx file a document was opened from and the changes made to it since: what Save writes into that file. */
export interface DemoOrigin {
  bytes: Uint8Array;
  changes: DocxChange[];
}

/** One state of the demo's document, as undo brings it back. */
interface State {
  doc: DocumentSnapshot;
  origin?: DemoOrigin;
}

/**
 * A DocumentHost over an in-memory document, for the demo page and tests: it builds the blocks
 * Word builds for the same edits (test/hosts/contract.test.ts runs one suite against both), so the
 * pane can be seen working without Word. Pure TypeScript (no DOM).
 */
export class DemoHost implements DocumentHost {
  private doc: DocumentSnapshot;
  private origin: DemoOrigin | undefined;
  private undoStack: State[] = [];
  private selection: number | undefined;
  private selectionText: string | undefined;
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<() => void>();
  private readonly viewListeners = new Set<() => void>();
  private revisions = 0;

  constructor(snapshot: DocumentSnapshot = emptySnapshot()) {
    this.doc = reindex(cloneSnapshot(snapshot).blocks, snapshot);
  }

  /**
   * Opens another document (a file, with its bytes; an empty one) in place of this one. Undo
   * brings the previous one back, so opening a file by mistake loses nothing.
   */
  load(snapshot: DocumentSnapshot, bytes?: Uint8Array): void {
    this.push();
    this.doc = reindex(cloneSnapshot(snapshot).blocks, snapshot);
    this.origin = bytes ? { bytes, changes: [] } : undefined;
    this.selection = this.selectionText = undefined;
    this.changed();
  }

  async read(): Promise<DocumentSnapshot> {
    return cloneSnapshot(this.doc);
  }

  /**
   * All edits refer to the document as it was before the batch; either all apply or none. Like
   * Word, it refuses edits made from another state of the document (the user typed meanwhile).
   */
  async apply(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return;
    checkBasis(edits, this.doc.blocks.map((b) => b.text));
    const next = applyEdits(this.doc, edits, this.selection);
    this.push({ edits, selection: this.selection });
    this.doc = next;
    this.changed();
  }

  async select(location: Location): Promise<void> {
    this.setSelection(location.block, location.text);
  }

  /** The cursor's block; undefined when `within` is another state of the document than this one. */
  async selectionBlock(within?: DocumentSnapshot): Promise<number | undefined> {
    const at = this.selection;
    if (at === undefined || !within) return at;
    const same = within.blocks.length === this.doc.blocks.length && within.blocks[at]?.text === this.doc.blocks[at]?.text;
    return same ? at : undefined;
  }

  async describe(): Promise<HostDiagnostics> {
    return { host: 'Demo', platform: 'Browser', apiSets: [] };
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onSelectionChange(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  // --- For the demo page (the document view), not part of DocumentHost ---

  /** The current document; do not mutate it (read() gives a copy). */
  get snapshot(): DocumentSnapshot {
    return this.doc;
  }

  get selected(): number | undefined {
    return this.selection;
  }

  /** The text selected inside the selected block (what a finding is about), if any. */
  get selectedText(): string | undefined {
    return this.selectionText;
  }

  /** Puts the cursor into a block (a click in the document view), optionally selecting some of its text. */
  setSelection(block: number | undefined, text?: string): void {
    this.selection = block !== undefined && block >= 0 && block < this.doc.blocks.length ? block : undefined;
    this.selectionText = this.selection !== undefined && text ? text : undefined;
    for (const listener of [...this.selectionListeners]) listener();
    this.notifyView();
  }

  /** The user typed: replaces one block's whole text (undoable, like typing in Word). */
  setText(block: number, text: string): void {
    if (!this.doc.blocks[block]) throw new Error(`No block ${block}`);
    const next = cloneSnapshot(this.doc);
    next.blocks[block].text = text;
    this.push({ block, text, was: this.doc.blocks[block].text });
    this.doc = next;
    this.changed();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Restores the document as it was before the last change; false when there is nothing to undo. */
  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.doc = previous.doc;
    this.origin = previous.origin;
    if (this.selection !== undefined && this.selection >= this.doc.blocks.length) this.setSelection(undefined);
    this.changed();
    return true;
  }

  /** The file the document was opened from and what was done to it since; undefined for a document made here. */
  get opened(): DemoOrigin | undefined {
    return this.origin;
  }

  /** Keeps the current state for undo; `change` (what is about to be done) joins the opened file's changes. */
  private push(change?: DocxChange): void {
    this.undoStack.push({ doc: this.doc, origin: this.origin });
    if (change && this.origin) this.origin = { bytes: this.origin.bytes, changes: [...this.origin.changes, change] };
  }

  /** The view re-renders on every change: document or selection. (An arrow, so React can keep it.) */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  };

  /** Counts changes to the document or the selection (for React's useSyncExternalStore). */
  get revision(): number {
    return this.revisions;
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
    this.notifyView();
  }

  private notifyView(): void {
    this.revisions++;
    for (const listener of [...this.viewListeners]) listener();
  }
}

