import type { KeyboardEvent } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  SearchBox,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { CompetencyGroup } from '../../core/catalogue/types';
import type { DocumentHost } from '../../core/host';
import type { Language } from '../../core/text';
import { ErrorBar } from '../ErrorBar';
import { useLang, useStrings, type StringKey } from '../i18n';
import { useCompetencies, type CompetenciesState, type GroupFilter } from './useCompetencies';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '40vh',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

const GROUP_NAMES: Record<CompetencyGroup, StringKey> = { standard: 'groupStandard', leadership: 'groupLeadership', additional: 'groupAdditional' };

type Props = { state: CompetenciesState };

/** Kompetentsid: find a competency in the shared catalogue, preview it and insert it in its group. State and I/O: ./useCompetencies.ts. */
export default function CompetenciesTab({ host }: { host: DocumentHost }) {
  const state = useCompetencies(host);
  const styles = useStyles();
  const t = useStrings();
  const { catalogue, task, notice } = state;
  return (
    <div className={styles.root}>
      <CatalogueStatus state={state} />
      {catalogue && (
        <>
          <Search state={state} />
          {state.active && state.preview && <Preview state={state} />}
          <ErrorBar error={task.error} onDismiss={task.clearError} />
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{t(notice.text)}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1 className={styles.status}>{`${t('catalogueVersion')} ${catalogue.version} (${catalogue.published})`}</Caption1>
        </>
      )}
      <AddressSettings state={state} />
    </div>
  );
}

function CatalogueStatus({ state: { sync, catalogueError } }: Props) {
  const styles = useStyles();
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

/** Where a key moves the choice in a list of `count`, from `at`; Home and End only in the list (in the box they move the caret). */
function keyTarget(key: string, inList: boolean, at: number, count: number): number | undefined {
  const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, ...(inList ? { Home: 0, End: count - 1 } : {}) };
  return key in moves ? Math.max(0, Math.min(count - 1, moves[key])) : undefined;
}

function Search({ state }: Props) {
  const t = useStrings();
  const listId = useId('competencies');
  const { results, activeIndex, active } = state;
  const optionId = (i: number) => `${listId}-${i}`;

  /** Arrows move through the list and Enter inserts, from the search box or the list. */
  const onKey = (e: KeyboardEvent, inList: boolean) => {
    if (results.length === 0) return;
    const next = keyTarget(e.key, inList, activeIndex, results.length);
    if (next !== undefined) {
      e.preventDefault();
      state.choose(results[next]);
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter' && active) {
      e.preventDefault();
      state.insert(active);
    }
  };
  const activeDescendant = activeIndex >= 0 ? optionId(activeIndex) : undefined;

  return (
    <>
      <Field label={t('searchLabel')}>
        <SearchBox
          value={state.query}
          placeholder={t('searchPlaceholder')}
          onChange={(_, data) => state.setQuery(data.value)}
          onKeyDown={(e) => onKey(e, false)}
          aria-controls={listId}
          aria-activedescendant={activeDescendant}
        />
      </Field>
      {/* A drop-down, not radio buttons: four group names do not fit side by side in a 320 px pane. */}
      <Field label={t('groupLabel')}>
        <Select value={state.group} onChange={(_, data) => state.setGroup(data.value as GroupFilter)}>
          <option value="all">{t('groupAll')}</option>
          <option value="standard">{t('groupStandard')}</option>
          <option value="leadership">{t('groupLeadership')}</option>
          <option value="additional">{t('groupAdditional')}</option>
        </Select>
      </Field>
      <Caption1 aria-live="polite">{`${results.length} ${t('results')}`}</Caption1>
      {results.length === 0 ? (
        <Text>{t('noResults')}</Text>
      ) : (
        <ResultList state={state} listId={listId} optionId={optionId} activeDescendant={activeDescendant} onKeyDown={(e) => onKey(e, true)} />
      )}
    </>
  );
}

function ResultList({ state, listId, optionId, activeDescendant, onKeyDown }: Props & {
  listId: string;
  optionId: (i: number) => string;
  activeDescendant?: string;
  onKeyDown: (e: KeyboardEvent) => void;
}) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  return (
    <ul id={listId} role="listbox" aria-label={t('competencyList')} aria-activedescendant={activeDescendant} tabIndex={0} className={styles.list} onKeyDown={onKeyDown}>
      {state.results.map((c, i) => (
        <li
          key={c.id}
          id={optionId(i)}
          role="option"
          aria-selected={c === state.active}
          className={mergeClasses(styles.option, c === state.active && styles.active)}
          onClick={() => state.choose(c)}
          onDoubleClick={() => state.insert(c)}
        >
          <span>{c.name[lang]}</span>
          <span>
            {c.status === 'retired' ? (
              <Badge appearance="outline" color="warning">
                {t('retired')}
              </Badge>
            ) : (
              <Caption1>{t(GROUP_NAMES[c.group])}</Caption1>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Preview({ state }: Props) {
  const styles = useStyles();
  const t = useStrings();
  const lang = useLang();
  const { replacement, task } = state;
  const active = state.active!;
  const preview = state.preview!;
  return (
    <section className={styles.preview} aria-label={active.name[lang]}>
      <Subtitle2>{preview.name}</Subtitle2>
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
      <div className={styles.row}>
        <Button appearance="primary" disabled={task.busy || active.status !== 'active'} onClick={() => state.insert(active)}>
          {t('insertCompetency')}
        </Button>
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

function AddressSettings({ state: { url, setUrl, urlError, saveUrl } }: Props) {
  const styles = useStyles();
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
