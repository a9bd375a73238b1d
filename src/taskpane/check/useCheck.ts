import { useCallback, useEffect, useRef, useState } from 'react';
import { withBasis } from '../../core/apply';
import type { Catalogue } from '../../core/catalogue/types';
import { changedLocation, fixSummary, revertEdits } from '../../core/changes';
import type { Edit } from '../../core/content';
import { cleanReason } from '../../core/dismissals';
import { checkDocument, findingDismissalId, type CheckResult } from '../../core/engine';
import type { Finding } from '../../core/findings';
import type { DocumentHost } from '../../core/host';
import { isDocumentChanged } from '../../core/host';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { Bilingual } from '../../core/text';
import { paneCatalogueSync } from '../catalogue';
import type { StringKey } from '../i18n';
import { useNotice } from '../useNotice';
import { useTask, type Task } from '../useTask';

/** How long the document must be quiet before an automatic re-check. */
const RECHECK_DELAY_MS = 500;

/** What the last action of the tab did: a fix with its words and how to take it back, an undo, a dismissal. */
export interface CheckNotice {
  text: StringKey;
  /** The fix's words ("C2 → C1"). */
  summary?: Bilingual;
  /** The edits that take the change back, made from `basis` (the document as the change left it). */
  revert?: Edit[];
  basis?: DocumentSnapshot;
}

/**
 * The Kontrolli tab's state and I/O: checking the document (again by itself once checked, as the
 * document changes), showing a finding's place, applying its fix (then selecting what changed,
 * saying so, and offering to take it back), and dismissing a warning with a reason or restoring it.
 */
export function useCheck(host: DocumentHost) {
  const task = useTask();
  const { checked, check, catalogueError, catalogueStale } = useChecker(host, task);
  /** A fix was refused because the document had changed; the findings were checked again. */
  const [refused, setRefused] = useState(false);
  const notice = useNotice<CheckNotice>(host);

  /**
   * Writes edits made from the checked document, then `then` (with the document after them), and
   * checks again; resolves to the document after them, or undefined when nothing was written
   * (refused as stale: the findings are checked again).
   */
  const write = async (edits: Edit[], basis: DocumentSnapshot, then?: (after: DocumentSnapshot) => Promise<void>) => {
    notice.clear();
    setRefused(false);
    let stale = false;
    const after = await task.run(async () => {
      try {
        await host.apply(withBasis(edits, basis));
      } catch (e) {
        stale = isDocumentChanged(e);
        if (!stale) throw e;
        return undefined;
      }
      const now = await host.read();
      await then?.(now);
      return now;
    });
    if (stale) setRefused(true);
    if (after !== undefined || stale) await check();
    return after;
  };

  const select = (finding: Finding) => void task.run(() => host.select(finding.location));

  /** A fix carries the snapshot its finding came from; the host refuses it if the document moved on. Then what changed is selected. */
  const fix = async (finding: Finding) => {
    if (!finding.fix || !checked) return;
    const before = checked.snapshot;
    const after = await write(finding.fix.edits, before, async (now) => {
      const location = changedLocation(before, now);
      if (location) await host.select(location);
    });
    if (after) notice.show({ text: 'fixed', summary: fixSummary(finding.fix), revert: revertEdits(before, after), basis: after }, after);
  };

  const undo = async () => {
    const { revert, basis } = notice.notice ?? {};
    if (!revert || !basis) return;
    const after = await write(revert, basis);
    if (after) notice.show({ text: 'undone' }, after);
  };

  /** Stores in the document that the warning was dismissed and why; no reason: takes the dismissal back. */
  const dismiss = async (finding: Finding, reason?: string) => {
    if (!checked) return;
    const edit: Edit = { kind: 'dismiss', id: findingDismissalId(finding), ...(reason !== undefined ? { reason: cleanReason(reason) } : {}) };
    const after = await write([edit], checked.snapshot);
    if (after) notice.show({ text: reason !== undefined ? 'dismissedNotice' : 'restored' }, after);
  };

  return { result: checked?.result, task, refused, dismissRefused: () => setRefused(false), catalogueError, catalogueStale, notice: notice.notice, check, select, fix, undo, dismiss };
}

/** The check itself: the catalogue (or none, said), the document read, the engine; only the newest check shows. */
function useChecker(host: DocumentHost, task: Task) {
  const [checked, setChecked] = useState<{ result: CheckResult; snapshot: DocumentSnapshot }>();
  const [catalogueError, setCatalogueError] = useState<unknown>();
  /** Set when the catalogue could not be updated and an older copy is used. */
  const [catalogueStale, setCatalogueStale] = useState<Bilingual>();
  // Only the newest check may show its result, however the reads interleave.
  const latest = useRef(0);
  const check = useCallback(
    () =>
      task.run(async () => {
        const id = ++latest.current;
        let catalogue: Catalogue | undefined;
        try {
          const sync = await paneCatalogueSync();
          catalogue = sync.catalogue;
          setCatalogueStale(sync.stale ? sync.status : undefined);
          setCatalogueError(undefined);
        } catch (e) {
          setCatalogueError(e); // check the rest without the catalogue
        }
        const snapshot = await host.read();
        const next = checkDocument(snapshot, { catalogue });
        if (id === latest.current) setChecked({ result: next, snapshot });
      }),
    [host, task.run],
  );
  useRecheck(host, checked !== undefined, check);
  return { checked, check, catalogueError, catalogueStale };
}

/** Once the user has checked, keeps the findings current as the document changes. */
function useRecheck(host: DocumentHost, hasResult: boolean, check: () => Promise<unknown>) {
  useEffect(() => {
    if (!hasResult || !host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [hasResult, host, check]);
}
