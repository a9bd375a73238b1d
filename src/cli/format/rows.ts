/** One row per document for the folder report (HTML) and its CSV: who, where, what state, what to fix. */
import { driftedCompetencies } from '../../core/catalogue/match';
import type { Catalogue } from '../../core/catalogue/types';
import type { Severity } from '../../core/findings';
import type { Bilingual, Language } from '../../core/text';
import { isOk, type FileReport } from './types';

/** Ready for signature (no error), has errors, not a job description (or not in Estonian), or not read at all. */
export type DocumentStatus = 'ready' | 'errors' | 'not-jd' | 'unreadable';

export const STATUS_LABELS: Record<DocumentStatus, Bilingual> = {
  ready: { et: 'Valmis allkirjastamiseks', en: 'Ready for signing' },
  errors: { et: 'Vigadega', en: 'Has errors' },
  'not-jd': { et: 'Ei ole ametijuhend', en: 'Not a job description' },
  unreadable: { et: 'Ei saa lugeda', en: 'Cannot be read' },
};

export const SEVERITY_LABELS: Record<Severity, Bilingual> = {
  error: { et: 'viga', en: 'error' },
  warning: { et: 'hoiatus', en: 'warning' },
  info: { et: 'märkus', en: 'note' },
};

export interface DocumentRow {
  file: string;
  /** The struktuuriüksus field; empty when the document gives none. */
  unit: string;
  /** The profile's id ("ametnik", "tootaja"); empty for an unreadable file. */
  profile: string;
  position: string;
  manager: string;
  status: DocumentStatus;
  findings: { rule: string; severity: Severity; message: string }[];
  /** Names of the competencies whose text differs from the catalogue's. */
  drift: string[];
  /** Why the file could not be read. */
  error?: string;
}

/** The row of one checked (or unreadable) file; `catalogue` tells which competencies have drifted. */
export function documentRow(report: FileReport, lang: Language, catalogue?: Catalogue): DocumentRow {
  const r = report.result;
  if (!r) {
    return { file: report.file, unit: '', profile: '', position: '', manager: '', status: 'unreadable', findings: [], drift: [], error: report.error ?? '' };
  }
  const field = (id: 'struktuuriuksus' | 'ametinimetus' | 'vahetu_juht') => r.jd.fields[id]?.value.replace(/\s+/g, ' ').trim() ?? '';
  const status: DocumentStatus = !r.isJobDescription ? 'not-jd' : isOk(report) ? 'ready' : 'errors';
  return {
    file: report.file,
    unit: field('struktuuriuksus'),
    profile: r.profile.id,
    position: field('ametinimetus'),
    manager: field('vahetu_juht'),
    status,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[lang] })),
    drift: catalogue && r.isJobDescription ? [...new Set(driftedCompetencies(catalogue, r.jd.competencies).map((d) => d.competency.name.trim()))] : [],
  };
}

/** How many findings of each severity. */
export function severityCounts(row: DocumentRow): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of row.findings) counts[f.severity]++;
  return counts;
}
