/** The checker: choose the profile, read the document, run the rules, keep only the fixes that hold. Pure; used by the pane and jd-check. */
import { applyEdits } from './apply';
import { dismissalId } from './dismissals';
import type { Catalogue } from './catalogue/types';
import type { DocumentSnapshot } from './snapshot';
import type { Finding } from './findings';
import { houseRuleOn, type HouseRules } from './house-rules';
import type { JobDescription } from './model';
import type { StructureProfile } from './profile-types';
import type { Rule, RuleContext } from './rules/rule';
import type { Bilingual } from './text';
import { allRules } from './rules';
import { detectProfile, profilesFor } from './profiles';
import { readJobDescription } from './reader';
import { documentLanguage } from './doc-language';
import { looksLikeJobDescription, notJobDescription } from './rules/not-job-description';
import { languageNotEstonian } from './rules/language-not-estonian';

export interface CheckOptions {
  profiles?: StructureProfile[];
  /** Use this profile instead of detecting one (e.g. `jd-check --profile tootaja`). */
  profileId?: string;
  catalogue?: Catalogue;
  /** The organisation's house rules; by default those of the catalogue's organisation profile, else none. */
  houseRules?: HouseRules;
  rules?: Rule[];
}

/** Something the user should know about the check itself (not a finding about the document). */
export interface Note {
  id: 'variant-unknown';
  message: Bilingual;
}

export interface CheckResult {
  profile: StructureProfile;
  /** False when `profileId` chose the profile. */
  profileDetected: boolean;
  /** False when the document does not tell whether it is a civil servant's or an employee's: the variant's own rules did not run. */
  variantKnown: boolean;
  isJobDescription: boolean;
  jd: JobDescription;
  /** Sorted by block, then rule id. A fix is only offered when, applied, it removes its finding and brings no new one. */
  findings: Finding[];
  notes: Note[];
  houseRules: HouseRules;
}

const VARIANT_UNKNOWN: Note = {
  id: 'variant-unknown',
  message: {
    et: 'Dokumendist ei selgu, kas see on ametniku või töötaja ametijuhend; kontrolliti ainult seda, mida iga ametijuhend vajab. Liigi saab valida vahekaardil „Koosta“.',
    en: 'The document does not say whether it is a civil servant’s or an employee’s job description; only what every job description needs was checked. Choose the kind on the Koosta (Compose) tab.',
  },
};

/** The house rules a check applies: the options', else those of the catalogue's organisation profile, else none. */
export function houseRulesOf(options: CheckOptions): HouseRules {
  return options.houseRules ?? options.catalogue?.organisation?.houseRules ?? {};
}

/**
 * How many fixes one check tries out (each is a whole re-check): a job description has a handful;
 * a document with hundreds gets the first ones, and the rest after those are done.
 */
export const MAX_FIXES_TRIED = 40;
/** A job description has tens of findings of a kind; past this many, one more finding says how many more there are. */
export const MAX_FINDINGS_PER_RULE = 200;

/** Checks a document. Throws only for a `profileId` that names no loaded profile. */
export function checkDocument(snapshot: DocumentSnapshot, options: CheckOptions = {}): CheckResult {
  const result = checkOnce(snapshot, options);
  const dismissed = new Map((snapshot.dismissals ?? []).map((d) => [d.id, d.reason]));
  let tried = 0;
  result.findings = result.findings.map((f) => {
    const checked = f.fix && (++tried > MAX_FIXES_TRIED || !fixHolds(snapshot, f, result, options)) ? withoutFix(f) : f;
    // Only a warning or a note can be dismissed: an error must be put right.
    const reason = f.severity === 'error' ? undefined : dismissed.get(findingDismissalId(f));
    return reason === undefined ? checked : { ...checked, dismissed: { reason } };
  });
  return result;
}

/** The id under which the document stores that `f` was dismissed (./dismissals.ts). */
export function findingDismissalId(f: Finding): string {
  return dismissalId(findingKey(f));
}

/** The finding without its fix, marked as having had one that failed its re-check. */
function withoutFix(f: Finding): Finding {
  const copy: Finding = { ...f, fixWithheld: true };
  delete copy.fix;
  return copy;
}

function checkOnce(snapshot: DocumentSnapshot, options: CheckOptions): CheckResult {
  const profiles = options.profiles ?? profilesFor(options.catalogue);
  let profile: StructureProfile;
  let variantKnown = true;
  if (options.profileId !== undefined) {
    const chosen = profiles.find((p) => p.id === options.profileId);
    if (!chosen) {
      throw new Error(`Unknown profile "${options.profileId}"; known: ${profiles.map((p) => p.id).join(', ')}`);
    }
    profile = chosen;
  } else {
    const detected = detectProfile(snapshot, profiles);
    profile = detected.profile;
    variantKnown = detected.known;
  }
  const houseRules = houseRulesOf(options);
  const jd = readJobDescription(snapshot, profile);
  const estonian = documentLanguage(snapshot) !== 'other';
  const isJobDescription = estonian && looksLikeJobDescription(jd, snapshot);
  const ctx: RuleContext = { snapshot, jd, profile, profiles, catalogue: options.catalogue, houseRules, variantKnown, estonian, isJobDescription };
  // A document in another language, or not a job description, gets the one finding that says so.
  const rules = isJobDescription
    ? (options.rules ?? allRules).filter((r) => r.houseRule === undefined || houseRuleOn(houseRules, r.houseRule))
    : [languageNotEstonian, notJobDescription];
  const findings = rules.flatMap((rule) => runRule(rule, ctx));
  findings.sort((a, b) => a.location.block - b.location.block || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const notes = isJobDescription && !variantKnown ? [VARIANT_UNKNOWN] : [];
  return { profile, profileDetected: options.profileId === undefined, variantKnown, isJobDescription, jd, findings, notes, houseRules };
}

/** A finding's identity across a re-check, where block numbers and, for a finding with a subject, its text may change. */
export function findingKey(f: Finding): string {
  return f.subject !== undefined ? `${f.rule}|${f.subject}` : `${f.rule}||${f.location.text.trim()}`;
}

function counts(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
  return m;
}

/**
 * A fix holds when, applied to the snapshot and checked again with the same profile, its finding is
 * gone and no finding is new. Otherwise it is not offered: a fix never makes the document worse.
 */
export function fixHolds(snapshot: DocumentSnapshot, finding: Finding, result: CheckResult, options: CheckOptions = {}): boolean {
  if (!finding.fix) return false;
  let after: Finding[];
  try {
    const fixed = applyEdits(snapshot, finding.fix.edits);
    after = checkOnce(fixed, { ...options, profileId: result.profile.id, houseRules: result.houseRules }).findings;
  } catch {
    return false;
  }
  return fixRemoved(finding, result.findings, after);
}

/**
 * True when the findings `after` a fix no longer hold `finding` (fewer of its key than `before`)
 * and hold no finding that `before` lacked: the comparison of every fix's re-check, the engine's
 * on the snapshot and jd-check --fix's on the file it wrote.
 */
export function fixRemoved(finding: Finding, before: Finding[], after: Finding[]): boolean {
  const was = counts(before);
  const now = counts(after);
  const key = findingKey(finding);
  if ((now.get(key) ?? 0) >= (was.get(key) ?? 0)) return false;
  for (const [k, n] of now) if (n > (was.get(k) ?? 0)) return false;
  return true;
}

/** Runs one rule; a rule that fails is reported as a finding, so the other checks still reach the user. */
function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  try {
    return capped(rule.check(ctx));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return [
      {
        rule: rule.id,
        severity: 'warning',
        message: {
          et: `Kontrolli „${rule.id}“ ei õnnestunud selles dokumendis teha (${reason}). Teised kontrollid tehti; palun teatage sellest arendajale.`,
          en: `The check "${rule.id}" could not run on this document (${reason}). The other checks ran; please report this to the developers.`,
        },
        location: { block: 0, text: ctx.snapshot.blocks[0]?.text ?? '' },
      },
    ];
  }
}

/** At most MAX_FINDINGS_PER_RULE findings of one rule, then one that counts the rest (a crafted file can have a million). */
function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const more = findings.length - MAX_FINDINGS_PER_RULE;
  const next = findings[MAX_FINDINGS_PER_RULE];
  return [
    ...findings.slice(0, MAX_FINDINGS_PER_RULE),
    {
      rule: next.rule,
      severity: next.severity,
      message: {
        et: `Dokument: veel ${more} samasugust leidu kontrollist „${next.rule}“. Parandage eespool loetletud ja kontrollige uuesti.`,
        en: `Document: ${more} more findings of the check "${next.rule}". Correct those listed above and check again.`,
      },
      subject: 'more',
      location: next.location,
    },
  ];
}
