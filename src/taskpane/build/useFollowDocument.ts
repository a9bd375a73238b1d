import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentHost } from '../../core/host';
import type { DocumentSnapshot } from '../../core/snapshot';

export interface FollowedDocument {
  snapshot: DocumentSnapshot;
  /** The block the cursor is in, when the host can tell. */
  cursorBlock?: number;
}

/** Quiet time after the last cursor move before the one light read of the cursor. */
export const CURSOR_DELAY_MS = 300;
/** Quiet time after the last change before the document is read again. */
const CHANGE_DELAY_MS = 400;

/**
 * The document as the Koosta tab shows it, kept current: read on open, after changes and when the
 * pane regains focus; the cursor followed with light reads. A hidden tab reads nothing and
 * catches up once when it is shown again.
 */
export function useFollowDocument(host: DocumentHost, active: boolean) {
  const [doc, setDoc] = useState<FollowedDocument>();
  const [loadError, setLoadError] = useState<unknown>();
  // The listeners below are registered once; they ask these refs whether the tab is shown.
  const activeRef = useRef(active);
  const snapshotRef = useRef<DocumentSnapshot | undefined>(undefined);
  /** What happened while the tab was hidden, to catch up on once when it is shown again. */
  const missed = useRef({ document: false, cursor: false });

  const reload = useCallback(async () => {
    const snapshot = await host.read();
    const cursorBlock = await host.selectionBlock(snapshot);
    snapshotRef.current = snapshot;
    setDoc({ snapshot, cursorBlock });
  }, [host]);

  // Reading in the background (on open, after changes) keeps the buttons usable meanwhile.
  const refresh = useCallback(
    () => reload().then(() => setLoadError(undefined), (e: unknown) => setLoadError(e ?? new Error('read failed'))),
    [reload],
  );

  /** One light read: which block of the snapshot the cursor is in (no re-read of the document). */
  const followCursor = useCallback(async () => {
    const snapshot = snapshotRef.current;
    if (!snapshot) return;
    const cursorBlock = await host.selectionBlock(snapshot).catch(() => undefined);
    setDoc((d) => (d && d.snapshot === snapshot ? { ...d, cursorBlock } : d));
  }, [host]);

  useEffect(() => {
    void refresh();
    const changed = debounced(CHANGE_DELAY_MS, () => void refresh());
    // The clause list follows the cursor from section to section: at most one light read per
    // burst of cursor moves. (Word's Ctrl+Z is a cursor move too, so reading here must never
    // touch the undo stack: see DocumentHost.selectionBlock.)
    const moved = debounced(CURSOR_DELAY_MS, () => void followCursor());
    const whenShown = (what: 'document' | 'cursor', then: () => void) => () => {
      if (activeRef.current) then();
      else missed.current[what] = true;
    };
    // Coming back to the pane after working in the document: the cursor may be in another section.
    const onFocus = whenShown('document', () => void refresh());
    window.addEventListener('focus', onFocus);
    const off = host.onChange?.(whenShown('document', changed.call));
    const offSelection = host.onSelectionChange?.(whenShown('cursor', moved.call));
    return () => {
      window.removeEventListener('focus', onFocus);
      changed.cancel();
      moved.cancel();
      off?.();
      offSelection?.();
    };
  }, [host, refresh, followCursor]);

  useEffect(() => {
    activeRef.current = active;
    if (!active) return;
    const { document: changed, cursor } = missed.current;
    missed.current = { document: false, cursor: false };
    if (changed) void refresh();
    else if (cursor) void followCursor();
  }, [active, refresh, followCursor]);

  return { doc, loadError, reload, refresh };
}

/** `call` runs `work` once calls have paused for `ms`; `cancel` drops a pending run. */
function debounced(ms: number, work: () => void): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call: () => {
      clearTimeout(timer);
      timer = setTimeout(work, ms);
    },
    cancel: () => clearTimeout(timer),
  };
}
