import { useEffect, useMemo, useState } from 'react';
import { withBasis } from '../../core/apply';
import { clausesFor } from '../../core/catalogue/plan';
import type { Catalogue, Clause } from '../../core/catalogue/types';
import type { Edit, InsertPoint } from '../../core/content';
import { sectionAt, type JobDescription } from '../../core/model';
import { clausePlan, dutyRowEdit, sectionInsertPoint, sectionPlan, skeletonPlans } from '../../core/plans';
import type { SectionId, StructureProfile } from '../../core/profile-types';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import { firstTextBlock, type DocumentSnapshot } from '../../core/snapshot';
import type { TabProps } from '../App';
import { paneCatalogue } from '../catalogue';
import type { StringKey } from '../i18n';
import { useTask } from '../useTask';
import { useFollowDocument } from './useFollowDocument';

/**
 * The Koosta tab's state and I/O: the document followed, the variant (detected or chosen), what
 * it has and lacks, the clauses of the cursor's section, and the actions that write to it.
 */
export function useBuild({ host, active }: TabProps) {
  const task = useTask();
  const { doc, loadError, reload, refresh } = useFollowDocument(host, active);
  const [chosen, setChosen] = useState<string>();
  const [catalogue, setCatalogue] = useState<Catalogue>();
  const [catalogueError, setCatalogueError] = useState<unknown>();
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [notice, setNotice] = useState<StringKey>();
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
  const clauses: Clause[] = catalogue && profile && cursorSection ? clausesFor(catalogue, profile.id, cursorSection.id) : [];

  const apply = async (edits: Edit[], done: StringKey) => {
    setNotice(undefined);
    if (edits.length === 0 || !doc) return;
    setConfirmMissing(false);
    const from = doc.snapshot; // the edits were made from what the tab shows
    await task.run(async () => {
      try {
        await host.apply(withBasis(edits, from));
        setNotice(done);
      } finally {
        await reload(); // show the document as it is now, whether the edits went in or not
      }
    });
  };
  const sectionEdit = (id: SectionId): Edit[] =>
    jd && profile ? [{ kind: 'insert', at: sectionInsertPoint(jd, profile, id, doc?.snapshot), plan: sectionPlan(profile, id, catalogue) }] : [];

  const actions = {
    choose: setChosen,
    refresh: () => void refresh(),
    cancelMissing: () => setConfirmMissing(false),
    insertSkeleton: () => {
      if (!profile) return;
      if (present.length > 0) {
        if (missing.length === 0) setNotice('nothingMissing');
        else setConfirmMissing(true);
        return;
      }
      // Into an empty document from the top; otherwise at the cursor, never over existing text.
      const at: InsertPoint = empty ? { end: true } : { cursor: true };
      void apply(skeletonPlans(profile, catalogue).map((plan) => ({ kind: 'insert', at, plan })), 'skeletonInserted');
    },
    insertMissing: () => jd && void apply(missing.flatMap((s) => sectionEdit(s.id)), 'sectionAdded'),
    addSection: (id: SectionId) => jd && void apply(sectionEdit(id), 'sectionAdded'),
    // The document is written in Estonian whatever the pane's language.
    addClause: (c: Clause) => void apply([{ kind: 'insert', at: { cursor: true }, plan: clausePlan(c, 'et') }], 'clauseAdded'),
    addDuty: () => {
      if (!jd || !doc) return;
      const edit = dutyRowEdit(jd, doc.snapshot);
      if (edit) void apply([edit], 'dutyAdded');
      else setNotice('noDutyTable');
    },
  };

  const errors = { task: task.error, clearTask: task.clearError, load: loadError, read: read.error, catalogue: catalogueError, profiles: profiles.error };
  const view = { profiles: profiles.list, profile, detected, present, missing, cursorSection, clauses, notice, confirmMissing };
  return { ...view, busy: task.busy, ready: !!jd && !task.busy, errors, actions };
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
