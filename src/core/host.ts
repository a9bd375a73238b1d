import type { DocumentSnapshot } from './snapshot';
import type { Edit } from './content';
import type { Location } from './snapshot';

/**
 * The one interface the task pane uses to reach a document. The Word adapter (src/word/)
 * implements it over Office.js; the demo host implements it over an in-memory document.
 */
export interface DocumentHost {
  /** Reads the whole document (in Word: one `context.sync()`). */
  read(): Promise<DocumentSnapshot>;
  /** Applies edits in one batch; they never overwrite the user's text, and Word's undo reverts them. */
  apply(edits: Edit[]): Promise<void>;
  /** Selects the place and scrolls the document to it. */
  select(location: Location): Promise<void>;
  /** The block the cursor is in, if the host can tell. */
  selectionBlock(): Promise<number | undefined>;
  /** Optional: called when the document changes, so the pane can re-check. Returns an unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /** Optional: called when the cursor moves, so the pane can offer the clauses of the section it is in. */
  onSelectionChange?(listener: () => void): () => void;
}
