/** The folder report's texts, Estonian and English: written into the page, and read there by its script. */
import type { Severity } from '../../core/findings';
import type { Language } from '../../core/text';
import { SEVERITY_LABELS, STATUS_LABELS, type DocumentStatus } from './rows';

const et = {
  title: 'Ametijuhendite ülevaade',
  source: 'Kaust',
  generated: 'Koostatud',
  catalogue: 'Kataloog',
  noscript: 'Aruande kokkuvõte ja tabel vajavad JavaScripti. Sama sisu tabelina: jd-check --format csv.',
  summary: 'Kokkuvõte',
  documents: 'Dokumente',
  common: 'Sagedasemad leiud',
  commonNone: 'Leide ei ole.',
  drift: 'Kataloogist erineva tekstiga kompetentsid',
  driftNone: 'Kõigi kataloogi kompetentside tekst vastab kataloogile.',
  unreadableList: 'Failid, mida ei saanud lugeda',
  inDocuments: '{n} dokumendis',
  inDocument: '{n} dokumendis',
  times: '{n} korda',
  once: '1 kord',
  units: 'üksused',
  show: 'Näita',
  byUnit: 'Dokumendid struktuuriüksuste kaupa',
  filters: 'Valik',
  search: 'Otsi',
  all: 'Kõik',
  status: 'Olek',
  unit: 'Struktuuriüksus',
  rule: 'Leid',
  competency: 'Kompetents',
  clear: 'Tühista valik',
  file: 'Fail',
  profile: 'Liik',
  position: 'Ametinimetus',
  manager: 'Vahetu juht',
  findings: 'Leiud',
  noUnit: '(struktuuriüksus märkimata)',
  showing: 'Näitan dokumente {from}–{to}, valikus {total}, kokku {all}.',
  none: 'Ükski dokument ei vasta valikule.',
  prev: 'Eelmine',
  next: 'Järgmine',
  page: 'Lehekülg {page} / {pages}',
  perPage: 'Ridu lehel',
  pager: 'Lehekülgede vahel liikumine',
  noFindings: 'Leide ei ole',
  driftIn: 'Kataloogist erinev tekst',
};

export type ReportLabels = typeof et & {
  statuses: Record<DocumentStatus, string>;
  /** A severity's name ("viga") and its words after a number ("1 hoiatus", "2 hoiatust"). */
  severities: Record<Severity, { name: string; one: string; many: string }>;
};

const en: typeof et = {
  title: 'Job descriptions: overview',
  source: 'Folder',
  generated: 'Made',
  catalogue: 'Catalogue',
  noscript: 'The summary and the table of this report need JavaScript. The same as a table: jd-check --format csv.',
  summary: 'Summary',
  documents: 'Documents',
  common: 'Most common findings',
  commonNone: 'No findings.',
  drift: 'Competencies whose text differs from the catalogue',
  driftNone: 'The text of every catalogue competency matches the catalogue.',
  unreadableList: 'Files that could not be read',
  inDocuments: 'in {n} documents',
  inDocument: 'in {n} document',
  times: '{n} times',
  once: 'once',
  units: 'units',
  show: 'Show',
  byUnit: 'Documents by structural unit',
  filters: 'Selection',
  search: 'Search',
  all: 'All',
  status: 'Status',
  unit: 'Structural unit',
  rule: 'Finding',
  competency: 'Competency',
  clear: 'Clear the selection',
  file: 'File',
  profile: 'Kind',
  position: 'Position',
  manager: 'Line manager',
  findings: 'Findings',
  noUnit: '(no structural unit given)',
  showing: 'Showing documents {from}–{to} of {total} selected, {all} in all.',
  none: 'No document matches the selection.',
  prev: 'Previous',
  next: 'Next',
  page: 'Page {page} of {pages}',
  perPage: 'Rows per page',
  pager: 'Pages',
  noFindings: 'No findings',
  driftIn: 'Differs from the catalogue',
};

/** Words after a number, as the pane says them: "1 viga", "2 viga"; "1 hoiatus", "2 hoiatust". */
const COUNT_WORDS: Record<Language, Record<Severity, [string, string]>> = {
  et: { error: ['viga', 'viga'], warning: ['hoiatus', 'hoiatust'], info: ['märkus', 'märkust'] },
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] },
};

export function reportLabels(lang: Language): ReportLabels {
  const statuses = {} as Record<DocumentStatus, string>;
  for (const [status, label] of Object.entries(STATUS_LABELS)) statuses[status as DocumentStatus] = label[lang];
  const severities = {} as ReportLabels['severities'];
  for (const [severity, label] of Object.entries(SEVERITY_LABELS)) {
    const [one, many] = COUNT_WORDS[lang][severity as Severity];
    severities[severity as Severity] = { name: label[lang], one, many };
  }
  return { ...(lang === 'et' ? et : en), statuses, severities };
}
