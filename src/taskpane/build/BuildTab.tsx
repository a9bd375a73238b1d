import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Field, Spinner, Subtitle2, Text, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { useLang, useStrings } from '../i18n';
import { sectionLabel } from '../sections';
import { useBuildStyles } from './buildStyles';
import { useBuild, type BuildState } from './useBuild';

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
      {state.notice && (
        <MessageBar
          className={styles.status}
          intent={state.notice === 'noDutyTable' ? 'warning' : state.notice === 'nothingMissing' ? 'info' : 'success'}
          layout="multiline"
        >
          <MessageBarBody>{t(state.notice)}</MessageBarBody>
        </MessageBar>
      )}
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

function VariantPart({ state }: PartProps) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const id = useId('build-variant');
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Field label={{ children: t('variantLabel'), id }}>
        <RadioGroup value={state.profile?.id} onChange={(_e, data) => state.actions.choose(data.value)}>
          {state.profiles.map((p) => (
            <Radio key={p.id} value={p.id} label={p.name[lang]} />
          ))}
        </RadioGroup>
      </Field>
      {state.detected && (
        <Caption1 className={styles.hint}>
          {t('variantDetected')}: {state.detected.name[lang]}
        </Caption1>
      )}
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
        <AddList
          items={state.missing.map((s) => ({ key: s.id, label: sectionLabel(s.number, s.title), add: () => state.actions.addSection(s.id) }))}
          disabled={!state.ready}
        />
      )}
    </Part>
  );
}

function ClausesPart({ state }: PartProps) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const section = state.cursorSection;
  return (
    <Part heading={t('clausesHeading')}>
      {section ? (
        <>
          <Text>
            {t('clausesFor')}: <strong>{sectionLabel(section.number, section.title)}</strong>
          </Text>
          {state.clauses.length === 0 ? (
            <Text className={styles.hint}>{t('clausesNone')}</Text>
          ) : (
            <AddList items={state.clauses.map((c) => ({ key: c.id, label: c.title[lang], add: () => state.actions.addClause(c) }))} disabled={!state.ready} />
          )}
        </>
      ) : (
        <Text className={styles.hint}>{t('clausesHint')}</Text>
      )}
      <Button size="small" appearance="subtle" onClick={state.actions.refresh}>
        {t('refreshCursor')}
      </Button>
    </Part>
  );
}

/** Rows of a name and its "Lisa" button. */
function AddList({ items, disabled }: { items: { key: string; label: string; add: () => void }[]; disabled: boolean }) {
  const styles = useBuildStyles();
  const t = useStrings();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.key} className={styles.row}>
          <Text className={styles.rowText}>{item.label}</Text>
          <Button size="small" disabled={disabled} aria-label={`${t('add')}: ${item.label}`} onClick={item.add}>
            {t('add')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
