import { useEffect, useMemo, useState } from 'react';
import { clausesFor } from '../../core/catalogue/plan';
import type { Catalogue, Clause } from '../../core/catalogue/types';
import { clauseStatus, type ClauseStatus } from '../../core/clauses';
import { sectionAt, type JobDescription } from '../../core/model';
import type { StructureProfile } from '../../core/profile-types';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import { firstTextBlock, type DocumentSnapshot } from '../../core/snapshot';
import type { TabProps } from '../App';
import { paneCatalogue } from '../catalogue';
import { useNotice } from '../useNotice';
import { useTask } from '../useTask';
import { useBuildActions } from './useBuildActions';
import type { BuildNotice } from './useBuildWrite';
import { useConversion } from './useConversion';
import { useFollowDocument } from './useFollowDocument';

/** A standard clause of the cursor's section and what the section already says of it. */
export interface ClauseRow {
  clause: Clause;
  status: ClauseStatus;
}

/**
 * The Koosta tab's state and I/O: the document followed, the variant (detected or chosen) and the
 * conversion to it, what the document has and lacks, the clauses of the cursor's section with what
 * the section already says of them, and the actions that write (./useBuildActions.ts).
 */
export function useBuild({ host, active }: TabProps) {
  const task = useTask();
  const { doc, loadError, reload, refresh } = useFollowDocument(host, active);
  const [chosen, setChosen] = useState<string>();
  const [catalogue, setCatalogue] = useState<Catalogue>();
  const [catalogueError, setCatalogueError] = useState<unknown>();
  const [confirmMissing, setConfirmMissing] = useState(false);
  const notice = useNotice<BuildNotice>(host);
  useEffect(() => {
    paneCatalogue().then(setCatalogue, (e) => setCatalogueError(e));
  }, []);

  // The organisation's catalogue may bring its own structure profiles.
  const profiles = useMemo(() => loadProfiles(catalogue), [catalogue]);
  const empty = !!doc && !firstTextBlock(doc.snapshot);
  // The variant the document looks like, when it has any text; derived, so a catalogue that
  // arrives later with more profiles needs no second read of the document.
  const detected = useMemo(() => {
    const found = doc && !empty && profiles.list.length > 0 ? detectProfile(doc.snapshot, profiles.list) : undefined;
    return found?.known ? found.profile : undefined;
  }, [doc, empty, profiles]);
  const profile: StructureProfile | undefined = profiles.list.find((p) => p.id === (chosen ?? detected?.id)) ?? profiles.list[0];
  const read = useMemo(() => readSafely(doc?.snapshot, profile), [doc, profile]);
  const jd = read.jd;
  const present = jd?.sections.filter((s) => s.found) ?? [];
  const missing = jd?.sections.filter((s) => !s.found) ?? [];
  const cursorSection = jd ? sectionAt(jd.sections, doc?.cursorBlock) : undefined;
  const clauses: ClauseRow[] = useMemo(() => {
    if (!catalogue || !profile || !cursorSection || !jd || !doc) return [];
    return clausesFor(catalogue, profile.id, cursorSection.id).map((clause) => ({ clause, status: clauseStatus(doc.snapshot, jd, clause) }));
  }, [catalogue, profile, cursorSection, jd, doc]);

  const deps = { host, task, reload, notice };
  const conversion = useConversion({ ...deps, profiles: profiles.list, done: () => setChosen(undefined) });
  const state = { profile, catalogue, empty, present, missing, setConfirmMissing };
  const actions = { ...useBuildActions(deps, state), choose: setChosen, refresh: () => void refresh(), cancelMissing: () => setConfirmMissing(false) };

  const errors = { task: task.error, clearTask: task.clearError, load: loadError, read: read.error, catalogue: catalogueError, profiles: profiles.error };
  // The document says one variant, the writer chose another: the conversion is offered.
  const differs = !!detected && !!profile && detected.id !== profile.id;
  const view = { profiles: profiles.list, profile, detected, differs, present, missing, cursorSection, clauses, notice: notice.notice, confirmMissing };
  return { ...view, conversion, busy: task.busy, ready: !!jd && !task.busy, errors, actions };
}

export type BuildState = ReturnType<typeof useBuild>;

/** Reads the job description; a reader failure becomes a message instead of a crash. */
function readSafely(snapshot: DocumentSnapshot | undefined, profile: StructureProfile | undefined): { jd?: JobDescription; error?: unknown } {
  if (!snapshot || !profile) return {};
  try {
    return { jd: readJobDescription(snapshot, profile) };
  } catch (e) {
    return { error: e };
  }
}

/** The shipped profiles and the catalogue's; a broken profile file becomes a message instead of a crash. */
function loadProfiles(catalogue: Catalogue | undefined): { list: StructureProfile[]; error?: unknown } {
  try {
    return { list: profilesFor(catalogue) };
  } catch (e) {
    return { list: [], error: e };
  }
}
