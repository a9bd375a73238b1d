import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { withBasis } from '../../core/apply';
import { matchCompetency } from '../../core/catalogue/match';
import { requiredCompetencies } from '../../core/catalogue/required';
import { competencyInsertPoint, competencyPlan, competencyText } from '../../core/catalogue/plan';
import { createSearchIndex } from '../../core/catalogue/search';
import type { SyncResult } from '../../core/catalogue/sync';
import type { Catalogue, CatalogueCompetency, CompetencyGroup } from '../../core/catalogue/types';
import type { Edit } from '../../core/content';
import type { DocumentHost } from '../../core/host';
import type { Location } from '../../core/snapshot';
import type { Bilingual, Language } from '../../core/text';
import { paneCatalogueSync, reloadPaneCatalogue } from '../catalogue';
import { useLang, type StringKey } from '../i18n';
import { useNotice } from '../useNotice';
import { useTask } from '../useTask';
import { paneCatalogueUrl, savePaneCatalogueUrl } from './paneCatalogue';
import { readCompetencies, useDocumentCompetencies, type DocumentCompetencies } from './useDocumentCompetencies';

export type GroupFilter = 'all' | CompetencyGroup;

/** A message of the Kompetentsid tab, gone when the document changes or another action starts (useNotice). */
export interface CompetencyNotice {
  intent: 'success' | 'info';
  text: StringKey;
}

/**
 * The Kompetentsid tab's state and I/O: the shared catalogue (the one every tab uses), the search,
 * the competency shown, which ones the document has and the organisation requires, and inserting
 * one, or all the required ones, into the document in their group.
 */
export function useCompetencies(host: DocumentHost, active: boolean) {
  const task = useTask();
  const source = useCatalogueSource();
  const catalogue = source.sync?.catalogue;
  const search = useSearch(catalogue);
  const [textLang, setTextLang] = useState<Language>('et');
  const notice = useNotice<CompetencyNotice>(host);
  const document = useDocumentCompetencies(host, catalogue, active);
  const { active: shown, levelId } = search;

  /** Reads the document, makes the edits from it, writes them, and says so with the document as they left it. */
  const write = (make: (doc: DocumentCompetencies, catalogue: Catalogue) => { edits: Edit[]; notice: CompetencyNotice; select?: Location }) =>
    void task.run(async () => {
      notice.clear();
      if (!catalogue) return;
      const snapshot = await host.read();
      const { edits, notice: said, select } = make(readCompetencies(snapshot, catalogue), catalogue);
      if (edits.length > 0) await host.apply(withBasis(edits, snapshot));
      if (select) await host.select(select);
      notice.show(said, edits.length > 0 ? await host.read() : snapshot);
      await document.refresh();
    });

  const insert = (c: CatalogueCompetency) => {
    if (!catalogue || c.status !== 'active' || task.busy) return;
    write(({ snapshot, jd, profile }, cat) => {
      const existing = jd.competencies.find((d) => matchCompetency(cat, d)?.entry.id === c.id);
      if (existing) return { edits: [], notice: { intent: 'info', text: 'competencyAlreadyThere' }, select: { block: existing.block, text: existing.name } };
      const at = competencyInsertPoint(jd, c.group, snapshot, profile);
      const edits: Edit[] = [{ kind: 'insert', at, plan: competencyPlan(c, cat.version, textLang, levelId || undefined) }];
      return { edits, notice: { intent: 'success', text: 'cursor' in at ? 'competencyInsertedAtCursor' : 'competencyInserted' } };
    });
  };
  /** Every required competency the document lacks, in one batch, in the organisation's order. */
  const insertRequired = () =>
    write(({ snapshot, jd, profile }, cat) => {
      const missing = requiredCompetencies(cat, cat.organisation?.houseRules ?? {}, jd).filter((r) => !r.present && r.entry);
      if (missing.length === 0) return { edits: [], notice: { intent: 'info', text: 'requiredThere' } };
      const edits: Edit[] = missing.map(({ entry }) => ({
        kind: 'insert',
        at: competencyInsertPoint(jd, entry!.group, snapshot, profile),
        plan: competencyPlan(entry!, cat.version, 'et'),
      }));
      return { edits, notice: { intent: 'success', text: 'requiredAdded' } };
    });
  const choose = (c: CatalogueCompetency | undefined) => {
    if (!c) return;
    search.choose(c);
    notice.clear();
  };

  return {
    ...source,
    catalogue,
    ...search,
    choose,
    textLang,
    setTextLang,
    notice: notice.notice,
    insert,
    insertRequired,
    inDocument: document.inDocument,
    required: document.required,
    task,
    replacement: shown?.replacedBy ? catalogue?.competencies.find((c) => c.id === shown.replacedBy) : undefined,
    preview: shown ? competencyText(shown, textLang, levelId || undefined) : undefined,
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
