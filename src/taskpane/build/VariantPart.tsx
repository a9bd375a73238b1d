import { Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, Radio, RadioGroup, Text, useId } from '@fluentui/react-components';
import type { VariantChange } from '../../core/convert';
import { countOf, useLang, useStrings } from '../i18n';
import { useBuildStyles } from './buildStyles';
import type { BuildState } from './useBuild';
import { convertLabel } from './useConversion';

/** The variant: chosen or detected, what the choice governs, and the conversion when the document says the other one. */
export function VariantPart({ state }: { state: BuildState }) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const id = useId('build-variant');
  const hint = useId('build-variant-hint');
  return (
    <section className={styles.part} aria-labelledby={id}>
      <Field label={{ children: t('variantLabel'), id }} hint={{ children: t('variantGoverns'), id: hint }}>
        <RadioGroup value={state.profile?.id} aria-describedby={hint} onChange={(_e, data) => state.actions.choose(data.value)}>
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
      {state.differs && state.profile && <Conversion state={state} />}
    </section>
  );
}

/** "Teisenda …", then the list of changes and "Teisenda" / "Loobu". */
function Conversion({ state }: { state: BuildState }) {
  const styles = useBuildStyles();
  const t = useStrings();
  const lang = useLang();
  const { review, start, apply, cancel } = state.conversion;
  const label = t(convertLabel(state.profile!));
  if (!review) {
    return (
      <MessageBar intent="info" layout="multiline" className={styles.status}>
        <MessageBarBody>{t('variantDiffers')}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={!state.ready} onClick={() => start(state.profile!)}>
            {label}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <section className={styles.review} aria-label={label}>
      {review.changes.length === 0 ? (
        <Text>{t('convertNothing')}</Text>
      ) : (
        <>
          <Text>
            {t('convertReview')} <strong>{countOf(review.changes.length, 'change', lang)}</strong>
          </Text>
          <ul className={styles.changes}>
            {review.changes.map((c) => (
              <li key={`${c.block}-${c.after}`}>
                <ChangeLine change={c} />
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        {review.changes.length > 0 && (
          <Button appearance="primary" size="small" disabled={state.busy} onClick={apply}>
            {t('convertApply')}
          </Button>
        )}
        <Button size="small" onClick={cancel}>
          {t('cancel')}
        </Button>
      </div>
    </section>
  );
}

/** One paragraph's change: its words old → new, or the marker line added or taken out. */
function ChangeLine({ change }: { change: VariantChange }) {
  const styles = useBuildStyles();
  const t = useStrings();
  const [from, to] = change.words[0];
  if (from === '' || to === '') {
    return (
      <span>
        „{from || to}“ <span className={styles.hint}>({t(from === '' ? 'markerAdded' : 'markerRemoved')})</span>
      </span>
    );
  }
  return (
    <span>
      {change.words.map(([a, b], i) => (
        <span key={i}>
          {i > 0 && ', '}
          <del className={styles.old}>{a}</del> → <ins className={styles.new}>{b}</ins>
        </span>
      ))}
      <span className={styles.context}> · {excerpt(change.after)}</span>
    </span>
  );
}

/** The paragraph as it will read, its first words: enough to tell where the change is. */
function excerpt(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57).replace(/\s+\S*$/, '')}…`;
}
