import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { withBasis } from '../../core/apply';
import type { DocumentHost } from '../../core/host';
import type { Bilingual, Language } from '../../core/text';
import type { CatalogueCompetency, CompetencyGroup } from '../../core/catalogue/types';
import type { SyncResult } from '../../core/catalogue/sync';
import { createSearchIndex } from '../../core/catalogue/search';
import { competencyInsertPoint, competencyPlan, competencyText } from '../../core/catalogue/plan';
import { matchCompetency } from '../../core/catalogue/match';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import { useLang } from '../i18n';
import { errorText } from '../useTask';
import { noteError } from '../diagnostics';
import { loadPaneCatalogue, paneCatalogueUrl, savePaneCatalogueUrl } from './paneCatalogue';
import { S } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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

type GroupFilter = 'all' | CompetencyGroup;

const GROUP_NAMES: Record<CompetencyGroup, Bilingual> = {
  standard: S.groupStandard,
  leadership: S.groupLeadership,
  additional: S.groupAdditional,
};

/** Kompetentsid: find a competency in the shared catalogue, preview it and insert it in its group. */
export default function CompetenciesTab({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const lang = useLang();
  const t = (text: Bilingual) => text[lang];
  const listId = useId('competencies');

  const [sync, setSync] = useState<SyncResult>();
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<GroupFilter>('all');
  const [activeId, setActiveId] = useState<string>();
  const [levelId, setLevelId] = useState<string>('');
  const [textLang, setTextLang] = useState<Language>('et');
  const [notice, setNotice] = useState<{ intent: 'success' | 'info' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState(() => paneCatalogueUrl() ?? '');
  const [urlError, setUrlError] = useState<Bilingual>();
  const loads = useRef(0);

  const load = useCallback(async () => {
    const id = ++loads.current;
    setSync(undefined);
    const result = await loadPaneCatalogue();
    if (id === loads.current) setSync(result);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const catalogue = sync?.catalogue;
  const index = useMemo(() => (catalogue ? createSearchIndex(catalogue, lang) : undefined), [catalogue, lang]);
  const results = useMemo(() => {
    if (!index) return [];
    return index.search(query).filter((c) => group === 'all' || c.group === group);
  }, [index, query, group]);

  const active = results.find((c) => c.id === activeId) ?? results[0];
  const activeIndex = active ? results.indexOf(active) : -1;

  const choose = (c: CatalogueCompetency | undefined) => {
    if (!c) return;
    setActiveId(c.id);
    setLevelId('');
    setNotice(undefined);
  };

  /** Arrows move through the list and Enter inserts, from the search box or the list; Home/End only in the list (in the box they move the caret). */
  const onListKey = (e: KeyboardEvent, inList: boolean) => {
    if (results.length === 0) return;
    const move: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1 };
    if (inList) Object.assign(move, { Home: 0, End: results.length - 1 });
    if (e.key in move) {
      e.preventDefault();
      const next = Math.max(0, Math.min(results.length - 1, move[e.key]));
      choose(results[next]);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter' && active) {
      e.preventDefault();
      void insert(active);
    }
  };

  const insert = async (c: CatalogueCompetency) => {
    if (!catalogue || c.status !== 'active' || busy) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const snapshot = await host.read();
      const { profile } = detectProfile(snapshot, profilesFor(catalogue));
      const jd = readJobDescription(snapshot, profile);
      const existing = jd.competencies.find((d) => matchCompetency(catalogue, d)?.entry.id === c.id);
      if (existing) {
        await host.select({ block: existing.block, text: existing.name });
        setNotice({ intent: 'info', text: t(S.alreadyThere) });
        return;
      }
      const at = competencyInsertPoint(jd, c.group, snapshot, profile);
      await host.apply(withBasis([{ kind: 'insert', at, plan: competencyPlan(c, catalogue.version, textLang, levelId || undefined) }], snapshot));
      setNotice({ intent: 'success', text: t('cursor' in at ? S.insertedAtCursor : S.inserted) });
    } catch (e) {
      noteError(e);
      setNotice({ intent: 'error', text: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  };

  const saveUrl = (value: string) => {
    const error = savePaneCatalogueUrl(value);
    setUrlError(error);
    if (!error) {
      setUrl(paneCatalogueUrl() ?? '');
      void load();
    }
  };

  const replacement = active?.replacedBy ? catalogue?.competencies.find((c) => c.id === active.replacedBy) : undefined;
  const preview = active ? competencyText(active, textLang, levelId || undefined) : undefined;

  return (
    <div className={styles.root}>
      {!sync && <Spinner size="tiny" label={t(S.loadingCatalogue)} />}
      {sync && !sync.stale && (
        <Caption1 className={styles.status} role="status">
          {t(sync.status)}
        </Caption1>
      )}
      {sync?.stale && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t(sync.status)}</MessageBarBody>
        </MessageBar>
      )}

      {catalogue && (
        <>
          <Field label={t(S.searchLabel)}>
            <SearchBox
              value={query}
              placeholder={t(S.searchPlaceholder)}
              onChange={(_, data) => {
                setQuery(data.value);
                setActiveId(undefined);
                setLevelId('');
              }}
              onKeyDown={(e) => onListKey(e, false)}
              aria-controls={listId}
              aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
            />
          </Field>

          {/* A drop-down, not radio buttons: four group names do not fit side by side in a 320 px pane. */}
          <Field label={t(S.groupLabel)}>
            <Select value={group} onChange={(_, data) => setGroup(data.value as GroupFilter)}>
              <option value="all">{t(S.groupAll)}</option>
              <option value="standard">{t(S.groupStandard)}</option>
              <option value="leadership">{t(S.groupLeadership)}</option>
              <option value="additional">{t(S.groupAdditional)}</option>
            </Select>
          </Field>

          <Caption1 aria-live="polite">{`${results.length} ${t(S.results)}`}</Caption1>
          {results.length === 0 ? (
            <Text>{t(S.noResults)}</Text>
          ) : (
            <ul
              id={listId}
              role="listbox"
              aria-label={t(S.listLabel)}
              aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
              tabIndex={0}
              className={styles.list}
              onKeyDown={(e) => onListKey(e, true)}
            >
              {results.map((c, i) => (
                <li
                  key={c.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={c === active}
                  className={mergeClasses(styles.option, c === active && styles.active)}
                  onClick={() => choose(c)}
                  onDoubleClick={() => void insert(c)}
                >
                  <span>{c.name[lang]}</span>
                  <span>
                    {c.status === 'retired' ? (
                      <Badge appearance="outline" color="warning">
                        {t(S.retired)}
                      </Badge>
                    ) : (
                      <Caption1>{t(GROUP_NAMES[c.group])}</Caption1>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}

          {active && preview && (
            <section className={styles.preview} aria-label={active.name[lang]}>
              <Subtitle2>{preview.name}</Subtitle2>
              {active.status === 'retired' && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {t(S.retiredUse)}{' '}
                    {replacement ? (
                      <Button appearance="transparent" size="small" onClick={() => choose(replacement)}>
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
              {active.levels && active.levels.length > 0 && (
                <Field label={t(S.wording)}>
                  <RadioGroup layout="horizontal" value={levelId} onChange={(_, data) => setLevelId(data.value)}>
                    <Radio value="" label={t(S.wordingBase)} />
                    {active.levels.map((l) => (
                      <Radio key={l.id} value={l.id} label={l.name[lang]} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
              <Field label={t(S.textLanguage)}>
                <RadioGroup layout="horizontal" value={textLang} onChange={(_, data) => setTextLang(data.value as Language)}>
                  <Radio value="et" label={t(S.estonian)} />
                  <Radio value="en" label={t(S.english)} />
                </RadioGroup>
              </Field>
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy || active.status !== 'active'} onClick={() => void insert(active)}>
                  {t(S.insert)}
                </Button>
                {busy && <Spinner size="tiny" />}
              </div>
            </section>
          )}
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1 className={styles.status}>{`${t(S.version)} ${catalogue.version} (${catalogue.published})`}</Caption1>
        </>
      )}

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{t(S.settings)}</AccordionHeader>
          <AccordionPanel>
            <Field
              label={t(S.urlLabel)}
              validationState={urlError ? 'error' : 'none'}
              validationMessage={urlError ? t(urlError) : undefined}
            >
              <Input type="url" value={url} onChange={(_, data) => setUrl(data.value)} />
            </Field>
            <div className={styles.row}>
              <Button onClick={() => saveUrl(url)}>{t(S.save)}</Button>
              <Button appearance="subtle" onClick={() => saveUrl('')}>
                {t(S.useDefault)}
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
