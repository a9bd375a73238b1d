/** The tags of the content controls the add-in inserts: one definition for the hosts, the plans and the reader. */

/** What every tag the add-in writes starts with. */
export const JD_TAG = 'jd:';

/** `jd:section:<id>` around a section the add-in inserted. */
export const SECTION_TAG = 'jd:section:';
/** `jd:competency:<id>@<catalogue version>` around a competency from the catalogue. */
export const COMPETENCY_TAG = 'jd:competency:';
/** `jd:clause:<id>` around a standard clause. */
export const CLAUSE_TAG = 'jd:clause:';
/** Around the title block and the signature block of a skeleton. */
export const TITLE_TAG = 'jd:title';
export const SIGNATURES_TAG = 'jd:signatures';

/** A whole part of a job description (a section, the title, the signatures): never inside another part's control. */
export function isPartTag(tag: string): boolean {
  return tag.startsWith(SECTION_TAG) || tag === TITLE_TAG || tag === SIGNATURES_TAG;
}

/** An item inside a part (a competency, a clause): never inside another item's control. */
export function isItemTag(tag: string): boolean {
  return tag.startsWith(COMPETENCY_TAG) || tag.startsWith(CLAUSE_TAG);
}

export const sectionTag = (id: string): string => `${SECTION_TAG}${id}`;
export const clauseTag = (id: string): string => `${CLAUSE_TAG}${id}`;
export const competencyTag = (id: string, catalogueVersion: string): string => `${COMPETENCY_TAG}${id}@${catalogueVersion}`;

/** Reads `jd:competency:<id>@<version>`; undefined for any other tag. */
export function parseCompetencyTag(tag: string): { id: string; version: string } | undefined {
  if (!tag.startsWith(COMPETENCY_TAG)) return undefined;
  const m = /^([^@\s]+)@(\S+)$/.exec(tag.slice(COMPETENCY_TAG.length));
  return m ? { id: m[1], version: m[2] } : undefined;
}
