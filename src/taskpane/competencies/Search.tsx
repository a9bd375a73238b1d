import type { KeyboardEvent } from 'react';
import { Badge, Caption1, Field, Select, SearchBox, Text, mergeClasses, useId } from '@fluentui/react-components';
import type { CatalogueCompetency, CompetencyGroup } from '../../core/catalogue/types';
import { competencyKey } from '../../core/rules/competency-names';
import { countOf, useLang, useStrings, type StringKey } from '../i18n';
import { useCompetencyStyles } from './competencyStyles';
import type { CompetenciesState, GroupFilter } from './useCompetencies';

export const GROUP_NAMES: Record<CompetencyGroup, StringKey> = { standard: 'groupStandard', leadership: 'groupLeadership', additional: 'groupAdditional' };

type Props = { state: CompetenciesState };

/** Where a key moves the choice in a list of `count`, from `at`; Home and End only in the list (in the box they move the caret). */
function keyTarget(key: string, inList: boolean, at: number, count: number): number | undefined {
  const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, ...(inList ? { Home: 0, End: count - 1 } : {}) };
  return key in moves ? Math.max(0, Math.min(count - 1, moves[key])) : undefined;
}

export function Search({ state }: Props) {
  const t = useStrings();
  const lang = useLang();
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
      <Caption1 aria-live="polite">{countOf(results.length, 'result', lang)}</Caption1>
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
  const styles = useCompetencyStyles();
  const t = useStrings();
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
          <OptionText c={c} state={state} />
        </li>
      ))}
    </ul>
  );
}

/** An entry's name, its group (which tells apart two of one name) and whether it is required or already in the document. */
function OptionText({ c, state }: { c: CatalogueCompetency } & Props) {
  const styles = useCompetencyStyles();
  const t = useStrings();
  const lang = useLang();
  const required = state.required.some((r) => r.entry?.id === c.id);
  return (
    <>
      <span className={styles.optionName}>{c.name[lang]}</span>
      <span className={styles.optionMarks}>
        {required && <Badge appearance="tint" color="brand">{t('badgeRequired')}</Badge>}
        {state.inDocument.has(c.id) && <Badge appearance="tint" color="success">{t('badgeInDocument')}</Badge>}
        {c.status === 'retired' ? (
          <Badge appearance="outline" color="warning">
            {t('retired')}
          </Badge>
        ) : (
          <Caption1>{t(GROUP_NAMES[c.group])}</Caption1>
        )}
      </span>
    </>
  );
}

/** True when another entry of the catalogue has the same name (then its group is said with it). */
export function hasNamesake(state: CompetenciesState, c: CatalogueCompetency): boolean {
  return !!state.catalogue?.competencies.some((o) => o.id !== c.id && competencyKey(o.name.et) === competencyKey(c.name.et));
}
