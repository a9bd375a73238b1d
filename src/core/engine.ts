/** The checker: choose the profile, read the document, run the rules. Pure; used by the pane and jd-check. */
import type { Catalogue } from './catalogue/types';
import type { DocumentSnapshot } from './snapshot';
import type { Finding } from './findings';
import type { JobDescription } from './model';
import type { StructureProfile } from './profile-types';
import type { Rule, RuleContext } from './rules/rule';
import { allRules } from './rules';
import { detectProfile, profilesFor } from './profiles';
import { readJobDescription } from './reader';
import { looksLikeJobDescription, notJobDescription } from './rules/not-job-description';

export interface CheckOptions {
  profiles?: StructureProfile[];
  /** Use this profile instead of detecting one (e.g. `jd-check --profile tootaja`). */
  profileId?: string;
  catalogue?: Catalogue;
  rules?: Rule[];
}

export interface CheckResult {
  profile: StructureProfile;
  /** False when `profileId` chose the profile. */
  profileDetected: boolean;
  isJobDescription: boolean;
  jd: JobDescription;
  /** Sorted by block, then rule id. */
  findings: Finding[];
}

/** Checks a document. Throws only for a `profileId` that names no loaded profile. */
export function checkDocument(snapshot: DocumentSnapshot, options: CheckOptions = {}): CheckResult {
  const profiles = options.profiles ?? profilesFor(options.catalogue);
  let profile: StructureProfile;
  if (options.profileId !== undefined) {
    const chosen = profiles.find((p) => p.id === options.profileId);
    if (!chosen) {
      throw new Error(`Unknown profile "${options.profileId}"; known: ${profiles.map((p) => p.id).join(', ')}`);
    }
    profile = chosen;
  } else profile = detectProfile(snapshot, profiles);
  const jd = readJobDescription(snapshot, profile);
  const ctx: RuleContext = { snapshot, jd, profile, profiles, catalogue: options.catalogue };
  const isJobDescription = looksLikeJobDescription(jd, snapshot);
  const rules = isJobDescription ? (options.rules ?? allRules) : [notJobDescription];
  const findings = rules.flatMap((rule) => runRule(rule, ctx));
  findings.sort((a, b) => a.location.block - b.location.block || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { profile, profileDetected: options.profileId === undefined, isJobDescription, jd, findings };
}

/** Runs one rule; a rule that fails is reported as a finding, so the other checks still reach the user. */
function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  try {
    return rule.check(ctx);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return [
      {
        rule: rule.id,
        severity: 'warning',
        message: {
          et: `Kontrolli „${rule.id}” ei õnnestunud selles dokumendis teha (${reason}). Teised kontrollid tehti; palun teatage sellest arendajale.`,
          en: `The check "${rule.id}" could not run on this document (${reason}). The other checks ran; please report this to the developers.`,
        },
        location: { block: 0, text: ctx.snapshot.blocks[0]?.text ?? '' },
      },
    ];
  }
}
