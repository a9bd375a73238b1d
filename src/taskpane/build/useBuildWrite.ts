import { useCallback } from 'react';
import { withBasis } from '../../core/apply';
import type { Edit } from '../../core/content';
import type { DocumentHost } from '../../core/host';
import type { JobDescription } from '../../core/model';
import type { StructureProfile } from '../../core/profile-types';
import { readJobDescription } from '../../core/reader';
import type { DocumentSnapshot, Location } from '../../core/snapshot';
import type { StringKey } from '../i18n';
import type { Task } from '../useTask';
import type { FollowedDocument } from './useFollowDocument';

/** A message of the Koosta tab: what the last action did, in one of the pane's strings (and how many changes it made). */
export interface BuildNotice {
  text: StringKey;
  intent: 'success' | 'info' | 'warning';
  changes?: number;
}

/** The document as an action finds it when the user clicks: read then, not when the tab last looked. */
export interface Fresh {
  snapshot: DocumentSnapshot;
  jd?: JobDescription;
  profile: StructureProfile;
  cursorBlock?: number;
}

/** What an action does: the edits (none: only a message), its message, and where to put the cursor or selection afterwards. */
export interface Outcome {
  edits: Edit[];
  notice: BuildNotice;
  /** The place to select once the edits are in, from the document as they left it. */
  select?: (after: DocumentSnapshot) => { location: Location; caret?: 'end' } | undefined;
}

interface Deps {
  host: DocumentHost;
  task: Task;
  reload: () => Promise<FollowedDocument>;
  notice: { show(value: BuildNotice, snapshot: DocumentSnapshot): void; clear(): void };
}

/**
 * Runs one Koosta action: reads the document as it is now (so that typing just before the click is
 * never "changed meanwhile"), makes the edits from it, writes them in one batch, selects what the
 * action points at, and shows its message with the document as it left it.
 */
export function useBuildWrite({ host, task, reload, notice }: Deps) {
  const { run } = task;
  return useCallback(
    (profile: StructureProfile | undefined, make: (fresh: Fresh) => Outcome) =>
      void run(async () => {
        notice.clear();
        if (!profile) return;
        const snapshot = await host.read();
        const cursorBlock = await host.selectionBlock(snapshot);
        const outcome = make({ snapshot, jd: readSafely(snapshot, profile), profile, cursorBlock });
        try {
          if (outcome.edits.length > 0) await host.apply(withBasis(outcome.edits, snapshot));
        } finally {
          await reload().catch(() => undefined); // the document as it is now, whether the edits went in or not
        }
        const after = outcome.edits.length > 0 ? await host.read() : snapshot;
        const place = outcome.select?.(after);
        if (place) await host.select(place.location, place.caret ? { caret: place.caret } : undefined);
        notice.show(outcome.notice, after);
      }),
    [host, run, reload, notice],
  );
}

/** The job description, or undefined when the reader fails on this document (the tab shows why from its own read). */
function readSafely(snapshot: DocumentSnapshot, profile: StructureProfile): JobDescription | undefined {
  try {
    return readJobDescription(snapshot, profile);
  } catch {
    return undefined;
  }
}
