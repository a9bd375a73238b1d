import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { withBasis } from '../../core/apply';
import type { Catalogue } from '../../core/catalogue/types';
import { checkDocument } from '../../core/engine';
import type { CheckResult } from '../../core/engine';
import type { Finding } from '../../core/findings';
import { DOCUMENT_CHANGED, isDocumentChanged } from '../../core/host';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { paneCatalogue } from '../catalogue';
import { countText, useLang, useStrings } from '../i18n';
import { useTask } from '../useTask';
import { FindingGroups } from './FindingGroups';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** How long the document must be quiet before an automatic re-check. */
const RECHECK_DELAY_MS = 500;

/** Kontrolli: checks the document and lists what to fix, grouped by section. */
export default function CheckTab({ host }: TabProps) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const task = useTask();
  const [checked, setChecked] = useState<{ result: CheckResult; snapshot: DocumentSnapshot }>();
  const result = checked?.result;
  /** A fix was refused because the document had changed; the findings were checked again. */
  const [refused, setRefused] = useState(false);
  const [catalogueError, setCatalogueError] = useState<unknown>();
  // Only the newest check may show its result, however the reads interleave.
  const latest = useRef(0);

  const check = useCallback(
    () =>
      task.run(async () => {
        const id = ++latest.current;
        let catalogue: Catalogue | undefined;
        try {
          catalogue = await paneCatalogue();
          setCatalogueError(undefined);
        } catch (e) {
          setCatalogueError(e); // check the rest without the catalogue
        }
        const snapshot = await host.read();
        const next = checkDocument(snapshot, { catalogue });
        if (id === latest.current) setChecked({ result: next, snapshot });
      }),
    [host, task.run],
  );

  // Once the user has checked, keep the findings current as the document changes.
  const hasResult = result !== undefined;
  useEffect(() => {
    if (!hasResult || !host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [hasResult, host, check]);

  const select = (finding: Finding) => void task.run(() => host.select(finding.location));

  /** A fix carries the snapshot its finding came from; the host refuses it if the document moved on. */
  const fix = async (finding: Finding) => {
    if (!finding.fix || !checked) return;
    const edits = withBasis(finding.fix.edits, checked.snapshot);
    let stale = false;
    setRefused(false);
    const applied = await task.run(async () => {
      try {
        await host.apply(edits);
      } catch (e) {
        stale = isDocumentChanged(e);
        if (!stale) throw e;
        return false;
      }
      return true;
    });
    if (stale) setRefused(true);
    if (applied !== undefined) await check(); // after a fix, or to replace findings that no longer fit
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={task.busy} onClick={() => void check()}>
          {hasResult ? t('recheckButton') : t('checkButton')}
        </Button>
        {task.busy && <Spinner size="tiny" label={t('checking')} labelPosition="after" />}
      </div>
      {!hasResult && !task.busy && <Text className={styles.hint}>{t('checkIntro')}</Text>}
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      {refused && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{DOCUMENT_CHANGED[lang]}</MessageBarTitle>
            <div>{t('staleRechecked')}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setRefused(false)}>{t('dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <CatalogueWarning error={catalogueError} />
      {result && (
        <>
          <Verdict result={result} />
          {result.isJobDescription && result.variantKnown && (
            <Caption1 className={styles.hint}>
              {t('profileUsed')}: {result.profile.name[lang]}
            </Caption1>
          )}
          {result.notes.map((note) => (
            <Caption1 key={note.id} className={styles.hint}>
              {note.message[lang]}
            </Caption1>
          ))}
          <FindingGroups result={result} busy={task.busy} onSelect={select} onFix={(f) => void fix(f)} />
        </>
      )}
    </div>
  );
}

/** The answer first: ready to sign, or how many errors and warnings there are. */
function Verdict({ result }: { result: CheckResult }) {
  const t = useStrings();
  const lang = useLang();
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (!result.isJobDescription) {
    return (
      <MessageBar intent="warning" layout="multiline">
        {/* The finding below says why and what to do. */}
        <MessageBarBody>
          <MessageBarTitle>{t(result.findings.some((f) => f.rule === 'language-not-estonian') ? 'notEstonian' : 'notJobDescription')}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (errors === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('verdictReady')}</MessageBarTitle>
          <div>{warnings === 0 ? t('verdictReadyDetail') : `${t('verdictReviewWarnings')}: ${countText(0, warnings, lang)}.`}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{countText(errors, warnings, lang)}</MessageBarTitle>
        <div>{t('verdictFixErrors')}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
