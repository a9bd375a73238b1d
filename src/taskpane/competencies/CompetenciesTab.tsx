import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { TabProps } from '../App';
import { ErrorBar } from '../ErrorBar';
import { useLang, useStrings } from '../i18n';
import { useCompetencyStyles } from './competencyStyles';
import { NoticeBar } from './NoticeBar';
import { Preview } from './Preview';
import { RequiredPart } from './RequiredPart';
import { Search } from './Search';
import { useCompetencies, type CompetenciesState } from './useCompetencies';

type Props = { state: CompetenciesState };

/**
 * Kompetentsid: the competencies the organisation requires, and any other from the shared
 * catalogue: found, previewed and inserted in its group. State and I/O: ./useCompetencies.ts.
 */
export default function CompetenciesTab({ host, active }: TabProps) {
  const state = useCompetencies(host, active);
  const styles = useCompetencyStyles();
  const t = useStrings();
  const { catalogue, task } = state;
  return (
    <div className={styles.root}>
      <CatalogueStatus state={state} />
      {catalogue && (
        <>
          <RequiredPart state={state} />
          <Search state={state} />
          {state.active && state.preview ? (
            <Preview state={state} />
          ) : (
            <>
              <ErrorBar error={task.error} onDismiss={task.clearError} />
              <NoticeBar state={state} />
            </>
          )}
          <Caption1 className={styles.status}>{`${t('catalogueVersion')} ${catalogue.version} (${catalogue.published})`}</Caption1>
        </>
      )}
      <AddressSettings state={state} />
    </div>
  );
}

function CatalogueStatus({ state: { sync, catalogueError } }: Props) {
  const styles = useCompetencyStyles();
  const t = useStrings();
  const lang = useLang();
  if (catalogueError !== undefined) return <ErrorBar error={catalogueError} />;
  if (!sync) return <Spinner size="tiny" label={t('loadingCatalogue')} />;
  if (!sync.stale) {
    return (
      <Caption1 className={styles.status} role="status">
        {sync.status[lang]}
      </Caption1>
    );
  }
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>{sync.status[lang]}</MessageBarBody>
    </MessageBar>
  );
}

function AddressSettings({ state: { url, setUrl, urlError, saveUrl } }: Props) {
  const styles = useCompetencyStyles();
  const t = useStrings();
  const lang = useLang();
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>{t('catalogueAddress')}</AccordionHeader>
        <AccordionPanel>
          <Field label={t('catalogueUrlLabel')} validationState={urlError ? 'error' : 'none'} validationMessage={urlError?.[lang]}>
            <Input type="url" value={url} onChange={(_, data) => setUrl(data.value)} />
          </Field>
          <div className={styles.row}>
            <Button onClick={() => saveUrl(url)}>{t('saveAndLoad')}</Button>
            <Button appearance="subtle" onClick={() => saveUrl('')}>
              {t('useDefault')}
            </Button>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
