import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Subtitle2, Text, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { countOf, useLang, useStrings } from '../i18n';
import { sectionLabel } from '../sections';
import { useBuildStyles } from './buildStyles';
import { ClausesPart } from './ClausesPart';
import { useBuild, type BuildState } from './useBuild';
import { VariantPart } from './VariantPart';

export { CURSOR_DELAY_MS } from './useFollowDocument';

/** Koosta: start a new job description, add missing sections, standard clauses and duty rows. State and I/O: ./useBuild.ts. */
export default function BuildTab(props: TabProps) {
  const state = useBuild(props);
  const styles = useBuildStyles();
  const t = useStrings();
  const { errors } = state;
  if (errors.profiles) return <ErrorBar error={errors.profiles} />;
  if (!state.profile) return null;
  return (
    <div className={styles.root}>
      {state.busy && <Spinner size="tiny" label={t('working')} labelPosition="after" />}
      <ErrorBar error={errors.task} onDismiss={errors.clearTask} />
      <ErrorBar error={errors.load} />
      <ErrorBar error={errors.read} />
      <CatalogueWarning error={errors.catalogue} />
      <Notice state={state} />
      <VariantPart state={state} />
      <SkeletonPart state={state} />
      {state.present.length > 0 && <MissingPart state={state} />}
      <ClausesPart state={state} />
      <Part heading={t('dutiesHeading')}>
        <Text className={styles.hint}>{t('addDutyHint')}</Text>
        <Button disabled={!state.ready} onClick={state.actions.addDuty}>
          {t('addDuty')}
        </Button>
      </Part>
    </div>
  );
}

type PartProps = { state: BuildState };

/** What the last action did; it goes when the document changes or another action starts (useNotice). */
function Notice({ state }: PartProps) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const notice = state.notice;
  if (!notice) return null;
  return (
    <MessageBar className={styles.status} intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {t(notice.text)}
        {notice.changes !== undefined && `: ${countOf(notice.changes, 'change', lang)}. ${t('undoInWord')}`}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A part of the tab under its heading; the heading names the region for screen readers. */
function Part({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useBuildStyles();
  const id = useId('build-part');
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {heading}
      </Subtitle2>
      {children}
    </section>
  );
}

function SkeletonPart({ state }: PartProps) {
  const styles = useBuildStyles();
  const t = useStrings();
  const { ready, actions } = state;
  return (
    <Part heading={t('skeletonHeading')}>
      <Text className={styles.hint}>{t('insertSkeletonHint')}</Text>
      <Button appearance="primary" disabled={!ready} onClick={actions.insertSkeleton}>
        {t('insertSkeleton')}
      </Button>
      {state.confirmMissing && (
        <MessageBar intent="warning" layout="multiline" className={styles.status}>
          <MessageBarBody>{t('insertMissingOnly')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={!ready || state.missing.length === 0} onClick={actions.insertMissing}>
              {t('insertMissingConfirm')}
            </Button>
            <Button size="small" onClick={actions.cancelMissing}>
              {t('cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </Part>
  );
}

function MissingPart({ state }: PartProps) {
  const styles = useBuildStyles();
  const t = useStrings();
  return (
    <Part heading={t('missingHeading')}>
      {state.missing.length === 0 ? (
        <Text className={styles.hint}>{t('nothingMissing')}</Text>
      ) : (
        <ul className={styles.list}>
          {state.missing.map((s) => {
            const label = sectionLabel(s.number, s.title);
            return (
              <li key={s.id} className={`${styles.row} ${styles.clause}`}>
                <Text className={styles.rowText}>{label}</Text>
                <Button size="small" disabled={!state.ready} aria-label={`${t('add')}: ${label}`} onClick={() => state.actions.addSection(s.id)}>
                  {t('add')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Part>
  );
}
