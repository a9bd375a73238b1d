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
import type { CheckResult } from '../../core/engine';
import { DOCUMENT_CHANGED } from '../../core/host';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { countText, useLang, useStrings } from '../i18n';
import { FindingGroups } from './FindingGroups';
import { useCheck } from './useCheck';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Kontrolli: checks the document and lists what to fix, grouped by section. State and I/O: ./useCheck.ts. */
export default function CheckTab({ host }: TabProps) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const { result, task, refused, dismissRefused, catalogueError, catalogueStale, check, select, fix } = useCheck(host);
  const hasResult = result !== undefined;

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
            <Button size="small" onClick={dismissRefused}>{t('dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <CatalogueWarning error={catalogueError} />
      {catalogueStale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{catalogueStale[lang]}</MessageBarBody>
        </MessageBar>
      )}
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
