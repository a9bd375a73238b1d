import type { ContentBlock, ContentPlan, InsertPoint } from '../content';
import type { Competency, JobDescription } from '../model';
import { stripBullet } from '../normalize';
import type { StructureProfile } from '../profile-types';
import type { DocumentSnapshot } from '../snapshot';
import type { Language } from '../text';
import { competencyTag } from '../tags';
import { foldText } from './fold';
import { groupFamily } from './load';
import type { Catalogue, CatalogueCompetency, Clause, CompetencyGroup } from './types';

/** The text a competency is written with: the name, then bullets (standard) or a description (additional). */
export interface CompetencyText {
  name: string;
  /** Indicators for the standard and leadership groups; empty for additional ones. */
  bullets: string[];
  /** The description for additional competencies; empty for the others. */
  text: string;
}

/** The entry's text in one language, at a level when `levelId` names one of its levels. */
export function competencyText(c: CatalogueCompetency, lang: Language, levelId?: string): CompetencyText {
  const level = levelId ? c.levels?.find((l) => l.id === levelId) : undefined;
  const name = (level?.heading ?? c.name)[lang];
  if (groupFamily(c) === 'additional') return { name, bullets: [], text: (level?.description ?? c.description)[lang] };
  return { name, bullets: (level?.indicators ?? c.indicators)[lang], text: '' };
}

/** Every accepted wording of an entry: the entry's own, then each level's. */
export function competencyTexts(c: CatalogueCompetency, lang: Language): { levelId?: string; text: CompetencyText }[] {
  return [{ text: competencyText(c, lang) }, ...(c.levels ?? []).map((l) => ({ levelId: l.id, text: competencyText(c, lang, l.id) }))];
}


/**
 * A competency as the seeds write it: standard and leadership ones as a paragraph "Name:"
 * followed by the indicators as bullets; additional ones as one bullet "Name: description".
 * Text stays plain strings; the adapters never interpret it as markup.
 */
export function competencyPlan(c: CatalogueCompetency, catalogueVersion: string, lang: Language, levelId?: string): ContentPlan {
  const t = competencyText(c, lang, levelId);
  const blocks: ContentBlock[] =
    groupFamily(c) === 'additional'
      ? [{ type: 'bullet', text: `${t.name}: ${t.text}` }]
      : [{ type: 'paragraph', text: `${t.name}:` }, ...t.bullets.map((text): ContentBlock => ({ type: 'bullet', text }))];
  return { tag: competencyTag(c.id, catalogueVersion), title: t.name, blocks };
}

/**
 * The last block of a competency in the document: the blocks after its name whose text belongs
 * to it (a bullet, or a line its text was wrapped onto). Without a snapshot, one block per bullet.
 */
export function competencyEnd(c: Competency, snapshot?: DocumentSnapshot): number {
  if (!snapshot) return c.block + c.bullets.length;
  const body = foldText([c.text, ...c.bullets].join(' '));
  let end = c.block;
  for (let i = c.block + 1; i < snapshot.blocks.length; i++) {
    const text = foldText(stripBullet(snapshot.blocks[i].text));
    if (!text || !body.includes(text)) break;
    end = i;
  }
  return end;
}

/** The block of a group heading ("Tööks vajalikud kompetentsid") inside the requirements section. */
function groupHeadingBlock(
  jd: JobDescription,
  family: 'standard' | 'additional',
  snapshot?: DocumentSnapshot,
  profile?: StructureProfile,
): number | undefined {
  if (!snapshot || !profile) return undefined;
  const labels = (family === 'additional' ? profile.requirements.additionalCompetencies : profile.requirements.competencies).map(foldText);
  const section = jd.sections.find((s) => s.id === 'nouded' && s.found);
  const from = section?.block ?? 0;
  const to = section?.endBlock ?? snapshot.blocks.length - 1;
  for (let i = from; i <= to && i < snapshot.blocks.length; i++) {
    const text = foldText(snapshot.blocks[i].text).replace(/:$/, '').trim();
    if (text && labels.includes(text)) return i;
  }
  return undefined;
}

/**
 * Where a new competency of `group` goes: after the last competency of that group (leadership
 * counts as standard) in the requirements section; else after the group's heading (found when
 * the snapshot and profile are given); a standard one goes before the additional group when
 * only that exists; else after the requirements section; else at the cursor.
 */
export function competencyInsertPoint(
  jd: JobDescription,
  group: CompetencyGroup,
  snapshot?: DocumentSnapshot,
  profile?: StructureProfile,
): InsertPoint {
  const family = group === 'additional' ? 'additional' : 'standard';
  const same = jd.competencies.filter((c) => c.group === family);
  const last = same[same.length - 1];
  if (last) return { after: competencyEnd(last, snapshot) };
  const heading = groupHeadingBlock(jd, family, snapshot, profile);
  if (heading !== undefined) return { after: heading };
  if (family === 'standard') {
    const additionalHeading = groupHeadingBlock(jd, 'additional', snapshot, profile);
    const firstAdditional = jd.competencies.find((c) => c.group === 'additional');
    const before = additionalHeading ?? firstAdditional?.block;
    if (before !== undefined) return { before };
  }
  const requirements = jd.sections.find((s) => s.id === 'nouded' && s.found && s.block !== undefined);
  if (requirements) return { after: requirements.endBlock ?? (requirements.block as number) };
  return { cursor: true };
}

/** The standard clauses for a profile, optionally of one section, in catalogue order. */
export function clausesFor(catalogue: Catalogue, profileId: string, section?: string): Clause[] {
  return catalogue.clauses.filter((c) => c.variants.includes(profileId) && (section === undefined || c.section === section));
}
