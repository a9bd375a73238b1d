import { useCallback, useEffect, useRef, useState } from 'react';
import { documentFingerprint } from '../core/apply';
import type { DocumentHost } from '../core/host';
import type { DocumentSnapshot } from '../core/snapshot';

/** Quiet time after a change before the document is read to see whether the message still holds. */
const CHANGE_DELAY_MS = 300;

const fingerprintOf = (s: DocumentSnapshot) => documentFingerprint(s.blocks.map((b) => b.text));

/**
 * A message that belongs to one action ("Põhi on lisatud", "Parandatud: C2 → C1"): shown with the
 * document as the action left it, and gone as soon as the document is another (the writer typed,
 * undid it, opened another file) or another action starts (`clear`). The pane's own write brings
 * a change event too, but the document then still reads as the message's, so the message stays.
 */
export function useNotice<T>(host: DocumentHost) {
  const [notice, setNotice] = useState<T>();
  const shownWith = useRef<string | undefined>(undefined);

  const show = useCallback((value: T, snapshot: DocumentSnapshot) => {
    shownWith.current = fingerprintOf(snapshot);
    setNotice(value);
  }, []);
  const clear = useCallback(() => {
    shownWith.current = undefined;
    setNotice(undefined);
  }, []);

  useEffect(() => {
    if (!host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      if (shownWith.current === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const expected = shownWith.current;
        if (expected === undefined) return;
        host.read().then(
          (now) => {
            if (shownWith.current === expected && fingerprintOf(now) !== expected) clear();
          },
          () => undefined,
        );
      }, CHANGE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [host, clear]);

  return { notice, show, clear };
}
