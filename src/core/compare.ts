/**
 * What changed between two versions of a job description, by meaning: a field, a duty (matched by
 * content, so renumbering or reordering alone is no change), an expected result, a right or a
 * responsibility, a requirement (a language by its level), a competency. Pure; used by the pane and jd-check.
 */
import { contentKey, pairByContent } from './compare-pairs';
import { nameKey } from './catalogue/match';
import type { Competency, Duty, JobDescription, LanguageRequirement, Located } from './model';
import { fold } from './normalize';
import { FIELD_IDS, type SectionId, type StructureProfile } from './profile-types';
import { defaultProfiles, detectProfile } from './profiles';
import { readJobDescription } from './reader';
import type { DocumentSnapshot } from './snapshot';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeWhat = 'field' | 'duty' | 'result' | 'item' | 'requirement' | 'competency';
export type RequirementPart = 'education' | 'experience' | 'computerSkills' | 'language';

export interface Change {
  /** The section's id as in the profiles. */
  section: SectionId;
  kind: ChangeKind;
  what: ChangeWhat;
  /**
   * What in the section: a field's id, a requirement's part, a competency's name, the number of
   * the duty a result belongs to (as in the new version); "purpose", "tools" or "change" for a section's text.
   */
  subject?: string;
  /** For a language requirement: the language as written ("eesti", "võõrkeel"). */
  language?: string;
  old: string | null;
  new: string | null;
  /** Where it is in the new version; for a removed item, its section's heading there (if any). */
  block?: number;
}

export interface Comparison {
  /** The profiles the two versions were read with (each detected from its own text). */
  profiles: { old: string; new: string };
  changes: Change[];
}

/** Reads both versions, each with the profile its words tell, and compares them. */
export function compareDocuments(
  oldSnapshot: DocumentSnapshot,
  newSnapshot: DocumentSnapshot,
  profiles: StructureProfile[] = defaultProfiles(),
): Comparison {
  const read = (s: DocumentSnapshot) => readJobDescription(s, detectProfile(s, profiles).profile);
  const before = read(oldSnapshot);
  const after = read(newSnapshot);
  return { profiles: { old: before.profile, new: after.profile }, changes: compareJobDescriptions(before, after) };
}

/** The changes from `before` to `after`, section by section in the profiles' order. */
export function compareJobDescriptions(before: JobDescription, after: JobDescription): Change[] {
  const changes: Change[] = [];
  const headingOf = (section: SectionId) => after.sections.find((s) => s.id === section && s.found)?.block;
  const add = (change: Change) => {
    if (change.block === undefined) delete change.block;
    changes.push(change);
  };
  const text = (section: SectionId, what: ChangeWhat, a: Located | undefined, b: Located | undefined, subject?: string) => {
    const was = a?.value.trim() || null;
    const now = b?.value.trim() || null;
    if (contentKey(was ?? '') === contentKey(now ?? '')) return;
    const kind: ChangeKind = was === null ? 'added' : now === null ? 'removed' : 'changed';
    add({ section, kind, what, ...(subject ? { subject } : {}), old: was, new: now, block: b?.block ?? headingOf(section) });
  };

  for (const id of FIELD_IDS) text('uldosa', 'field', before.fields[id], after.fields[id], id);
  text('eesmark', 'item', before.purpose, after.purpose, 'purpose');
  compareDuties(before.duties, after.duties, headingOf('ulesanded'), add);
  compareItems('oigused', before.rights, after.rights, headingOf('oigused'), add);
  compareItems('vastutus', before.responsibilities, after.responsibilities, headingOf('vastutus'), add);
  text('toovahendid', 'item', before.tools, after.tools, 'tools');
  const req = (part: 'education' | 'experience' | 'computerSkills') =>
    text('nouded', 'requirement', before.requirements[part], after.requirements[part], part);
  req('education');
  req('experience');
  compareLanguages(before.requirements.languages, after.requirements.languages, headingOf('nouded'), add);
  req('computerSkills');
  compareCompetencies(before.competencies, after.competencies, headingOf('nouded'), add);
  text('muutmine', 'item', before.changeClause, after.changeClause, 'change');
  return changes;
}

type Add = (change: Change) => void;

/** Duties paired by their task's words; a reworded task is one change, and so is each result that changed. */
function compareDuties(before: Duty[], after: Duty[], heading: number | undefined, add: Add): void {
  const duties = pairByContent(before, after, (d) => d.task);
  const paired = new Map(duties.pairs.map(([a, b]) => [b, a]));
  for (const duty of after) {
    const was = paired.get(duty);
    if (!was) {
      add({ section: 'ulesanded', kind: 'added', what: 'duty', old: null, new: duty.task, block: duty.block });
      continue;
    }
    if (contentKey(was.task) !== contentKey(duty.task)) {
      add({ section: 'ulesanded', kind: 'changed', what: 'duty', old: was.task, new: duty.task, block: duty.block });
    }
    const results = pairByContent(filled(was.results), filled(duty.results), (r) => r, 0);
    const subject = duty.number.replace(/\.$/, '');
    const result = (kind: ChangeKind, old: string | null, next: string | null) =>
      add({ section: 'ulesanded', kind, what: 'result', subject, old, new: next, block: duty.block });
    for (const [a, b] of results.pairs) if (contentKey(a) !== contentKey(b)) result('changed', a, b);
    for (const r of results.removed) result('removed', r, null);
    for (const r of results.added) result('added', null, r);
  }
  for (const duty of duties.removed) add({ section: 'ulesanded', kind: 'removed', what: 'duty', old: duty.task, new: null, block: heading });
}

function filled(texts: string[]): string[] {
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** Rights or responsibilities: items paired by content; one reworded is changed, others added or removed. */
function compareItems(section: SectionId, before: Located[], after: Located[], heading: number | undefined, add: Add): void {
  const items = pairByContent(before, after, (i) => i.value);
  for (const [a, b] of items.pairs) {
    if (contentKey(a.value) !== contentKey(b.value)) add({ section, kind: 'changed', what: 'item', old: a.value, new: b.value, block: b.block });
  }
  for (const b of items.added) add({ section, kind: 'added', what: 'item', old: null, new: b.value, block: b.block });
  for (const a of items.removed) add({ section, kind: 'removed', what: 'item', old: a.value, new: null, block: heading });
}

/** Languages by name; one changes when its level does (rewording the same level is no change). */
function compareLanguages(before: LanguageRequirement[], after: LanguageRequirement[], heading: number | undefined, add: Add): void {
  const level = (l: LanguageRequirement) => `${l.level?.toUpperCase() ?? ''}|${l.levelWord ?? ''}`;
  const language = (l: LanguageRequirement) => fold(l.language);
  const change = (kind: ChangeKind, a: LanguageRequirement | undefined, b: LanguageRequirement | undefined) =>
    add({
      section: 'nouded', kind, what: 'requirement', subject: 'language', language: (b ?? a)!.language,
      old: a?.text ?? null, new: b?.text ?? null, block: b?.block ?? heading,
    });
  const names = [...new Set([...before, ...after].map(language))];
  for (const name of names) {
    const pairs = pairByContent(before.filter((l) => language(l) === name), after.filter((l) => language(l) === name), (l) => l.text, 0);
    for (const [a, b] of pairs.pairs) if (level(a) !== level(b)) change('changed', a, b);
    for (const b of pairs.added) change('added', undefined, b);
    for (const a of pairs.removed) change('removed', a, undefined);
  }
}

/** Competencies by name; one changes when its description or bullets do. */
function compareCompetencies(before: Competency[], after: Competency[], heading: number | undefined, add: Add): void {
  const body = (c: Competency) => [c.text, ...c.bullets].map((t) => t.trim()).filter(Boolean).join(' ');
  const old = new Map<string, Competency[]>();
  for (const c of before) old.set(nameKey(c.name), [...(old.get(nameKey(c.name)) ?? []), c]);
  for (const c of after) {
    const was = old.get(nameKey(c.name))?.shift();
    if (!was) add({ section: 'nouded', kind: 'added', what: 'competency', subject: c.name, old: null, new: c.name, block: c.block });
    else if (contentKey(body(was)) !== contentKey(body(c))) {
      add({ section: 'nouded', kind: 'changed', what: 'competency', subject: c.name, old: body(was), new: body(c), block: c.block });
    }
  }
  for (const c of [...old.values()].flat().sort((a, b) => a.block - b.block)) {
    add({ section: 'nouded', kind: 'removed', what: 'competency', subject: c.name, old: c.name, new: null, block: heading });
  }
}
