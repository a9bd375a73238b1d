import { useCallback, useEffect, useMemo, useState } from 'react';
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
import type { JobDescription } from '../../core/model';
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
import { sectionAt, sectionLabel } from '../sections';
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

/** Koosta: start a new job description, add missing sections, standard clauses and duty rows. */
export default function BuildTab({ host }: TabProps) {
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

  const reload = useCallback(async () => {
    const snapshot = await host.read();
    const cursorBlock = await host.selectionBlock();
    setDoc({ snapshot, cursorBlock });
  }, [host]);

  // Reading in the background (on open, after changes) keeps the buttons usable meanwhile.
  const refresh = useCallback(
    () => reload().then(() => setLoadError(undefined), (e: unknown) => setLoadError(e ?? new Error('read failed'))),
    [reload],
  );

  useEffect(() => {
    paneCatalogue().then(setCatalogue, (e) => setCatalogueError(e));
  }, []);

  useEffect(() => {
    void refresh();
    // Coming back to the pane after clicking in the document: the cursor may be in another section.
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 400);
    };
    const off = host.onChange?.(later);
    // The clause list follows the cursor from section to section.
    const offSelection = host.onSelectionChange?.(later);
    return () => {
      window.removeEventListener('focus', onFocus);
      clearTimeout(timer);
      off?.();
      offSelection?.();
    };
  }, [host, refresh]);

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
    if (edits.length === 0) return;
    setConfirmMissing(false);
    await task.run(async () => {
      try {
        await host.apply(edits);
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
    void apply(missing.map((s) => missingSectionEdit(jd, profile, s.id, catalogue)), 'sectionAdded');
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
                      onClick={() => jd && void apply([missingSectionEdit(jd, profile, s.id, catalogue)], 'sectionAdded')}
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

function missingSectionEdit(jd: JobDescription, profile: StructureProfile, id: StructureProfile['sections'][number]['id'], catalogue?: Catalogue): Edit {
  return { kind: 'insert', at: sectionInsertPoint(jd, profile, id), plan: sectionPlan(profile, id, catalogue) };
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
