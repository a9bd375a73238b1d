/** The edit that inserts a missing section in its place, as the Koosta tab and section-missing's fix make it (for host tests). */
import catalogueJson from '../../data/catalogue/default.json';
import type { Catalogue } from '../../src/core/catalogue/types';
import type { Edit } from '../../src/core/content';
import { sectionInsertPoint, sectionPlan } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import type { SectionId } from '../../src/core/profile-types';
import { readJobDescription } from '../../src/core/reader';
import type { DocumentSnapshot } from '../../src/core/snapshot';

const catalogue = catalogueJson as unknown as Catalogue;

export function sectionEdits(snapshot: DocumentSnapshot, section: SectionId, profileId = 'ametnik'): Edit[] {
  const profile = defaultProfiles().find((p) => p.id === profileId)!;
  const jd = readJobDescription(snapshot, profile);
  return [{ kind: 'insert', at: sectionInsertPoint(jd, profile, section, snapshot), plan: sectionPlan(profile, section, catalogue) }];
}
