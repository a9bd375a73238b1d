import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Catalogue } from '../../core/catalogue/types';
import { checkDocument } from '../../core/engine';
import type { CheckResult } from '../../core/engine';
import type { Finding } from '../../core/findings';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { paneCatalogueSync } from '../catalogue';
import type { Bilingual } from '../../core/text';
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
  const [result, setResult] = useState<CheckResult>();
  const [catalogueError, setCatalogueError] = useState<unknown>();
  /** Set when the catalogue could not be updated and an older copy is used. */
  const [catalogueStale, setCatalogueStale] = useState<Bilingual>();
  // Only the newest check may show its result, however the reads interleave.
  const latest = useRef(0);

  const check = useCallback(
    () =>
      task.run(async () => {
        const id = ++latest.current;
        let catalogue: Catalogue | undefined;
        try {
          const sync = await paneCatalogueSync();
          catalogue = sync.catalogue;
          setCatalogueStale(sync.stale ? sync.status : undefined);
          setCatalogueError(undefined);
        } catch (e) {
          setCatalogueError(e); // check the rest without the catalogue
        }
        const snapshot = await host.read();
        const next = checkDocument(snapshot, { catalogue });
        if (id === latest.current) setResult(next);
      }),
    [host, task.run],
  );

  // Once the user has checked, keep the findings current as the document changes.
  const checked = result !== undefined;
  useEffect(() => {
    if (!checked || !host.onChange) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [checked, host, check]);

  const select = (finding: Finding) => void task.run(() => host.select(finding.location));

  const fix = async (finding: Finding) => {
    if (!finding.fix) return;
    const edits = finding.fix.edits;
    const applied = await task.run(async () => {
      await host.apply(edits);
      return true;
    });
    if (applied) await check();
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button appearance="primary" disabled={task.busy} onClick={() => void check()}>
          {checked ? t('recheckButton') : t('checkButton')}
        </Button>
        {task.busy && <Spinner size="tiny" label={t('checking')} labelPosition="after" />}
      </div>
      {!checked && !task.busy && <Text className={styles.hint}>{t('checkIntro')}</Text>}
      <ErrorBar error={task.error} onDismiss={task.clearError} />
      <CatalogueWarning error={catalogueError} />
      {catalogueStale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{catalogueStale[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Verdict result={result} />
          {result.isJobDescription && (
            <Caption1 className={styles.hint}>
              {t('profileUsed')}: {result.profile.name[lang]}
            </Caption1>
          )}
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
          <MessageBarTitle>{t('notJobDescription')}</MessageBarTitle>
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
