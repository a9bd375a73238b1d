import { Button, Caption1, Subtitle2, useId } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular } from '@fluentui/react-icons';
import { useLang, useStrings } from '../i18n';
import { useCompetencyStyles } from './competencyStyles';
import type { CompetenciesState } from './useCompetencies';

/**
 * The competencies the organisation requires of this position (its catalogue's house rule), each
 * marked as in the document or missing, and "Lisa kõik nõutavad" for the missing ones. Nothing
 * when the organisation requires none.
 */
export function RequiredPart({ state }: { state: CompetenciesState }) {
  const styles = useCompetencyStyles();
  const t = useStrings();
  const lang = useLang();
  const id = useId('required');
  const { required, task } = state;
  if (required.length === 0) return null;
  const missing = required.filter((r) => !r.present && r.entry);
  return (
    <section className={styles.required} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {t('requiredHeading')}
      </Subtitle2>
      <ul className={styles.requiredList}>
        {required.map((r) => (
          <li key={r.name} className={styles.requiredItem}>
            {r.present ? <CheckmarkCircle16Filled className={styles.ok} aria-hidden /> : <Circle16Regular className={styles.lacking} aria-hidden />}
            <span>
              {r.entry?.name[lang] ?? r.name}
              {r.leaders && <Caption1> ({t('requiredForLeaders')})</Caption1>}
              <Caption1 className={styles.status}> – {t(r.present ? 'present' : 'missing')}</Caption1>
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 ? (
        <Button appearance="primary" disabled={task.busy} onClick={state.insertRequired}>
          {`${t('requiredAll')} (${missing.length})`}
        </Button>
      ) : (
        <Caption1>{t('requiredThere')}</Caption1>
      )}
    </section>
  );
}
