import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { withBasis } from '../../core/apply';
import { matchCompetency } from '../../core/catalogue/match';
import { competencyInsertPoint, competencyPlan, competencyText } from '../../core/catalogue/plan';
import { createSearchIndex } from '../../core/catalogue/search';
import type { SyncResult } from '../../core/catalogue/sync';
import type { Catalogue, CatalogueCompetency, CompetencyGroup } from '../../core/catalogue/types';
import type { DocumentHost } from '../../core/host';
import { detectProfile, profilesFor } from '../../core/profiles';
import { readJobDescription } from '../../core/reader';
import type { Bilingual, Language } from '../../core/text';
import { paneCatalogueSync, reloadPaneCatalogue } from '../catalogue';
import { useLang, type StringKey } from '../i18n';
import { useTask } from '../useTask';
import { paneCatalogueUrl, savePaneCatalogueUrl } from './paneCatalogue';

export type GroupFilter = 'all' | CompetencyGroup;

/**
 * The Kompetentsid tab's state and I/O: the shared catalogue (the one every tab uses), the search,
 * the competency shown, and inserting it into the document in its group.
 */
export function useCompetencies(host: DocumentHost) {
  const task = useTask();
  const source = useCatalogueSource();
  const catalogue = source.sync?.catalogue;
  const search = useSearch(catalogue);
  const [textLang, setTextLang] = useState<Language>('et');
  const [notice, setNotice] = useState<{ intent: 'success' | 'info'; text: StringKey }>();
  const { active, levelId } = search;

  const insert = (c: CatalogueCompetency) => {
    if (!catalogue || c.status !== 'active' || task.busy) return;
    setNotice(undefined);
    void task.run(async () => {
      const snapshot = await host.read();
      const { profile } = detectProfile(snapshot, profilesFor(catalogue));
      const jd = readJobDescription(snapshot, profile);
      const existing = jd.competencies.find((d) => matchCompetency(catalogue, d)?.entry.id === c.id);
      if (existing) {
        await host.select({ block: existing.block, text: existing.name });
        setNotice({ intent: 'info', text: 'competencyAlreadyThere' });
        return;
      }
      const at = competencyInsertPoint(jd, c.group, snapshot, profile);
      await host.apply(withBasis([{ kind: 'insert', at, plan: competencyPlan(c, catalogue.version, textLang, levelId || undefined) }], snapshot));
      setNotice({ intent: 'success', text: 'cursor' in at ? 'competencyInsertedAtCursor' : 'competencyInserted' });
    });
  };
  const choose = (c: CatalogueCompetency | undefined) => {
    if (!c) return;
    search.choose(c);
    setNotice(undefined);
  };

  return {
    ...source,
    catalogue,
    ...search,
    choose,
    textLang,
    setTextLang,
    notice,
    insert,
    task,
    replacement: active?.replacedBy ? catalogue?.competencies.find((c) => c.id === active.replacedBy) : undefined,
    preview: active ? competencyText(active, textLang, levelId || undefined) : undefined,
  };
}

export type CompetenciesState = ReturnType<typeof useCompetencies>;

/** The catalogue and its address: loaded on open, and again when the address is saved. */
function useCatalogueSource() {
  const [sync, setSync] = useState<SyncResult>();
  const [error, setError] = useState<unknown>();
  const [url, setUrl] = useState(() => paneCatalogueUrl() ?? '');
  const [urlError, setUrlError] = useState<Bilingual>();
  const loads = useRef(0);

  const load = useCallback(async () => {
    const id = ++loads.current;
    setSync(undefined);
    setError(undefined);
    try {
      const result = await paneCatalogueSync();
      if (id === loads.current) setSync(result);
    } catch (e) {
      if (id === loads.current) setError(e);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const saveUrl = (value: string) => {
    const invalid = savePaneCatalogueUrl(value);
    setUrlError(invalid);
    if (invalid) return;
    setUrl(paneCatalogueUrl() ?? '');
    reloadPaneCatalogue(); // saving loads again, also from the same address
    void load();
  };
  return { sync, catalogueError: error, url, setUrl, urlError, saveUrl };
}

/** The search: query and group, the results, and the competency chosen among them with its wording. */
function useSearch(catalogue: Catalogue | undefined) {
  const lang = useLang();
  const [query, setQueryState] = useState('');
  const [group, setGroup] = useState<GroupFilter>('all');
  const [activeId, setActiveId] = useState<string>();
  const [levelId, setLevelId] = useState('');
  const index = useMemo(() => (catalogue ? createSearchIndex(catalogue, lang) : undefined), [catalogue, lang]);
  const results = useMemo(() => (index ? index.search(query).filter((c) => group === 'all' || c.group === group) : []), [index, query, group]);
  const active = results.find((c) => c.id === activeId) ?? results[0];

  const setQuery = (value: string) => {
    setQueryState(value);
    setActiveId(undefined);
    setLevelId('');
  };
  const choose = (c: CatalogueCompetency) => {
    setActiveId(c.id);
    setLevelId('');
  };
  return { query, setQuery, group, setGroup, results, active, activeIndex: active ? results.indexOf(active) : -1, choose, levelId, setLevelId };
}
