import { useRef, useState } from 'react';
import type { Catalogue } from '../../core/catalogue/types';
import { compareDocuments, type Change } from '../../core/compare';
import { changeSummary } from '../../core/compare-text';
import type { DocumentHost } from '../../core/host';
import type { StructureProfile } from '../../core/profile-types';
import { profilesFor } from '../../core/profiles';
import type { DocumentSnapshot } from '../../core/snapshot';
import { fill, type Language } from '../../core/text';
import { readDocument, SIGNATURES_NOT_VALIDATED, type ContainerInfo } from '../../docx/container';
import { DEFAULT_LIMITS } from '../../docx/read';
import { paneCatalogue } from '../catalogue';
import { useCopy } from '../useCopy';
import { errorText, useTask } from '../useTask';
import { S } from './strings';

export interface Previous {
  name: string;
  snapshot: DocumentSnapshot;
  container?: ContainerInfo;
}

export interface Compared {
  changes: Change[];
  profile: StructureProfile;
  /** The document as compared, so that a change can be found in it. */
  current: DocumentSnapshot;
}

/** The bytes of a chosen file (a File, or anything that gives its bytes the same way). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The Võrdle tab's state and I/O: reading the previous version here in the pane (nothing is
 * uploaded), comparing it with the document, showing a change's place, and the summary to copy.
 */
export function useCompare(host: DocumentHost, lang: Language) {
  const task = useTask();
  const clipboard = useCopy();
  const [previous, setPrevious] = useState<Previous>();
  const [compared, setCompared] = useState<Compared>();
  // Only the newest comparison may show its result.
  const latest = useRef(0);

  const compare = (prev: Previous) =>
    task.run(async () => {
      const id = ++latest.current;
      let catalogue: Catalogue | undefined;
      try {
        catalogue = await paneCatalogue(); // an organisation's catalogue may bring its own profiles
      } catch {
        // the shipped profiles are enough to compare
      }
      const profiles = profilesFor(catalogue);
      const current = await host.read();
      const comparison = compareDocuments(prev.snapshot, current, profiles);
      const profile = profiles.find((p) => p.id === comparison.profiles.new) ?? profiles[0];
      if (id === latest.current) setCompared({ changes: comparison.changes, profile, current });
    });

  const open = (file: ChosenFile) =>
    task.run(async () => {
      clipboard.reset();
      const unreadable = (reason: string) => new Error(fill(S.unreadable[lang], { name: file.name, reason }));
      const max = DEFAULT_LIMITS.maxFileBytes;
      if (file.size > max) throw unreadable(fill(S.tooLarge[lang], { mb: max / 1024 / 1024 }));
      let prev: Previous;
      try {
        prev = { name: file.name, ...readDocument(new Uint8Array(await file.arrayBuffer())) };
      } catch (e) {
        throw unreadable(errorText(e, lang));
      }
      setPrevious(prev);
      setCompared(undefined);
      await compare(prev);
    });

  const show = (change: Change) => {
    if (!compared || change.block === undefined) return;
    const block = change.block;
    void task.run(() => host.select({ block, text: compared.current.blocks[block]?.text ?? '' }));
  };

  const notes = previous?.container ? [SIGNATURES_NOT_VALIDATED[lang]] : [];
  const summary = compared && previous ? changeSummary(compared.changes, compared.profile, lang, { old: previous.name, new: S.current[lang] }, notes) : '';
  return { task, previous, compared, open, compare, show, summary, clipboard };
}
