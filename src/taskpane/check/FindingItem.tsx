import { useEffect, useState } from 'react';
import { Button, Caption1, Field, Input, mergeClasses, useId } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { fixSummary } from '../../core/changes';
import { MAX_REASON } from '../../core/dismissals';
import type { Finding, Severity } from '../../core/findings';
import { pick, useLang, useStrings, type StringKey } from '../i18n';
import { useFindingStyles } from './findingStyles';
import { loadRuleExplanation } from './ruleDocs';

const severityText: Record<Severity, StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const severityIcon = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export interface FindingActions {
  busy: boolean;
  onSelect(finding: Finding): void;
  /** `button`: the fix button pressed, so that the focus can go to the next fix afterwards. */
  onFix(finding: Finding, button: HTMLElement): void;
  onDismiss(finding: Finding, reason?: string): void;
}

/**
 * One finding: its message (a button that shows the place), its fix with the change on it
 * ("Paranda" · "C2 → C1"), "Miks?" (the rule's explanation), and for a warning "Jäta kõrvale" with
 * a reason. `message` is the text shown (without the section its group already names).
 */
export function FindingItem({ finding: f, message, actions }: { finding: Finding; message: string; actions: FindingActions }) {
  const styles = useFindingStyles();
  const t = useStrings();
  const lang = useLang();
  const [open, setOpen] = useState<'why' | 'dismiss'>();
  const belowId = useId('finding-more');
  const Icon = severityIcon[f.severity];
  const toggle = (what: 'why' | 'dismiss') => setOpen((o) => (o === what ? undefined : what));
  const summary = f.fix ? pick(fixSummary(f.fix), lang) : '';
  return (
    <li className={styles.item}>
      <button type="button" className={mergeClasses(styles.finding, styles.focus)} title={t('goTo')} onClick={() => actions.onSelect(f)}>
        <Icon className={mergeClasses(styles.icon, styles[f.severity])} aria-hidden />
        <span>
          <span className={styles.hidden}>{t(severityText[f.severity])}: </span>
          {message}
        </span>
      </button>
      {f.dismissed && <Caption1 className={styles.reason}>{`${t('reason')}: ${f.dismissed.reason}`}</Caption1>}
      <div className={styles.actions}>
        {f.fix && (
          <>
            <Button size="small" data-fix="" disabled={actions.busy} aria-label={`${t('fix')}: ${summary}`} onClick={(e) => actions.onFix(f, e.currentTarget)}>
              {t('fix')}
            </Button>
            <Caption1 className={styles.change} aria-hidden>
              {summary}
            </Caption1>
          </>
        )}
        <Button size="small" appearance="transparent" aria-expanded={open === 'why'} aria-controls={belowId} onClick={() => toggle('why')}>
          {t('why')}
        </Button>
        {f.severity !== 'error' &&
          (f.dismissed ? (
            <Button size="small" appearance="transparent" disabled={actions.busy} onClick={() => actions.onDismiss(f)}>
              {t('restore')}
            </Button>
          ) : (
            <Button size="small" appearance="transparent" aria-expanded={open === 'dismiss'} aria-controls={belowId} onClick={() => toggle('dismiss')}>
              {t('dismissWarning')}
            </Button>
          ))}
      </div>
      <div id={belowId} className={styles.below} hidden={!open}>
        {open === 'why' && <Why rule={f.rule} />}
        {open === 'dismiss' && <DismissForm busy={actions.busy} onSave={(reason) => actions.onDismiss(f, reason)} onCancel={() => setOpen(undefined)} />}
      </div>
    </li>
  );
}

/** The rule's short explanation, loaded from its page when first opened. */
function Why({ rule }: { rule: string }) {
  const styles = useFindingStyles();
  const t = useStrings();
  const lang = useLang();
  const key = `${rule}:${lang}`;
  const [text, setText] = useState<{ key: string; value?: string }>();
  useEffect(() => {
    let live = true;
    const done = (value?: string) => live && setText({ key, value });
    loadRuleExplanation(rule, lang).then(done, () => done(undefined));
    return () => {
      live = false;
    };
  }, [rule, lang, key]);
  if (text?.key !== key) return <Caption1>{t('loading')}</Caption1>;
  return <p className={styles.why}>{text.value ?? t('whyMissing')}</p>;
}

/** The reason for dismissing a warning: required, one line, stored in the document. */
function DismissForm({ busy, onSave, onCancel }: { busy: boolean; onSave(reason: string): void; onCancel(): void }) {
  const styles = useFindingStyles();
  const t = useStrings();
  const [reason, setReason] = useState('');
  const ok = reason.trim() !== '';
  return (
    <form
      className={styles.below}
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) onSave(reason);
      }}
    >
      <Field label={t('dismissReason')} required>
        <Input value={reason} maxLength={MAX_REASON} onChange={(_, data) => setReason(data.value)} autoFocus />
      </Field>
      <div className={styles.form}>
        <Button size="small" appearance="primary" type="submit" disabled={busy || !ok}>
          {t('dismissSave')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
