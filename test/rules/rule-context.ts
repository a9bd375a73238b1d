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

/** What a fix did to the document's paragraphs: the texts it took away (the old version of a replaced one) and those it brought. */
export interface FixOutput {
  snapshot: DocumentSnapshot;
  /** Texts of the blocks the fix replaced, as they were, in document order. */
  removed: string[];
  /** Texts of the blocks the fix changed or inserted, as they are now, in document order. */
  added: string[];
}

/** Applies a finding's edits to the snapshot as every host does, and says which paragraphs changed. */
export function fixOutput(snapshot: DocumentSnapshot, finding: Finding): FixOutput {
  if (!finding.fix) throw new Error(`${finding.rule}: the finding has no fix`);
  const fixed = applyEdits(snapshot, finding.fix.edits);
  const [removed, added] = difference(snapshot.blocks.map((b) => b.text), fixed.blocks.map((b) => b.text));
  return { snapshot: fixed, removed, added };
}

/** The lines only in `a` and the lines only in `b`, by their longest common subsequence. */
function difference(a: string[], b: string[]): [string[], string[]] {
  const lcs = a.map(() => new Array<number>(b.length + 1).fill(0));
  lcs.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) onlyB.push(b[j++]);
    else onlyA.push(a[i++]);
  }
  return [onlyA, onlyB];
}

/**
 * Applies a finding's fix to the snapshot (as every host does) and runs the rule again: the finding
 * must be gone and no finding of the rule new, as the engine requires before it offers a fix
 * (ESLint's RuleTester checks a fix's output the same way). Findings are told apart as the engine
 * does (`findingKey`): of two alike, one fewer is left. Returns what the fix changed, so that a
 * test can assert the resulting text.
 */
export function applyFix(rule: Rule, snapshot: DocumentSnapshot, profileId: ProfileId, finding: Finding, extra: Partial<RuleContext> = {}): FixOutput {
  const output = fixOutput(snapshot, finding);
  const counts = (doc: DocumentSnapshot) => {
    const m = new Map<string, number>();
    for (const key of run(rule, doc, profileId, extra).map(findingKey)) m.set(key, (m.get(key) ?? 0) + 1);
    return m;
  };
  const before = counts(snapshot);
  const after = counts(output.snapshot);
  const key = findingKey(finding);
  expect({ [key]: after.get(key) ?? 0 }).toEqual({ [key]: (before.get(key) ?? 0) - 1 });
  for (const [k, n] of after) if (k !== key) expect({ [k]: n }).toEqual({ [k]: Math.min(n, before.get(k) ?? 0) });
  return output;
}
