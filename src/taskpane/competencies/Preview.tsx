import { Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { Language } from '../../core/text';
import { ErrorBar } from '../ErrorBar';
import { useLang, useStrings } from '../i18n';
import { NoticeBar } from './NoticeBar';
import { useCompetencyStyles } from './competencyStyles';
import { GROUP_NAMES, hasNamesake } from './Search';
import type { CompetenciesState } from './useCompetencies';

type Props = { state: CompetenciesState };

/** The chosen entry: its name and group, its text as it would go in, the wording, and the insert button kept in sight. */
export function Preview({ state }: Props) {
  const styles = useCompetencyStyles();
  const t = useStrings();
  const lang = useLang();
  const { replacement, task } = state;
  const active = state.active!;
  const preview = state.preview!;
  const group = t(GROUP_NAMES[active.group]);
  // Two entries of one name ("Asjatundlikkus") are told apart by their group wherever the name is said.
  const name = hasNamesake(state, active) ? `${preview.name} (${group})` : preview.name;
  return (
    <section className={styles.preview} aria-label={name}>
      <div>
        <Subtitle2 as="h2" className={styles.heading}>{preview.name}</Subtitle2>
        <Caption1 className={styles.status}>
          {' '}
          {t('groupLabel')}: {group}
        </Caption1>
      </div>
      {active.status === 'retired' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('retiredUse')}{' '}
            {replacement ? (
              <Button appearance="transparent" size="small" onClick={() => state.choose(replacement)}>
                {replacement.name[lang]}
              </Button>
            ) : (
              '—'
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.text && <Text>{preview.text}</Text>}
      {preview.bullets.length > 0 && (
        <ul className={styles.bullets}>
          {preview.bullets.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      )}
      {!preview.text && <Caption1>{active.description[lang]}</Caption1>}
      <Wording state={state} />
      <div className={styles.sticky}>
        <ErrorBar error={task.error} onDismiss={task.clearError} />
        <NoticeBar state={state} />
        <Button appearance="primary" disabled={task.busy || active.status !== 'active'} onClick={() => state.insert(active)}>
          {t('insertCompetency')}
        </Button>
        <Caption1>{name}</Caption1>
        {task.busy && <Spinner size="tiny" />}
      </div>
    </section>
  );
}

/** The competency's level of wording, when it has levels, and the language of the text put in the document. */
function Wording({ state }: Props) {
  const t = useStrings();
  const lang = useLang();
  const levels = state.active?.levels ?? [];
  return (
    <>
      {levels.length > 0 && (
        <Field label={t('wording')}>
          <RadioGroup layout="horizontal" value={state.levelId} onChange={(_, data) => state.setLevelId(data.value)}>
            <Radio value="" label={t('wordingBase')} />
            {levels.map((l) => (
              <Radio key={l.id} value={l.id} label={l.name[lang]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field label={t('textLanguage')}>
        <RadioGroup layout="horizontal" value={state.textLang} onChange={(_, data) => state.setTextLang(data.value as Language)}>
          <Radio value="et" label={t('textEstonian')} />
          <Radio value="en" label={t('textEnglish')} />
        </RadioGroup>
      </Field>
    </>
  );
}
