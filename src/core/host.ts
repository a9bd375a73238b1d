import type { DocumentSnapshot } from './snapshot';
import type { Edit } from './content';
import type { Location } from './snapshot';
import type { Bilingual } from './text';

/**
 * The one interface the task pane uses to reach a document. The Word adapter (src/word/)
 * implements it over Office.js; the demo host implements it over an in-memory document.
 */
export interface DocumentHost {
  /** Reads the whole document (in Word: one `context.sync()`). */
  read(): Promise<DocumentSnapshot>;
  /**
   * Applies edits in one batch; they never overwrite the user's text, and one undo reverts them.
   * Every edit carries the snapshot it was made from (`withBasis` in ./apply.ts); when the document
   * no longer matches it, nothing is written and the promise rejects with `documentChanged()`.
   */
  apply(edits: Edit[]): Promise<void>;
  /** Selects the place and scrolls the document to it. */
  select(location: Location): Promise<void>;
  /**
   * The block of `within` (by default the host's last read) that the cursor is in, if the host
   * can tell. A light read: in Word one sync, and nothing that touches the undo stack.
   */
  selectionBlock(within?: DocumentSnapshot): Promise<number | undefined>;
  /** Optional: called when the document changes, so the pane can re-check. Returns an unsubscribe function. */
  onChange?(listener: () => void): () => void;
  /** Optional: called when the cursor moves, so the pane can offer the clauses of the section it is in. */
  onSelectionChange?(listener: () => void): () => void;
  /** Optional: what the pane's "Teave / About" part shows about the host. */
  describe?(): Promise<HostDiagnostics>;
  /** Optional: logs an error the pane showed, with what the host knows of it (in Word, Office.js's debug details). */
  logError?(error: unknown): void;
}

export interface HostDiagnostics {
  /** e.g. "Word", "Demo". */
  host: string;
  /** e.g. "OfficeOnline", "PC", "Mac"; empty when unknown. */
  platform: string;
  /** The host application's own version or build, when it says. */
  version?: string;
  /** Requirement sets and whether the host supports them, e.g. { name: "WordApi 1.3", supported: true }. */
  apiSets: { name: string; supported: boolean }[];
}

/** An error whose message the pane can show as is: Estonian in `message`, both languages in `bilingual`. */
export class HostError extends Error {
  constructor(
    readonly bilingual: Bilingual,
    /** Set when the edits were refused because the document changed since they were made. */
    readonly documentChanged = false,
  ) {
    super(bilingual.et);
    this.name = 'HostError';
  }
}

/** The refusal of stale edits, the same in every host. */
export const DOCUMENT_CHANGED: Bilingual = {
  et: 'Dokument on vahepeal muutunud, kontrollige uuesti.',
  en: 'The document has changed, check again.',
};

export function documentChanged(): HostError {
  return new HostError(DOCUMENT_CHANGED, true);
}

/** By shape, not class: the Word adapter comes in its own chunk. */
export function isDocumentChanged(error: unknown): boolean {
  return (error as { documentChanged?: unknown } | null)?.documentChanged === true;
}
