import { useCallback, useEffect, useRef, useState } from 'react';
import { withBasis } from '../../core/apply';
import type { Catalogue } from '../../core/catalogue/types';
import { checkDocument, type CheckResult } from '../../core/engine';
import type { Finding } from '../../core/findings';
import type { DocumentHost } from '../../core/host';
import { isDocumentChanged } from '../../core/host';
import type { DocumentSnapshot } from '../../core/snapshot';
import { paneCatalogueSync } from '../catalogue';
import type { Bilingual } from '../../core/text';
import { useTask } from '../useTask';

/** How long the document must be quiet before an automatic re-check. */
const RECHECK_DELAY_MS = 500;

/**
 * The Kontrolli tab's state and I/O: checking the document (again by itself once checked, as the
 * document changes), showing a finding's place, and applying its fix.
 */
export function useCheck(host: DocumentHost) {
  const task = useTask();
  const [checked, setChecked] = useState<{ result: CheckResult; snapshot: DocumentSnapshot }>();
  /** A fix was refused because the document had changed; the findings were checked again. */
  const [refused, setRefused] = useState(false);
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

  // Once the user has checked, keep the findings current as the document changes.
  const hasResult = checked !== undefined;
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

  const select = (finding: Finding) => void task.run(() => host.select(finding.location));

  /** A fix carries the snapshot its finding came from; the host refuses it if the document moved on. */
  const fix = async (finding: Finding) => {
    if (!finding.fix || !checked) return;
    const edits = withBasis(finding.fix.edits, checked.snapshot);
    let stale = false;
    setRefused(false);
    const applied = await task.run(async () => {
      try {
        await host.apply(edits);
      } catch (e) {
        stale = isDocumentChanged(e);
        if (!stale) throw e;
        return false;
      }
      return true;
    });
    if (stale) setRefused(true);
    if (applied !== undefined) await check(); // after a fix, or to replace findings that no longer fit
  };

  return { result: checked?.result, task, refused, dismissRefused: () => setRefused(false), catalogueError, catalogueStale, check, select, fix };
}
