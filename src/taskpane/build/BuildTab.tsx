import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Catalogue } from '../../core/catalogue/types';
import { clausesFor } from '../../core/catalogue/plan';
import type { Edit, InsertPoint } from '../../core/content';
import { sectionAt, type JobDescription } from '../../core/model';
import { withBasis } from '../../core/apply';
import { clausePlan, dutyRowEdit, sectionInsertPoint, sectionPlan, skeletonPlans } from '../../core/plans';
import type { StructureProfile } from '../../core/profile-types';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { paneCatalogue } from '../catalogue';
import { useLang, useStrings } from '../i18n';
import type { StringKey } from '../i18n';
import { sectionLabel } from '../sections';
import { useTask } from '../useTask';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0, alignSelf: 'stretch' },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  rowText: { minWidth: 0 },
  status: { alignSelf: 'stretch' },
});

interface DocState {
  snapshot: DocumentSnapshot;
  cursorBlock?: number;
}

/** Quiet time after the last cursor move before the one light read of the cursor. */
export const CURSOR_DELAY_MS = 300;
/** Quiet time after the last change before the document is read again. */
const CHANGE_DELAY_MS = 400;

/** Koosta: start a new job description, add missing sections, standard clauses and duty rows. */
export default function BuildTab({ host, active }: TabProps) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const task = useTask();
  const [doc, setDoc] = useState<DocState>();
  const [chosen, setChosen] = useState<string>();
  const [catalogue, setCatalogue] = useState<Catalogue>();
  // The organisation's catalogue may bring its own structure profiles.
  const profiles = useMemo(() => loadProfiles(catalogue), [catalogue]);
  const [catalogueError, setCatalogueError] = useState<unknown>();
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [notice, setNotice] = useState<StringKey>();
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
    paneCatalogue().then(setCatalogue, (e) => setCatalogueError(e));
  }, []);

  useEffect(() => {
    void refresh();
    let changeTimer: ReturnType<typeof setTimeout> | undefined;
    let cursorTimer: ReturnType<typeof setTimeout> | undefined;
    // Coming back to the pane after working in the document: the cursor may be in another section.
    const onFocus = () => {
      if (activeRef.current) void refresh();
      else missed.current.document = true;
    };
    const onChange = () => {
      if (!activeRef.current) return void (missed.current.document = true);
      clearTimeout(changeTimer);
      changeTimer = setTimeout(() => void refresh(), CHANGE_DELAY_MS);
    };
    // The clause list follows the cursor from section to section: at most one light read per
    // burst of cursor moves, and none while another tab is shown. (Word's Ctrl+Z is a cursor
    // move too, so reading here must never touch the undo stack: see DocumentHost.selectionBlock.)
    const onCursor = () => {
      if (!activeRef.current) return void (missed.current.cursor = true);
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => void followCursor(), CURSOR_DELAY_MS);
    };
    window.addEventListener('focus', onFocus);
    const off = host.onChange?.(onChange);
    const offSelection = host.onSelectionChange?.(onCursor);
    return () => {
      window.removeEventListener('focus', onFocus);
      clearTimeout(changeTimer);
      clearTimeout(cursorTimer);
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

  // The variant the document looks like, when it has any text; derived, so a catalogue that
  // arrives later with more profiles needs no second read of the document.
  const detected = useMemo(() => {
    const hasText = doc?.snapshot.blocks.some((b) => b.text.trim() !== '');
    const found = hasText && profiles.list.length > 0 ? detectProfile(doc!.snapshot, profiles.list) : undefined;
    return found?.known ? found.profile : undefined;
  }, [doc, profiles]);
  const profile = profiles.list.find((p) => p.id === (chosen ?? detected?.id)) ?? profiles.list[0];
  const read = useMemo(() => readSafely(doc?.snapshot, profile), [doc, profile]);
  const jd = read.jd;

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

  if (profiles.error) return <ErrorBar error={profiles.error} />;
  if (!profile) return null;

  const present = jd?.sections.filter((s) => s.found) ?? [];
  const missing = jd?.sections.filter((s) => !s.found) ?? [];
  const empty = !!doc && !doc.snapshot.blocks.some((b) => b.text.trim() !== '');
  const cursorSection = jd ? sectionAt(jd.sections, doc?.cursorBlock) : undefined;
  const clauses = catalogue && cursorSection ? clausesFor(catalogue, profile.id, cursorSection.id) : [];
  const ready = !!jd && !task.busy;

  const insertSkeleton = () => {
    if (present.length > 0) {
      if (missing.length === 0) setNotice('nothingMissing');
      else setConfirmMissing(true);
      return;
    }
    // Into an empty document from the top; otherwise at the cursor, never over existing text.
    const at: InsertPoint = empty ? { end: true } : { cursor: true };
    void apply(skeletonPlans(profile, catalogue).map((plan) => ({ kind: 'insert', at, plan })), 'skeletonInserted');
  };

  const insertMissing = () => {
    if (!jd) return;
    void apply(missing.map((s) => missingSectionEdit(jd, profile, s.id, doc?.snapshot, catalogue)), 'sectionAdded');
  };

  const addDuty = () => {
    if (!jd || !doc) return;
    const edit = dutyRowEdit(jd, doc.snapshot);
    if (!edit) {
      setNotice('noDutyTable');
      return;
    }
    void apply([edit], 'dutyAdded');
  };

  return (
    <div className={styles.root}>
      {task.busy && <Spinner size="tiny" label={t('working')} labelPosition="after" />}
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      <ErrorBar error={loadError} />
      <ErrorBar error={read.error} />
      <CatalogueWarning error={catalogueError} />
      {notice && (
        <MessageBar
          className={styles.status}
          intent={notice === 'noDutyTable' ? 'warning' : notice === 'nothingMissing' ? 'info' : 'success'}
          layout="multiline"
        >
          <MessageBarBody>{t(notice)}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.part} aria-labelledby="build-variant">
        <Field label={{ children: t('variantLabel'), id: 'build-variant' }}>
          <RadioGroup value={profile.id} onChange={(_e, data) => setChosen(data.value)}>
            {profiles.list.map((p) => (
              <Radio key={p.id} value={p.id} label={p.name[lang]} />
            ))}
          </RadioGroup>
        </Field>
        {detected && (
          <Caption1 className={styles.hint}>
            {t('variantDetected')}: {detected.name[lang]}
          </Caption1>
        )}
      </section>

      <section className={styles.part} aria-labelledby="build-skeleton">
        <Subtitle2 as="h2" id="build-skeleton" className={styles.heading}>
          {t('skeletonHeading')}
        </Subtitle2>
        <Text className={styles.hint}>{t('insertSkeletonHint')}</Text>
        <Button appearance="primary" disabled={!ready} onClick={insertSkeleton}>
          {t('insertSkeleton')}
        </Button>
        {confirmMissing && (
          <MessageBar intent="warning" layout="multiline" className={styles.status}>
            <MessageBarBody>{t('insertMissingOnly')}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" disabled={!ready || missing.length === 0} onClick={insertMissing}>
                {t('insertMissingConfirm')}
              </Button>
              <Button size="small" onClick={() => setConfirmMissing(false)}>
                {t('cancel')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>

      {present.length > 0 && (
        <section className={styles.part} aria-labelledby="build-missing">
          <Subtitle2 as="h2" id="build-missing" className={styles.heading}>
            {t('missingHeading')}
          </Subtitle2>
          {missing.length === 0 ? (
            <Text className={styles.hint}>{t('nothingMissing')}</Text>
          ) : (
            <ul className={styles.list}>
              {missing.map((s) => {
                const label = sectionLabel(s.number, s.title);
                return (
                  <li key={s.id} className={styles.row}>
                    <Text className={styles.rowText}>{label}</Text>
                    <Button
                      size="small"
                      disabled={!ready}
                      aria-label={`${t('add')}: ${label}`}
                      onClick={() => jd && void apply([missingSectionEdit(jd, profile, s.id, doc?.snapshot, catalogue)], 'sectionAdded')}
                    >
                      {t('add')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      <section className={styles.part} aria-labelledby="build-clauses">
        <Subtitle2 as="h2" id="build-clauses" className={styles.heading}>
          {t('clausesHeading')}
        </Subtitle2>
        {cursorSection ? (
          <>
            <Text>
              {t('clausesFor')}: <strong>{sectionLabel(cursorSection.number, cursorSection.title)}</strong>
            </Text>
            {clauses.length === 0 ? (
              <Text className={styles.hint}>{t('clausesNone')}</Text>
            ) : (
              <ul className={styles.list}>
                {clauses.map((c) => (
                  <li key={c.id} className={styles.row}>
                    <Text className={styles.rowText}>{c.title[lang]}</Text>
                    <Button
                      size="small"
                      disabled={!ready}
                      aria-label={`${t('add')}: ${c.title[lang]}`}
                      // The document is written in Estonian whatever the pane's language.
                      onClick={() => void apply([{ kind: 'insert', at: { cursor: true }, plan: clausePlan(c, 'et') }], 'clauseAdded')}
                    >
                      {t('add')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <Text className={styles.hint}>{t('clausesHint')}</Text>
        )}
        <Button size="small" appearance="subtle" onClick={() => void refresh()}>
          {t('refreshCursor')}
        </Button>
      </section>

      <section className={styles.part} aria-labelledby="build-duties">
        <Subtitle2 as="h2" id="build-duties" className={styles.heading}>
          {t('dutiesHeading')}
        </Subtitle2>
        <Text className={styles.hint}>{t('addDutyHint')}</Text>
        <Button disabled={!ready} onClick={addDuty}>
          {t('addDuty')}
        </Button>
      </section>
    </div>
  );
}

function missingSectionEdit(
  jd: JobDescription,
  profile: StructureProfile,
  id: StructureProfile['sections'][number]['id'],
  snapshot: DocumentSnapshot | undefined,
  catalogue?: Catalogue,
): Edit {
  return { kind: 'insert', at: sectionInsertPoint(jd, profile, id, snapshot), plan: sectionPlan(profile, id, catalogue) };
}

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
