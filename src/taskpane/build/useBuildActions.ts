import type { Catalogue, Clause } from '../../core/catalogue/types';
import { changedLocation } from '../../core/changes';
import { clauseReplaceEdits, clauseStatus } from '../../core/clauses';
import type { Edit, InsertPoint } from '../../core/content';
import type { FoundSection } from '../../core/model';
import { clausePlan, dutyRowEdit, sectionInsertPoint, sectionPlan, skeletonPlans } from '../../core/plans';
import type { SectionId, StructureProfile } from '../../core/profile-types';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { DocumentHost } from '../../core/host';
import type { Task } from '../useTask';
import { useBuildWrite, type BuildNotice, type Fresh, type Outcome } from './useBuildWrite';
import type { FollowedDocument } from './useFollowDocument';

interface Deps {
  host: DocumentHost;
  task: Task;
  reload: () => Promise<FollowedDocument>;
  notice: { show(value: BuildNotice, snapshot: DocumentSnapshot): void; clear(): void };
}

interface State {
  profile?: StructureProfile;
  catalogue?: Catalogue;
  empty: boolean;
  present: FoundSection[];
  missing: FoundSection[];
  setConfirmMissing: (on: boolean) => void;
}

const done = (text: BuildNotice['text'], intent: BuildNotice['intent'] = 'success') => ({ text, intent });
const only = (text: BuildNotice['text'], intent: BuildNotice['intent']): Outcome => ({ edits: [], notice: done(text, intent) });

/** The first empty value cell of part 1 once the skeleton is in: where the writer starts. */
function firstValueCell(after: DocumentSnapshot) {
  const cell = after.blocks.find((b) => b.kind === 'cell' && b.table?.col === 1 && b.text === '');
  return cell ? { location: { block: cell.index, text: '' }, caret: 'end' as const } : undefined;
}

/** The Koosta tab's actions: each one made from the document as it is when clicked (./useBuildWrite.ts). */
export function useBuildActions(deps: Deps, state: State) {
  const write = useBuildWrite(deps);
  const { profile, catalogue } = state;
  const sectionEdits = ({ jd, snapshot, profile: p }: Fresh, ids: SectionId[]): Edit[] =>
    jd ? ids.map((id) => ({ kind: 'insert', at: sectionInsertPoint(jd, p, id, snapshot), plan: sectionPlan(p, id, catalogue) })) : [];

  return {
    insertSkeleton: () => {
      if (state.present.length > 0) {
        if (state.missing.length === 0) write(profile, () => only('nothingMissing', 'info'));
        else state.setConfirmMissing(true);
        return;
      }
      state.setConfirmMissing(false);
      // Into an empty document from the top; otherwise at the cursor, never over existing text.
      const at: InsertPoint = state.empty ? { end: true } : { cursor: true };
      write(profile, ({ profile: p }) => ({
        edits: skeletonPlans(p, catalogue).map((plan) => ({ kind: 'insert', at, plan })),
        notice: done('skeletonInserted'),
        select: firstValueCell,
      }));
    },
    insertMissing: () => {
      state.setConfirmMissing(false);
      write(profile, (fresh) => ({ edits: sectionEdits(fresh, fresh.jd?.sections.filter((s) => !s.found).map((s) => s.id) ?? []), notice: done('sectionAdded') }));
    },
    // A section the writer added meanwhile is not added again.
    addSection: (id: SectionId) =>
      write(profile, (fresh) =>
        fresh.jd?.sections.some((s) => s.id === id && s.found) ? only('nothingMissing', 'info') : { edits: sectionEdits(fresh, [id]), notice: done('sectionAdded') },
      ),
    addClause: (clause: Clause) => write(profile, (fresh) => clauseOutcome(fresh, clause)),
    addDuty: () =>
      write(profile, ({ jd, snapshot }) => {
        const edit = jd && dutyRowEdit(jd, snapshot);
        if (!edit) return only('noDutyTable', 'warning');
        // The cursor goes to the end of the new row's number, where the duty is written.
        const select = (after: DocumentSnapshot) => {
          const location = changedLocation(snapshot, after);
          return location ? { location, caret: 'end' as const } : undefined;
        };
        return { edits: [edit], notice: done('dutyAdded'), select };
      }),
  };
}

/**
 * A standard clause, never twice: one already in its section is only selected; one there in older
 * words or a placeholder is replaced ("Asenda"); otherwise it goes in at the cursor.
 */
function clauseOutcome({ snapshot, jd }: Fresh, clause: Clause): Outcome {
  const status = jd ? clauseStatus(snapshot, jd, clause) : { kind: 'absent' as const };
  if (status.kind === 'present') {
    const block = snapshot.blocks[status.block];
    return { edits: [], notice: done('clauseThere', 'info'), select: () => ({ location: { block: block.index, text: block.text } }) };
  }
  if (jd && (status.kind === 'older' || status.kind === 'placeholder')) {
    return { edits: clauseReplaceEdits(snapshot, jd, clause), notice: done('clauseReplaced') };
  }
  // The document is written in Estonian whatever the pane's language.
  return { edits: [{ kind: 'insert', at: { cursor: true }, plan: clausePlan(clause, 'et') }], notice: done('clauseAdded') };
}
