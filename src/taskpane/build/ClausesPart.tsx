import { Badge, Button, Subtitle2, Text, useId } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Clause } from '../../core/catalogue/types';
import { useLang, useStrings, type StringKey } from '../i18n';
import { sectionLabel } from '../sections';
import { useBuildStyles } from './buildStyles';
import type { BuildState, ClauseRow } from './useBuild';

const STATUS: Record<ClauseRow['status']['kind'], StringKey | undefined> = {
  absent: undefined,
  present: 'clausePresent',
  older: 'clauseOlder',
  placeholder: 'clausePlaceholder',
};

/** The standard clauses of the cursor's section: each one's text to read first, whether it is there, and Lisa / Asenda / Näita. */
export function ClausesPart({ state }: { state: BuildState }) {
  const styles = useBuildStyles();
  const t = useStrings();
  const id = useId('build-clauses');
  const section = state.cursorSection;
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {t('clausesHeading')}
      </Subtitle2>
      {section ? (
        <>
          <Text>
            {t('clausesFor')}: <strong>{sectionLabel(section.number, section.title)}</strong>
          </Text>
          {state.clauses.length === 0 ? (
            <Text className={styles.hint}>{t('clausesNone')}</Text>
          ) : (
            <ul className={styles.list}>
              {state.clauses.map((row) => (
                <ClauseItem key={row.clause.id} row={row} state={state} />
              ))}
            </ul>
          )}
        </>
      ) : (
        <Text className={styles.hint}>{t('clausesHint')}</Text>
      )}
      <Button size="small" appearance="subtle" onClick={state.actions.refresh}>
        {t('refreshCursor')}
      </Button>
    </section>
  );
}

/** One clause: its name, its status, the action, and its text behind "Tekst". */
function ClauseItem({ row, state }: { row: ClauseRow; state: BuildState }) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const textId = useId('clause-text');
  const { clause, status } = row;
  const name = clause.title[lang];
  const action = status.kind === 'present' ? 'show' : status.kind === 'absent' ? 'add' : 'replace';
  const statusKey = STATUS[status.kind];
  return (
    <li className={styles.clause}>
      <div className={styles.row}>
        <span className={styles.rowText}>
          <Text>{name}</Text>
          {statusKey && (
            <Badge appearance="tint" color={status.kind === 'present' ? 'success' : 'warning'} className={styles.badge}>
              {t(statusKey)}
            </Badge>
          )}
        </span>
        <Button size="small" appearance={action === 'show' ? 'subtle' : 'secondary'} disabled={!state.ready} aria-label={`${t(action)}: ${name}`} onClick={() => state.actions.addClause(clause)}>
          {t(action)}
        </Button>
      </div>
      <Button
        size="small"
        appearance="transparent"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={textId}
        aria-label={`${t('showText')}: ${name}`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('showText')}
      </Button>
      <div id={textId} hidden={!open} className={styles.clauseText} lang="et">
        <ClauseText clause={clause} />
      </div>
    </li>
  );
}

/** The clause as it goes into the document (in Estonian, as the document is written). */
function ClauseText({ clause }: { clause: Clause }) {
  const styles = useBuildStyles();
  const Items = clause.bullets ? 'ul' : 'div';
  return (
    <>
      {clause.lead && <p className={styles.clauseLine}>{clause.lead.et}</p>}
      <Items className={clause.bullets ? styles.clauseBullets : undefined}>
        {clause.items.et.map((item, i) => (clause.bullets ? <li key={i}>{item}</li> : <p key={i} className={styles.clauseLine}>{item}</p>))}
      </Items>
    </>
  );
}
