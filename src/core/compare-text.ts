/** The changes in words, Estonian first: one line each, grouped by section; the same in the pane, jd-check and the reports. */
import type { Change, ChangeKind } from './compare';
import type { SectionId, StructureProfile } from './profile-types';
import type { Bilingual, Language } from './text';

/** "3" + "TEENISTUSKOHUSTUSED" → "3. Teenistuskohustused": headings in capitals are hard to read in a list. */
export function sectionLabel(number: string, title: string): string {
  const lower = title.toLocaleLowerCase('et');
  return `${number}. ${lower.charAt(0).toLocaleUpperCase('et')}${lower.slice(1)}`;
}

const SUBJECTS: Record<string, Bilingual> = {
  ametinimetus: { et: 'Ametinimetus', en: 'Position' },
  struktuuriuksus: { et: 'Struktuuriüksus', en: 'Structural unit' },
  vahetu_juht: { et: 'Vahetu juht', en: 'Line manager' },
  asendaja: { et: 'Asendaja', en: 'Substitute' },
  asendatav: { et: 'Keda asendab', en: 'Substitutes for' },
  alluvad: { et: 'Alluvad', en: 'Subordinates' },
  purpose: { et: 'Eesmärk', en: 'Purpose' },
  tools: { et: 'Töövahendid', en: 'Tools' },
  change: { et: 'Muutmise kord', en: 'Change procedure' },
  education: { et: 'Haridus', en: 'Education' },
  experience: { et: 'Töökogemus', en: 'Work experience' },
  computerSkills: { et: 'Arvutioskus', en: 'Computer skills' },
};

const KINDS: Record<ChangeKind, Bilingual> = {
  added: { et: 'lisatud', en: 'added' },
  removed: { et: 'eemaldatud', en: 'removed' },
  changed: { et: 'muudetud', en: 'changed' },
};

/** What changed, as a noun: "Vahetu juht", "Ülesande 3.2 oodatav tulemus", "Keeleoskus (eesti)". */
function noun(c: Change, lang: Language): string {
  const et = lang === 'et';
  switch (c.what) {
    case 'duty':
      return et ? 'Ülesanne' : 'Duty';
    case 'result':
      return et ? `Ülesande ${c.subject} oodatav tulemus` : `Expected result of duty ${c.subject}`;
    case 'competency':
      return c.kind === 'changed' ? (et ? `Kompetentsi „${c.subject}“ tekst` : `Text of the competency "${c.subject}"`) : et ? 'Kompetents' : 'Competency';
    case 'requirement':
      if (c.subject === 'language') return et ? `Keeleoskus (${c.language})` : `Language skills (${c.language})`;
      break;
    case 'item':
      if (c.section === 'oigused') return et ? 'Õigus' : 'Right';
      if (c.section === 'vastutus') return et ? 'Vastutus' : 'Responsibility';
      break;
  }
  return SUBJECTS[c.subject ?? '']?.[lang] ?? c.subject ?? c.what;
}

/** One change in one line: "Vahetu juht – muudetud: „A“ → „B“" / "Line manager – changed: "A" → "B"". */
export function describeChange(c: Change, lang: Language): string {
  const q = (s: string) => (lang === 'et' ? `„${s}“` : `"${s}"`);
  const what = `${noun(c, lang)} – ${KINDS[c.kind][lang]}`;
  if (c.kind === 'changed') return `${what}: ${q(c.old ?? '')} → ${q(c.new ?? '')}`;
  return `${what}: ${q((c.kind === 'added' ? c.new : c.old) ?? '')}`;
}

export interface ChangeGroup {
  section: SectionId;
  /** "3. Teenistuskohustused", from the profile. */
  title: string;
  changes: Change[];
}

/** The changes under their section's title, in the profile's order. */
export function groupChanges(changes: Change[], profile: StructureProfile): ChangeGroup[] {
  return profile.sections
    .map((s) => ({ section: s.id, title: sectionLabel(s.number, s.title), changes: changes.filter((c) => c.section === s.id) }))
    .filter((g) => g.changes.length > 0);
}

const TEXTS = {
  heading: { et: 'Ametijuhendi muudatused', en: 'Changes to the job description' },
  previous: { et: 'Eelmine versioon', en: 'Previous version' },
  current: { et: 'Uus versioon', en: 'New version' },
  none: { et: 'Sisulisi muudatusi ei ole.', en: 'No changes in substance.' },
} satisfies Record<string, Bilingual>;

export const COMPARE_TEXTS: Record<keyof typeof TEXTS, Bilingual> = TEXTS;

/**
 * The plain-text list of changes HR sends to the employee with the new version: a heading, the
 * two versions, then the changes under their sections; `notes` (e.g. that signatures were not checked) at the end.
 */
export function changeSummary(
  changes: Change[],
  profile: StructureProfile,
  lang: Language,
  versions: { old: string; new: string },
  notes: string[] = [],
): string {
  const lines = [TEXTS.heading[lang], `${TEXTS.previous[lang]}: ${versions.old}`, `${TEXTS.current[lang]}: ${versions.new}`, ''];
  const groups = groupChanges(changes, profile);
  if (groups.length === 0) lines.push(TEXTS.none[lang], '');
  for (const g of groups) lines.push(g.title, ...g.changes.map((c) => `- ${describeChange(c, lang)}`), '');
  lines.push(...notes);
  return `${lines.join('\n').trimEnd()}\n`;
}
