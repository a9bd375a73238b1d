/**
 * Reads a document snapshot into a JobDescription, tolerant of the ways employers lay one out.
 * Each part has its own file: the top (title.ts), sections.ts, fields.ts, duties.ts, lists.ts,
 * requirements.ts, signatures.ts. Every pass is linear in the number of blocks.
 */
import type { DocumentSnapshot } from '../snapshot';
import type { JobDescription } from '../model';
import type { SectionId, StructureProfile } from '../profile-types';
import { Doc, type Range } from './doc';
import { findApproval, findMarkers, findTitle } from './title';
import { findSections } from './sections';
import { FieldReader } from './fields';
import { readDuties } from './duties';
import { joined, readItems } from './lists';
import { languagesAnywhere, readRequirements } from './requirements';
import { SignatureReader } from './signatures';

export { parseLanguages } from './requirements';

/** Sections after which part 1 cannot go on. */
const BODY_SECTIONS: SectionId[] = ['ulesanded', 'oigused', 'vastutus', 'toovahendid', 'nouded', 'muutmine'];

/** Reads the structured job description from a snapshot, using the profile's headings, labels and words. */
export function readJobDescription(snapshot: DocumentSnapshot, profile: StructureProfile): JobDescription {
  const doc = new Doc(snapshot);
  const { sections, headings, positionInHeading } = findSections(doc, profile);
  const headingBlocks = new Set(headings.map((h) => h.block));
  const found = (id: SectionId) => sections.find((s) => s.id === id && s.found);
  const body = (id: SectionId): Range | undefined => {
    const s = found(id);
    return s ? { start: s.block! + 1, end: s.endBlock! } : undefined;
  };
  const firstBody = Math.min(...BODY_SECTIONS.map((id) => found(id)?.block ?? Infinity), doc.blocks.length);
  const fields = new FieldReader(doc, profile).read({ start: 0, end: firstBody - 1 }, headingBlocks);
  const { title, position, beside } = findTitle(doc, profile, new Set(headings.map((h) => h.block)));
  // The position named in the title ("Õpetaja ametijuhend"), or on a line of its own by it ("AMETIJUHEND" /
  // "Arendusosakonna nõunik"), else in a heading ("Sotsiaalpedagoogi tööülesanded").
  if (!fields.ametinimetus?.value && position?.value) fields.ametinimetus = position;
  if (!fields.ametinimetus?.value && beside?.value) fields.ametinimetus = beside;
  if (!fields.ametinimetus?.value && positionInHeading) fields.ametinimetus = positionInHeading;
  const requirements = readRequirements(doc, profile, body('nouded'));
  // Requirements without a heading of their own ("Haridus: …", "Eesti keele oskus C1-tasemel."): their languages still count.
  if (!found('nouded')) requirements.requirements.languages = languagesAnywhere(doc);
  const duties = readDuties(doc, body('ulesanded'), headingBlocks);
  const signatures = new SignatureReader(doc, profile);
  const changeRange = body('muutmine');
  const changeClause = changeRange ? signatures.changeClause(changeRange) : undefined;
  const lastFound = sections.filter((s) => s.found).sort((a, b) => b.block! - a.block!)[0];
  const signatureRange = changeRange ?? (lastFound ? { start: lastFound.block! + 1, end: doc.last } : { start: 0, end: doc.last });
  const jd: JobDescription = {
    profile: profile.id,
    title,
    markers: findMarkers(doc, profile),
    fields,
    sections,
    headings,
    purpose: joined(doc, found('eesmark'), body('eesmark')),
    duties: duties.duties,
    resultsColumn: duties.resultsColumn,
    rights: readItems(doc, found('oigused'), body('oigused'), headingBlocks),
    responsibilities: readItems(doc, found('vastutus'), body('vastutus'), headingBlocks),
    tools: joined(doc, found('toovahendid'), body('toovahendid')),
    requirements: requirements.requirements,
    competencies: requirements.competencies,
    changeClause,
    signatures: signatures.read(signatureRange, changeClause?.block),
  };
  const approval = findApproval(doc);
  if (approval) jd.approval = approval;
  return jd;
}
