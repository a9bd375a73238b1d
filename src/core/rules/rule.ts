import type { Bilingual } from '../text';
import type { Finding, Severity } from '../findings';
import type { DocumentSnapshot } from '../snapshot';
import type { JobDescription } from '../model';
import type { StructureProfile } from '../profile-types';
import type { Catalogue } from '../catalogue/types';

/** What a rule sees. */
export interface RuleContext {
  snapshot: DocumentSnapshot;
  jd: JobDescription;
  profile: StructureProfile;
  /** All loaded profiles (e.g. to know the other variant's words). */
  profiles: StructureProfile[];
  /** The competency catalogue, when one is loaded. */
  catalogue?: Catalogue;
}

/**
 * One rule, one file under src/core/rules/, one page under docs/rules/<id>.md, its own tests.
 * The id is a public contract: never rename it.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line on what the rule checks. */
  description: Bilingual;
  check(ctx: RuleContext): Finding[];
}
