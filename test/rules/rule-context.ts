/**
 * Test helpers for the rule tests: a rule context over a snapshot (read with the real reader and
 * the shipped profiles), the two seeds, and small edits of a snapshot (so a case that fires is a
 * seed with one realistic change).
 */
import { defaultProfiles } from '../../src/core/profiles';
import { loadOrganisation, type HouseRules } from '../../src/core/house-rules';
import seedOrganisation from '../../data/organisations/sotsiaalkindlustusamet.json';
import { readJobDescription } from '../../src/core/reader';
import type { Finding } from '../../src/core/findings';
import { applyEdits } from '../../src/core/apply';
import { findingKey } from '../../src/core/engine';
import type { Rule, RuleContext } from '../../src/core/rules/rule';
import type { Block, DocumentSnapshot } from '../../src/core/snapshot';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';

export type ProfileId = 'ametnik' | 'tootaja';

export function profile(id: ProfileId) {
  const p = defaultProfiles().find((x) => x.id === id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
}

/** The context a rule sees: by default no house rules, the variant known, an Estonian job description. */
export function contextFor(snapshot: DocumentSnapshot, profileId: ProfileId, extra: Partial<RuleContext> = {}): RuleContext {
  const p = profile(profileId);
  return {
    snapshot,
    jd: readJobDescription(snapshot, p),
    profile: p,
    profiles: defaultProfiles(),
    houseRules: {},
    variantKnown: true,
    estonian: true,
    isJobDescription: true,
    ...extra,
  };
}

/** The seed agency's house rules (data/organisations/sotsiaalkindlustusamet.json). */
export const SEED_HOUSE_RULES: HouseRules = loadOrganisation(seedOrganisation, 'data/organisations/sotsiaalkindlustusamet.json').houseRules;

export function seed(profileId: ProfileId): DocumentSnapshot {
  return profileId === 'ametnik' ? ametnikSeedSnapshot() : tootajaSeedSnapshot();
}

export function run(rule: Rule, snapshot: DocumentSnapshot, profileId: ProfileId, extra: Partial<RuleContext> = {}): Finding[] {
  return rule.check(contextFor(snapshot, profileId, extra));
}

/** Index of the first block whose text contains `text` (throws when none, so a test cannot pass vacuously). */
export function blockWith(snapshot: DocumentSnapshot, text: string): number {
  const b = snapshot.blocks.find((x) => x.text.includes(text));
  if (!b) throw new Error(`no block contains "${text}"`);
  return b.index;
}

/** The snapshot with `find` replaced by `replace` in the first block that contains it. */
export function replaceText(snapshot: DocumentSnapshot, find: string, replace: string): DocumentSnapshot {
  const at = blockWith(snapshot, find);
  return withBlocks(snapshot, snapshot.blocks.map((b) => (b.index === at ? { ...b, text: b.text.replace(find, replace) } : b)));
}

/** The snapshot with block `index` given another text (and other fields, if given). */
export function setBlock(snapshot: DocumentSnapshot, index: number, text: string, extra: Partial<Block> = {}): DocumentSnapshot {
  return withBlocks(snapshot, snapshot.blocks.map((b) => (b.index === index ? { ...b, ...extra, text } : b)));
}

/** The snapshot without the blocks from..to (inclusive), re-indexed. */
export function removeBlocks(snapshot: DocumentSnapshot, from: number, to = from): DocumentSnapshot {
  return withBlocks(snapshot, snapshot.blocks.filter((b) => b.index < from || b.index > to));
}

/** The snapshot with paragraphs inserted before block `at`, re-indexed. */
export function insertLines(snapshot: DocumentSnapshot, at: number, lines: (string | Partial<Block>)[]): DocumentSnapshot {
  const added = lines.map((l): Block => ({ index: 0, kind: 'paragraph', tags: [], text: '', ...(typeof l === 'string' ? { text: l } : l) }));
  return withBlocks(snapshot, [...snapshot.blocks.slice(0, at), ...added, ...snapshot.blocks.slice(at)]);
}

function withBlocks(snapshot: DocumentSnapshot, blocks: Block[]): DocumentSnapshot {
  return { ...snapshot, blocks: blocks.map((b, index) => ({ ...b, index })) };
}

/** The block range of a section heading up to (not including) the next heading that starts with a digit and a dot. */
export function sectionRange(snapshot: DocumentSnapshot, heading: string): [number, number] {
  const start = blockWith(snapshot, heading);
  const next = snapshot.blocks.find((b) => b.index > start && b.kind === 'paragraph' && /^\d\.\s+\p{Lu}/u.test(b.text));
  return [start, (next?.index ?? snapshot.blocks.length) - 1];
}

/**
 * Applies a finding's fix to the snapshot (as every host does) and runs the rule again: the finding
 * must be gone (ESLint's RuleTester checks a fix's output the same way). Returns the fixed snapshot
 * so that a test can assert its text.
 */
export function applyFix(rule: Rule, snapshot: DocumentSnapshot, profileId: ProfileId, finding: Finding, extra: Partial<RuleContext> = {}): DocumentSnapshot {
  if (!finding.fix) throw new Error(`${finding.rule}: the finding has no fix`);
  const fixed = applyEdits(snapshot, finding.fix.edits);
  const again = run(rule, fixed, profileId, extra).map(findingKey);
  expect(again).not.toContain(findingKey(finding));
  return fixed;
}
