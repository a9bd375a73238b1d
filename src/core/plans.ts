/**
 * Content plans: what the add-in inserts (a new job description's skeleton, a missing section,
 * a duty row, a standard clause). Pure: every adapter turns these plans into its own document.
 *
 * Layout of the skeleton (the reader in ./reader.ts reads it back):
 * - title plan (tag `jd:title`): the variant's marker line (e.g. "Töölepingu juurde kuuluv lisa"),
 *   then the title ("AMETIJUHEND"), both bold paragraphs;
 * - one plan per section, tag `jd:section:<id>`, starting with a level-1 heading "<number>. <TITLE>";
 *   - uldosa: a two-column table, one row per field: "1.1 Ametinimetus" | (empty value cell);
 *   - ulesanded: a table with the header row "Põhiülesanded | Oodatavad tulemused" and one row "3.1" | "";
 *   - nouded: bold label paragraphs (Haridus, Töökogemus, Keeleoskus, Arvutikasutamise oskus, then the
 *     two competency group headings), each followed by an empty paragraph for the value. Paragraphs rather
 *     than the seeds' table, so that competencies and text can be inserted after a label.
 *   - every other section: the standard clauses of the catalogue for that section and variant, or an
 *     empty paragraph when there are none;
 * - signature plan (tag `jd:signatures`): the signature heading lines, then per party
 *   "<party>:", the signed marker, and empty name and position lines (one signer when none are named).
 * Empty values are empty paragraphs, never placeholder text a user could forget to replace.
 */
import type { Clause, Catalogue } from './catalogue/types';
import type { ContentBlock, ContentPlan, Edit, InsertPoint } from './content';
import type { JobDescription } from './model';
import { foldLabel } from './normalize';
import type { SectionId, StructureProfile } from './profile-types';
import type { DocumentSnapshot } from './snapshot';
import type { Language } from './text';
import { clauseTag, sectionTag, SIGNATURES_TAG, TITLE_TAG } from './tags';

/** The duties table's header row, the same in both variants. */
export const DUTY_TABLE_HEADER = ['Põhiülesanded', 'Oodatavad tulemused'] as const;


const empty: ContentBlock = { type: 'paragraph', text: '' };

/** The whole skeleton of a new job description: title, every section in order, signatures. */
export function skeletonPlans(profile: StructureProfile, catalogue?: Catalogue): ContentPlan[] {
  return [
    titlePlan(profile),
    ...profile.sections.map((s) => sectionPlan(profile, s.id, catalogue)),
    signaturePlan(profile),
  ];
}

export function titlePlan(profile: StructureProfile): ContentPlan {
  const blocks: ContentBlock[] = [];
  if (profile.markers.length > 0) blocks.push({ type: 'paragraph', text: profile.markers[0] });
  blocks.push({ type: 'paragraph', text: profile.title, bold: true });
  return { tag: TITLE_TAG, title: profile.title, blocks };
}

/** One section with its heading; throws when the profile has no such section (a programming error). */
/** A section's plan; `numbered: false` leaves the heading's number out (a document that numbers its own way). */
export function sectionPlan(profile: StructureProfile, sectionId: SectionId, catalogue?: Catalogue, numbered = true): ContentPlan {
  const section = profile.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Profile "${profile.id}" has no section "${sectionId}"`);
  const heading = numbered ? `${section.number}. ${section.title}` : section.title;
  const blocks: ContentBlock[] = [{ type: 'heading', level: 1, text: heading }];
  switch (sectionId) {
    case 'uldosa':
      blocks.push({ type: 'table', rows: profile.fields.filter((f) => f.skeleton !== false).map((f) => [[`${f.number} ${f.label}`], ['']]) });
      break;
    case 'ulesanded':
      blocks.push({ type: 'table', header: true, rows: [DUTY_TABLE_HEADER.map((h) => [h]), [[`${section.number}.1`], ['']]] });
      break;
    case 'nouded': {
      const r = profile.requirements;
      const labels = [r.education, r.experience, r.languages, r.computerSkills, r.competencies, r.additionalCompetencies];
      for (const label of labels) {
        if (label.length === 0) continue;
        blocks.push({ type: 'paragraph', text: label[0], bold: true }, empty);
      }
      break;
    }
    default: {
      const clauses = clausesOf(catalogue, profile.id, sectionId);
      if (clauses.length === 0) blocks.push(empty);
      for (const c of clauses) blocks.push(...clauseBlocks(c, 'et'));
    }
  }
  return { tag: sectionTag(sectionId), title: heading, blocks };
}

/**
 * The signature block from the profile (not the catalogue's signature clauses, which carry
 * placeholder names): heading lines, then for each party "<party>:" (only when parties are named),
 * the signed marker, and empty lines for the name and the position. No parties = one signer.
 */
export function signaturePlan(profile: StructureProfile): ContentPlan {
  const sig = profile.signature;
  const blocks: ContentBlock[] = sig.heading.map((line) => ({ type: 'paragraph', text: line }));
  const parties: (string | undefined)[] = sig.parties.length > 0 ? sig.parties : [undefined];
  for (const party of parties) {
    if (party) blocks.push({ type: 'paragraph', text: `${party}:` });
    if (sig.signedMarker) blocks.push({ type: 'paragraph', text: sig.signedMarker });
    blocks.push(empty, empty); // name, position
  }
  return { tag: SIGNATURES_TAG, title: sig.heading[0] ?? 'Allkiri', blocks };
}

/**
 * Where a missing section goes: after the end of the nearest earlier section that exists, else
 * before the nearest later one, else at the end of the document. The last section's body runs to
 * the end of the document, signature block included, so a section that belongs after it goes
 * before the signatures instead (found from `snapshot` when given, else from the signers alone).
 */
export function sectionInsertPoint(
  jd: JobDescription,
  profile: StructureProfile,
  sectionId: SectionId,
  snapshot?: DocumentSnapshot,
): InsertPoint {
  const order = profile.sections.map((s) => s.id);
  const at = order.indexOf(sectionId);
  const found = (id: SectionId) => jd.sections.find((s) => s.id === id && s.found && s.block !== undefined);
  for (let i = at - 1; i >= 0; i--) {
    const s = found(order[i]);
    if (!s) continue;
    const end = s.endBlock ?? (s.block as number);
    const signatures = signatureStart(jd, profile, snapshot);
    if (signatures !== undefined && signatures > (s.block as number) && signatures <= end) return { before: signatures };
    return { after: end };
  }
  for (let i = at + 1; i < order.length; i++) {
    const s = found(order[i]);
    if (s) return { before: s.block as number };
  }
  return { end: true };
}

/**
 * The first block of the signature block: the first signer's line, and with a snapshot, the
 * profile's signature heading lines ("Poolte allkirjad:") and the jd:signatures control above it.
 */
function signatureStart(jd: JobDescription, profile: StructureProfile, snapshot?: DocumentSnapshot): number | undefined {
  if (jd.signatures.length === 0) return undefined;
  let start = Math.min(...jd.signatures.map((s) => s.block));
  if (!snapshot) return start;
  const headings = new Set(profile.signature.heading.map(foldLabel));
  const table = snapshot.blocks[start]?.table?.table;
  for (let i = start - 1; i >= 0; i--) {
    const b = snapshot.blocks[i];
    if (!b.text.trim() && !b.tags.includes(SIGNATURES_TAG)) continue; // empty lines between belong to neither
    const ofSignatures = headings.has(foldLabel(b.text)) || b.tags.includes(SIGNATURES_TAG) || (table !== undefined && b.table?.table === table);
    if (!ofSignatures) break;
    start = i;
  }
  return start;
}

/**
 * A new empty row at the end of the duties table, numbered after the last duty in the same
 * style ("3.4" → "3.5", "3.4." → "3.5."). Undefined when there are no duties, or when the
 * snapshot (if given) shows the last duty is not in a table.
 */
export function dutyRowEdit(jd: JobDescription, snapshot?: DocumentSnapshot): Edit | undefined {
  const last = jd.duties[jd.duties.length - 1];
  if (!last) return undefined;
  if (snapshot && snapshot.blocks[last.block]?.kind !== 'cell') return undefined;
  return { kind: 'add-row', block: last.block, cells: [[nextNumber(last.number, jd)], ['']] };
}

/** "3.4" → "3.5", "3.4." → "3.5."; without a usable number, "<section>.<count+1>". */
function nextNumber(number: string, jd: JobDescription): string {
  const m = /^(.*?)(\d+)(\.?)\s*$/.exec(number.trim());
  if (m && m[1] !== '') return `${m[1]}${Number(m[2]) + 1}${m[3]}`;
  const section = jd.sections.find((s) => s.id === 'ulesanded')?.number ?? '3';
  return `${section}.${jd.duties.length + 1}`;
}

/** A standard clause as its own plan: the lead line, then its items as bullets or paragraphs. */
export function clausePlan(clause: Clause, lang: Language): ContentPlan {
  return { tag: clauseTag(clause.id), title: clause.title[lang], blocks: clauseBlocks(clause, lang) };
}

function clauseBlocks(clause: Clause, lang: Language): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  if (clause.lead) blocks.push({ type: 'paragraph', text: clause.lead[lang] });
  for (const item of clause.items[lang]) blocks.push({ type: clause.bullets ? 'bullet' : 'paragraph', text: item });
  return blocks;
}

function clausesOf(catalogue: Catalogue | undefined, profileId: string, section: Clause['section']): Clause[] {
  if (!catalogue) return [];
  return catalogue.clauses.filter((c) => c.section === section && c.variants.includes(profileId));
}
