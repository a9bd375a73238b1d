import { checkDocument, findingDismissalId, MAX_FINDINGS_PER_RULE, MAX_FIXES_TRIED } from '../../src/core/engine';
import { defaultProfiles } from '../../src/core/profiles';
import { allRules } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/rule';
import type { Finding } from '../../src/core/findings';
import { skeletonPlans } from '../../src/core/plans';
import type { ContentPlan } from '../../src/core/content';
import { ametnikSeedSnapshot, snapshotFromLines, tootajaSeedSnapshot, type SnapshotLine } from './seed-snapshots';

/** A rule that reports the given blocks, for checking the engine's plumbing. */
function reporting(id: string, blocks: number[]): Rule {
  return {
    id,
    severity: 'info',
    layer: 'common',
    description: { et: id, en: id },
    check: (ctx) =>
      blocks.map((block): Finding => ({ rule: id, severity: 'info', message: { et: ctx.profile.id, en: ctx.profile.id }, location: { block, text: '' } })),
  };
}

describe('checkDocument', () => {
  it('detects the profile and reads the document', () => {
    const ametnik = checkDocument(ametnikSeedSnapshot(), { rules: [] });
    expect(ametnik).toMatchObject({ profileDetected: true, isJobDescription: true, findings: [] });
    expect(ametnik.profile.id).toBe('ametnik');
    expect(ametnik.jd.duties).toHaveLength(10);
    const tootaja = checkDocument(tootajaSeedSnapshot(), { rules: [] });
    expect(tootaja.profile.id).toBe('tootaja');
    expect(tootaja.jd.profile).toBe('tootaja');
  });

  it('uses profileId instead of detection', () => {
    const result = checkDocument(ametnikSeedSnapshot(), { profileId: 'tootaja', rules: [] });
    expect(result.profile.id).toBe('tootaja');
    expect(result.profileDetected).toBe(false);
    expect(result.jd.sections.find((s) => s.id === 'ulesanded')?.found).toBe(true);
  });

  it('throws a clear error for an unknown profileId', () => {
    expect(() => checkDocument(ametnikSeedSnapshot(), { profileId: 'juht' })).toThrow('Unknown profile "juht"; known: ametnik, tootaja');
  });

  it('runs the given rules with the chosen profile and sorts findings by block, then rule id', () => {
    const result = checkDocument(tootajaSeedSnapshot(), { rules: [reporting('zeta', [5, 1]), reporting('alpha', [5, 3])] });
    expect(result.findings.map((f) => `${f.location.block}:${f.rule}`)).toEqual(['1:zeta', '3:alpha', '5:alpha', '5:zeta']);
    expect(result.findings[0].message.et).toBe('tootaja');
  });

  it('passes the loaded profiles and catalogue to the rules', () => {
    let seen: unknown[] = [];
    const spy: Rule = { ...reporting('spy', []), check: (ctx) => ((seen = [ctx.profiles.length, ctx.catalogue]), []) };
    const profiles = defaultProfiles();
    checkDocument(ametnikSeedSnapshot(), { rules: [spy], profiles: [profiles[1]] });
    expect(seen).toEqual([1, undefined]);
  });

  it('reports a rule that fails as a finding and still runs the others', () => {
    const broken: Rule = { ...reporting('broken', []), check: () => { throw new Error('boom'); } };
    const result = checkDocument(ametnikSeedSnapshot(), { rules: [broken, reporting('works', [7])] });
    expect(result.findings.map((f) => [f.rule, f.severity, f.location.block])).toEqual([
      ['broken', 'warning', 0],
      ['works', 'info', 7],
    ]);
    expect(result.findings[0].message.en).toMatch(/"broken" could not run .*boom/);
  });

  it('runs all rules by default: those of every job description, and the house rules the organisation switches on', () => {
    // Seed 001 with its typo, Estonian at C2, a placeholder and pending revisions.
    const doc = tootajaSeedSnapshot();
    const level = doc.blocks.find((b) => b.text.includes('vähemalt tasemel C1'))!;
    level.text = level.text.replace('tasemel C1', 'tasemel C2');
    const purpose = doc.blocks.find((b) => b.text.includes('kohaliku omavalistuse'))!;
    purpose.text = `${purpose.text} [sisesta tiim]`;
    doc.trackedChanges = 2;
    const fired = (result: ReturnType<typeof checkDocument>) => [...new Set(result.findings.map((f) => f.rule))].sort();
    const common = checkDocument(doc);
    expect(fired(common)).toEqual(['known-typo', 'language-level-above-max', 'placeholder-left', 'tracked-changes']);
    expect(common.findings).toEqual(checkDocument(doc, { rules: allRules }).findings);
    // A house rule runs once the organisation switches it on: a core competency the document lacks.
    const house = checkDocument(doc, { houseRules: { coreCompetencies: { all: ['Loovus'], leaders: [] } } });
    expect(fired(house)).toEqual([...fired(common), 'competency-core-missing'].sort());
  });

  it.each([
    ['an empty document', snapshotFromLines([])],
    ['a document of empty paragraphs', snapshotFromLines(['', ' ', ''])],
    ['a letter', snapshotFromLines(['Lugupeetud Liisa Kask', '', 'Täname pöördumise eest. Vastame kahe nädala jooksul.', 'Lugupidamisega', 'Kadri Tamm'])],
  ])('gives %s exactly one not-job-description finding', (_name, snapshot) => {
    const result = checkDocument(snapshot, { rules: [reporting('never', [0])] });
    expect(result.isJobDescription).toBe(false);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ rule: 'not-job-description', severity: 'error' });
    expect(finding.message.et).toMatch(/„Koosta“/);
    expect(finding.message.en).toMatch(/Koosta/);
  });

  it('names the first text of a non-job-description document', () => {
    const result = checkDocument(snapshotFromLines(['', 'Kutse koosolekule', 'Tule kohale.']));
    expect(result.findings[0].location).toEqual({ block: 1, text: 'Kutse koosolekule' });
    expect(result.findings[0].message.et).toMatch(/ei paista olevat ametijuhend/);
  });

  it('accepts a document with the title only, or with two sections but no title', () => {
    expect(checkDocument(snapshotFromLines(['AMETIJUHEND']), { rules: [] }).isJobDescription).toBe(true);
    expect(checkDocument(snapshotFromLines(['2. EESMÄRK', 'x', '3. ÜLESANDED']), { rules: [] }).isJobDescription).toBe(true);
    expect(checkDocument(snapshotFromLines(['2. EESMÄRK', 'x']), { rules: [] }).isJobDescription).toBe(false);
  });
});

/** The blocks an adapter makes of content plans (tags on every block of a plan, tables as cells). */
function planSnapshot(plans: ContentPlan[]) {
  const lines: SnapshotLine[] = [];
  let table = 0;
  for (const plan of plans) {
    const tags = plan.tag ? [plan.tag] : [];
    for (const block of plan.blocks) {
      if (block.type === 'table') {
        block.rows.forEach((cells, row) =>
          cells.forEach((paragraphs, col) => paragraphs.forEach((text) => lines.push({ text, kind: 'cell', table: { table, row, col }, tags }))),
        );
        table++;
      } else if (block.type === 'heading') lines.push({ text: block.text, headingLevel: block.level, tags });
      else lines.push({ text: block.text, bullet: block.type === 'bullet' || undefined, tags });
    }
  }
  return snapshotFromLines(lines);
}

describe('the skeleton reads back', () => {
  it.each(['ametnik', 'tootaja'])('%s: detected, every section found, one duty row to fill in, the signature block', (id) => {
    const profile = defaultProfiles().find((p) => p.id === id)!;
    const result = checkDocument(planSnapshot(skeletonPlans(profile)), { rules: [] });
    expect(result.profile.id).toBe(id);
    expect(result.isJobDescription).toBe(true);
    expect(result.jd.title?.value).toBe(profile.title);
    expect(result.jd.markers.map((m) => m.value)).toEqual(profile.markers);
    expect(result.jd.sections.every((s) => s.found)).toBe(true);
    // Every label of part 1 is there, waiting for its value.
    expect(Object.entries(result.jd.fields).map(([id, f]) => [id, f!.value])).toEqual(
      profile.fields.filter((f) => f.skeleton !== false).map((f) => [f.id, '']),
    );
    expect(result.jd.duties.map((d) => [d.number, d.task, d.results])).toEqual([['3.1', '[Ülesanne]', ['[Oodatav tulemus]']]]);
    expect(result.jd.changeClause?.value).toBe('[Osa tekst]'); // without a catalogue: a placeholder to replace
    // One signer: the role is the position, still a placeholder.
    expect(result.jd.signatures.map((s) => s.role)).toEqual(id === 'tootaja' ? ['Tööandja', 'Töötaja'] : ['[Ametinimetus]']);
  });
});

describe('dismissed warnings', () => {
  it('marks a warning the document stores as dismissed, with its reason; an error stays an error whatever is stored', () => {
    const base = ametnikSeedSnapshot();
    const at = base.blocks.findIndex((b) => b.text === 'Ametnikul on õigus:');
    const doc = { ...base, blocks: base.blocks.map((b, i) => (i === at ? { ...b, text: 'Töötajal on õigus:' } : b)) };
    const warning = checkDocument(doc).findings.find((f) => f.rule === 'terminology-mismatch')!;
    const withDismissals = { ...doc, dismissals: [{ id: findingDismissalId(warning), reason: 'Nii on kokku lepitud.' }] };
    const found = checkDocument(withDismissals).findings.find((f) => f.rule === 'terminology-mismatch')!;
    expect(found.dismissed).toEqual({ reason: 'Nii on kokku lepitud.' });
    // The same id for the same finding after an edit elsewhere (its identity is its rule and subject).
    const moved = { ...withDismissals, blocks: [{ ...withDismissals.blocks[0], text: 'AMETIJUHEND' }, ...withDismissals.blocks.slice(1)] };
    expect(checkDocument(moved).findings.find((f) => f.rule === 'terminology-mismatch')!.dismissed).toBeDefined();
    const noTitle = { ...base, blocks: base.blocks.filter((b) => b.text !== 'AMETIJUHEND') };
    const error = checkDocument(noTitle).findings.find((f) => f.severity === 'error')!;
    const stored = { ...noTitle, dismissals: [{ id: findingDismissalId(error), reason: 'x' }] };
    expect(checkDocument(stored).findings.find((f) => f.rule === error.rule)!.dismissed).toBeUndefined();
  });
});

describe('bounded on crafted documents', () => {
  it('lists at most MAX_FINDINGS_PER_RULE findings of a rule, then one that counts the rest', () => {
    const lines = ['AMETIJUHEND', '2. EESMÄRK', 'x', '3. ÜLESANDED', ...Array.from({ length: MAX_FINDINGS_PER_RULE + 50 }, () => 'XXX')];
    const placeholders = checkDocument(snapshotFromLines(lines)).findings.filter((f) => f.rule === 'placeholder-left');
    expect(placeholders).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(placeholders[MAX_FINDINGS_PER_RULE].message.et).toBe(
      'Dokument: veel 50 samasugust leidu kontrollist „placeholder-left“. Parandage eespool loetletud ja kontrollige uuesti.',
    );
  });

  it('tries out at most MAX_FIXES_TRIED fixes in one check; the rest come after those are done', () => {
    const typos = Array.from({ length: MAX_FIXES_TRIED + 5 }, (_, i) => `Kohaliku omavalistuse ülesanne ${i}.`);
    const result = checkDocument(snapshotFromLines(['AMETIJUHEND', '2. EESMÄRK', 'x', '3. ÜLESANDED', ...typos]));
    const found = result.findings.filter((f) => f.rule === 'known-typo');
    expect(found).toHaveLength(MAX_FIXES_TRIED + 5);
    expect(found.filter((f) => f.fix)).toHaveLength(MAX_FIXES_TRIED);
  });
});
