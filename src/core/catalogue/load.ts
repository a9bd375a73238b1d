import schema from '../../../data/schemas/catalogue.schema.json';
import shipped from '../../../data/catalogue/default.json';
import { DataError, validateData } from '../schema';
import { loadProfile } from '../profiles';
import { loadOrganisation } from '../house-rules';
import { foldText } from './fold';
import type { BilingualList, Catalogue, CatalogueCompetency } from './types';

/** Profile ids a clause may name when the caller does not pass its own list. */
export const KNOWN_VARIANTS: readonly string[] = ['ametnik', 'tootaja'];

export interface LoadOptions {
  /** Profile ids clauses may apply to (default KNOWN_VARIANTS and the catalogue's own profiles). */
  variants?: readonly string[];
}

/** "competencies.3.name.en" → "competencies[kliendikesksus].name.en" when entry 3 has an id. */
function nameEntry(json: unknown, field: string): string {
  const m = /^(competencies|clauses)\.(\d+)(\.|$)(.*)$/.exec(field);
  if (!m || typeof json !== 'object' || json === null) return field;
  const list = (json as Record<string, unknown>)[m[1]];
  const entry = Array.isArray(list) ? list[Number(m[2])] : undefined;
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  const key = typeof id === 'string' && id ? id : m[2];
  return `${m[1]}[${key}]${m[3]}${m[4]}`;
}

function checkList(list: BilingualList, file: string, field: string): void {
  if (list.et.length !== list.en.length) {
    throw new DataError(file, field, `has ${list.et.length} Estonian and ${list.en.length} English items; they must match one to one`);
  }
}

/** The name-matching family: leadership competencies are listed with the standard ones. */
export function groupFamily(c: CatalogueCompetency): 'standard' | 'additional' {
  return c.group === 'additional' ? 'additional' : 'standard';
}

/**
 * Validates a catalogue (schema, then cross checks) and returns it typed. Throws a DataError
 * naming `file`, the entry by id and the field, e.g. "competencies[kliendikesksus].name.en".
 */
export function loadCatalogue(json: unknown, file: string, options: LoadOptions = {}): Catalogue {
  let catalogue: Catalogue;
  try {
    catalogue = validateData<Catalogue>(schema, json, file);
  } catch (e) {
    if (e instanceof DataError) throw new DataError(file, nameEntry(json, e.field), e.reason);
    throw e;
  }
  catalogue.profiles = catalogue.profiles?.map((json, i) => {
    const id = typeof json === 'object' && json !== null && typeof json.id === 'string' && json.id ? json.id : String(i);
    try {
      return loadProfile(json, file);
    } catch (e) {
      if (e instanceof DataError) throw new DataError(file, `profiles[${id}]${e.field ? `.${e.field}` : ''}`, e.reason);
      throw e;
    }
  });
  if (catalogue.organisation !== undefined) {
    try {
      catalogue.organisation = loadOrganisation(catalogue.organisation, file);
    } catch (e) {
      if (e instanceof DataError) throw new DataError(file, `organisation${e.field ? `.${e.field}` : ''}`, e.reason);
      throw e;
    }
  }
  const variants = options.variants ?? [...KNOWN_VARIANTS, ...(catalogue.profiles ?? []).map((p) => p.id)];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const c of catalogue.competencies) {
    const at = `competencies[${c.id}]`;
    if (ids.has(c.id)) throw new DataError(file, `${at}.id`, 'is used by another competency');
    ids.add(c.id);
    checkList(c.indicators, file, `${at}.indicators`);
    if (c.group !== 'additional' && c.indicators.et.length === 0) {
      throw new DataError(file, `${at}.indicators`, 'must list at least one indicator for a standard or leadership competency');
    }
    const levelIds = new Set<string>();
    (c.levels ?? []).forEach((level) => {
      const lat = `${at}.levels[${level.id}]`;
      if (levelIds.has(level.id)) throw new DataError(file, `${lat}.id`, 'is used by another level of this competency');
      levelIds.add(level.id);
      checkList(level.indicators, file, `${lat}.indicators`);
    });
    if (c.status === 'active') {
      if (c.replacedBy) throw new DataError(file, `${at}.replacedBy`, 'is only for retired competencies');
      for (const lang of ['et', 'en'] as const) {
        const key = `${groupFamily(c)}:${foldText(c.name[lang])}`;
        const other = names.get(key);
        if (other) throw new DataError(file, `${at}.name.${lang}`, `is also the name of "${other}" in the same group`);
        names.set(key, c.id);
      }
    }
  }
  for (const c of catalogue.competencies) {
    if (c.replacedBy === undefined) continue;
    const field = `competencies[${c.id}].replacedBy`;
    if (c.replacedBy === c.id) throw new DataError(file, field, 'cannot refer to the competency itself');
    if (!ids.has(c.replacedBy)) throw new DataError(file, field, `refers to "${c.replacedBy}", which is not in the catalogue`);
  }
  const clauseIds = new Set<string>();
  for (const clause of catalogue.clauses) {
    const at = `clauses[${clause.id}]`;
    if (clauseIds.has(clause.id)) throw new DataError(file, `${at}.id`, 'is used by another clause');
    clauseIds.add(clause.id);
    checkList(clause.items, file, `${at}.items`);
    const unknown = clause.variants.find((v) => !variants.includes(v));
    if (unknown) throw new DataError(file, `${at}.variants`, `names "${unknown}"; known variants are ${variants.join(', ')}`);
  }
  return catalogue;
}

let shippedCatalogue: Catalogue | undefined;

/** The catalogue shipped with the add-in (data/catalogue/default.json), validated once. */
export function defaultCatalogue(): Catalogue {
  shippedCatalogue ??= loadCatalogue(shipped, 'data/catalogue/default.json');
  return shippedCatalogue;
}
