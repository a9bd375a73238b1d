/**
 * The Word adapter: the only code in the project that touches `Word.*` (with the modules beside
 * it). See docs/word-adapter.md for each call's requirement set and the failure it avoids.
 *
 * - read(): the whole document in one context.sync() (./read.ts); two when a merged cell makes
 *   Word refuse the first.
 * - apply(): one Word.run. Read-only syncs first (./prepare.ts) check the edits against the
 *   snapshot they were made from and resolve every place they write to; then every write is queued
 *   (./write.ts) and sent in ONE sync, so the edits land together and one undo reverts them.
 * - selectionBlock(): one light sync, matched against the snapshot (./cursor.ts); nothing that
 *   touches Word's undo stack.
 */
import type { Edit } from '../core/content';
import type { DocumentHost, HostDiagnostics } from '../core/host';
import type { DocumentSnapshot, Location } from '../core/snapshot';
import { matchCursor, type CursorProbe } from './cursor';
import { DOCUMENT_CHANGED, partialWrite, WordHostError } from './errors';
import { describeHost, reportError } from './officeHelpers';
import { controlTagPaths, loadedControlTags } from './paragraphs';
import { prepare } from './prepare';
import { readDocument } from './read';
import { supportedSets, UNSUPPORTED_WORD, wordSupport, type RequirementChecker, type WordSupport } from './requirements';
import { cleanText } from './toSnapshot';
import { editLabel, paragraphsAdded, queueWrites } from './write';

export { DOCUMENT_CHANGED, NOT_IN_TABLE, TEXT_NOT_FOUND, TEXT_TOO_LONG, WordHostError } from './errors';

/** What selectionBlock reads of the cursor's paragraph. */
const SELECTION_PROPERTIES = ['text', 'tableNestingLevel', controlTagPaths('')].join(',');

export interface WordHostOptions {
  /** Requirement checks (default: Office.context.requirements). */
  checker?: RequirementChecker;
  /** Quiet time before onChange listeners are called, in ms. */
  debounceMs?: number;
}

export class WordHost implements DocumentHost {
  private last?: DocumentSnapshot;
  /** The last answer of selectionBlock, to choose among equal paragraphs. */
  private cursor?: number;

  constructor(private readonly options: WordHostOptions = {}) {}

  private support(): WordSupport {
    return wordSupport(this.options.checker);
  }

  private requireCore(): WordSupport {
    const support = this.support();
    if (!support.core) throw new WordHostError(UNSUPPORTED_WORD);
    return support;
  }

  async read(): Promise<DocumentSnapshot> {
    const snapshot = await readDocument(this.requireCore());
    this.last = snapshot;
    return snapshot;
  }

  async apply(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return;
    this.requireCore();
    await Word.run(async (context) => {
      const prepared = await prepare(context, edits); // throws before any write
      try {
        queueWrites(edits, prepared);
        await context.sync(); // the one write
      } catch (error) {
        throw await partialWriteError(error, edits, prepared.texts);
      }
    });
  }

  async select(location: Location): Promise<void> {
    this.requireCore();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const index = locate(
        paragraphs.items.map((p) => cleanText(p.text)),
        location,
      );
      if (index === undefined) throw new WordHostError(DOCUMENT_CHANGED, true);
      paragraphs.items[index].select('Select'); // selecting also scrolls it into view
      await context.sync();
    });
  }

  /**
   * The block of the cursor in `within` (default: the last read): one sync reads the selection's
   * first paragraph, its controls and its neighbours, and ./cursor.ts finds it in the snapshot.
   * Undefined when the cursor is outside the body (header, text box) or nothing matches.
   */
  async selectionBlock(within?: DocumentSnapshot): Promise<number | undefined> {
    const snapshot = within ?? this.last;
    if (!snapshot || !this.support().core) return undefined;
    try {
      const probe = await Word.run(async (context): Promise<CursorProbe | undefined> => {
        const p = context.document.getSelection().paragraphs.getFirstOrNullObject();
        context.load(p, SELECTION_PROPERTIES);
        const previous = p.getPreviousOrNullObject();
        previous.load('text');
        const next = p.getNextOrNullObject();
        next.load('text');
        await context.sync();
        if (p.isNullObject) return undefined;
        return {
          text: cleanText(p.text),
          inTable: p.tableNestingLevel > 0,
          tags: loadedControlTags(p).filter(Boolean),
          previous: previous.isNullObject ? undefined : cleanText(previous.text),
          next: next.isNullObject ? undefined : cleanText(next.text),
        };
      });
      this.cursor = probe ? matchCursor(snapshot, probe, this.cursor) : undefined;
      return this.cursor;
    } catch {
      return undefined;
    }
  }

  /**
   * Calls the listener (debounced) when paragraphs are added, changed or deleted (WordApi 1.6).
   * Older Word has no such event: the pane then re-reads when it regains focus and when an edit is
   * refused, rather than reading the whole document at every selection change.
   */
  onChange(listener: () => void): () => void {
    const support = this.support();
    if (!support.events) return () => undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const delay = this.options.debounceMs ?? 600;
    const fire = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (!stopped) listener();
      }, delay);
    };
    let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
    const handler = async () => fire();
    const registered = Word.run(async (context) => {
      const doc = context.document;
      handlers = [doc.onParagraphAdded.add(handler), doc.onParagraphChanged.add(handler), doc.onParagraphDeleted.add(handler)];
      await context.sync();
    }).catch(() => undefined); // change events are optional
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      void registered.then(async () => {
        if (handlers.length === 0) return;
        // Removal is queued on the handlers' own request context, then sent with its sync.
        const context = handlers[0].context;
        handlers.forEach((h) => h.remove());
        await context.sync().catch(() => undefined);
      });
    };
  }

  /** Calls the listener when the selection changes (Office's common API, in every Word version we support). */
  onSelectionChange(listener: () => void): () => void {
    if (typeof Office === 'undefined' || !Office.context?.document) return () => undefined;
    const handler = () => listener();
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
  }

  /** Logs the error to the console with Office.js's debug details (office-js-helpers, loaded on first use). */
  logError(error: unknown): void {
    void reportError(error);
  }

  /**
   * Host, platform, Office build and requirement sets, for the pane's "Teave / About" part; the
   * host and platform from office-js-helpers where Office does not report its diagnostics.
   */
  async describe(): Promise<HostDiagnostics> {
    const diagnostics = typeof Office !== 'undefined' ? Office.context?.diagnostics : undefined;
    const { host, platform } = diagnostics ? { host: String(diagnostics.host), platform: String(diagnostics.platform) } : await describeHost();
    return { host, platform, version: diagnostics?.version, apiSets: supportedSets(this.options.checker) };
  }
}

/**
 * A write sync failed part-way (Office.js batches are not transactions). Reads the paragraphs once
 * more to tell how far it got: edits are written in order, so the paragraphs added say which edits
 * are in and which one was cut short; with nothing added, a replace is in if its paragraph changed.
 */
async function partialWriteError(error: unknown, edits: Edit[], before: string[]): Promise<WordHostError> {
  const reason = error instanceof Error ? error.message : String(error);
  let after: string[] | undefined;
  try {
    after = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((p) => cleanText(p.text));
    });
  } catch {
    after = undefined; // unknown: the message then says so
  }
  if (!after) return new WordHostError(partialWrite(undefined, edits.map(editLabel), reason));
  const added = after.length - before.length;
  const done: { written: string[]; partly?: string; notWritten: string[] } = { written: [], notWritten: [] };
  let total = 0;
  let cut = false;
  for (const edit of edits) {
    const start = total;
    total += paragraphsAdded(edit);
    const whole = edit.kind === 'replace' && added === 0 ? after[edit.block] !== before[edit.block] : total <= added;
    if (!cut && whole) done.written.push(editLabel(edit));
    else if (!cut && start < added) done.partly = editLabel(edit);
    else done.notWritten.push(editLabel(edit));
    cut = cut || !whole;
  }
  return new WordHostError(partialWrite(done, [], reason));
}

/**
 * The paragraph for a location: the block itself when it still holds the text, else the nearest
 * paragraph that does (the document may have changed since the check), else the block if it exists.
 */
export function locate(texts: string[], location: Location): number | undefined {
  const has = (i: number) => i >= 0 && i < texts.length && texts[i].includes(location.text);
  if (has(location.block)) return location.block;
  if (location.text.trim()) {
    for (let d = 1; d < texts.length; d++) {
      if (has(location.block - d)) return location.block - d;
      if (has(location.block + d)) return location.block + d;
    }
  }
  return location.block >= 0 && location.block < texts.length ? location.block : undefined;
}
