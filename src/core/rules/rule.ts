import type { Bilingual } from '../text';
import type { Finding, Severity } from '../findings';
import type { DocumentSnapshot } from '../snapshot';
import type { JobDescription } from '../model';
import type { StructureProfile } from '../profile-types';
import type { Catalogue } from '../catalogue/types';
import type { HouseRule, HouseRules } from '../house-rules';

/** What a rule sees. */
export interface RuleContext {
  snapshot: DocumentSnapshot;
  jd: JobDescription;
  profile: StructureProfile;
  /** All loaded profiles (e.g. to know the other variant's words). */
  profiles: StructureProfile[];
  /** The competency catalogue, when one is loaded. */
  catalogue?: Catalogue;
  /** The organisation's house rules (none by default). */
  houseRules: HouseRules;
  /** False when the document does not tell its variant: the variant's own words are not checked. */
  variantKnown: boolean;
  /** The document is in Estonian (only Estonian ones are checked). */
  estonian: boolean;
  /** The document looks like a job description (only those are checked). */
  isJobDescription: boolean;
}

/**
 * What a rule stands for: `common`, what every job description needs; `consistency`, what the
 * document sets as its own standard; `house`, an organisation's house rule (runs only when switched on).
 */
export type RuleLayer = 'common' | 'consistency' | 'house';

/**
 * One rule, one file under src/core/rules/, one page under docs/rules/<id>.md, its own tests.
 * The id is a public contract: never rename it.
 */
export interface Rule {
  id: string;
  severity: Severity;
  layer: RuleLayer;
  /** For a house rule: the switch in the organisation's profile that turns it on. */
  houseRule?: HouseRule;
  /** One line on what the rule checks. */
  description: Bilingual;
  check(ctx: RuleContext): Finding[];
}
