import { forwardRef, useEffect, useRef } from 'react';
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
import type { Finding } from '../../core/findings';
import { DOCUMENT_CHANGED } from '../../core/host';
import type { TabProps } from '../App';
import { CatalogueWarning, ErrorBar } from '../ErrorBar';
import { countText, pick, useLang, useStrings } from '../i18n';
import { FindingGroups } from './FindingGroups';
import { useCheck, type CheckNotice } from './useCheck';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  verdict: {
    borderRadius: tokens.borderRadiusMedium,
    outline: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/** Kontrolli: checks the document and lists what to fix, grouped by section. State and I/O: ./useCheck.ts. */
export default function CheckTab({ host }: TabProps) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const state = useCheck(host);
  const { result, task, refused, dismissRefused, catalogueError, catalogueStale, check } = state;
  const focus = useFocusAfterFix(result, task.busy);
  const hasResult = result !== undefined;
  const fix = (f: Finding, button: HTMLElement) => {
    focus.remember(button);
    void state.fix(f);
  };

  return (
    <div className={styles.root} ref={focus.root}>
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
      {state.notice && <Notice notice={state.notice} busy={task.busy} onUndo={() => void state.undo()} />}
      <CatalogueWarning error={catalogueError} />
      {catalogueStale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{catalogueStale[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Verdict result={result} ref={focus.verdict} />
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
          <FindingGroups result={result} actions={{ busy: task.busy, onSelect: state.select, onFix: fix, onDismiss: (f, reason) => void state.dismiss(f, reason) }} />
        </>
      )}
    </div>
  );
}

/**
 * After a fix the focus goes on: to the fix now where the used one was (the next one, the list
 * having closed up), or to the verdict when no fix is left.
 */
function useFocusAfterFix(result: CheckResult | undefined, busy: boolean) {
  const root = useRef<HTMLDivElement>(null);
  const verdict = useRef<HTMLDivElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const checkedAgain = useRef(false);
  const fixes = () => [...(root.current?.querySelectorAll<HTMLButtonElement>('button[data-fix]') ?? [])];
  useEffect(() => {
    if (pending.current !== undefined) checkedAgain.current = true;
  }, [result]);
  // Once the new findings are there and the buttons usable again (a disabled button takes no focus).
  useEffect(() => {
    const at = pending.current;
    if (at === undefined || busy || !checkedAgain.current) return;
    checkedAgain.current = false;
    pending.current = undefined;
    const next = fixes()[at];
    if (next) next.focus();
    else verdict.current?.focus();
  }, [result, busy]);
  const remember = (button: HTMLElement) => {
    pending.current = fixes().indexOf(button as HTMLButtonElement);
    checkedAgain.current = false;
  };
  return { root, verdict, remember };
}

/** What the last fix (or undo, or dismissal) did, with "Võta tagasi" when the pane can take it back. */
function Notice({ notice, busy, onUndo }: { notice: CheckNotice; busy: boolean; onUndo: () => void }) {
  const t = useStrings();
  const lang = useLang();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {t(notice.text)}
        {notice.summary && `: ${pick(notice.summary, lang)}.`}
        {notice.text === 'fixed' && !notice.revert && ` ${t('undoInWord')}`}
      </MessageBarBody>
      {notice.revert && (
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={onUndo}>
            {t('undo')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** The answer first: ready to sign, or how many errors and warnings there are (dismissed warnings left out). */
const Verdict = forwardRef<HTMLDivElement, { result: CheckResult }>(function Verdict({ result }, ref) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const open = result.findings.filter((f) => !f.dismissed);
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  let intent: 'warning' | 'success' | 'error' = 'error';
  let title = countText(errors, warnings, lang);
  let detail = t('verdictFixErrors');
  if (!result.isJobDescription) {
    // The finding below says why and what to do.
    [intent, title, detail] = ['warning', t(result.findings.some((f) => f.rule === 'language-not-estonian') ? 'notEstonian' : 'notJobDescription'), ''];
  } else if (errors === 0) {
    intent = 'success';
    title = t('verdictReady');
    detail = warnings === 0 ? t('verdictReadyDetail') : `${t('verdictReviewWarnings')}: ${countText(0, warnings, lang)}.`;
  }
  return (
    <div ref={ref} tabIndex={-1} className={styles.verdict}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {detail && <div>{detail}</div>}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
