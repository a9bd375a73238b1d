import { sectionMissing } from '../../src/core/rules/section-missing';
import { snapshotFromLines } from '../core/seed-snapshots';
import { applyFix, blockWith, removeBlocks, replaceText, run, sectionRange, seed, SEED_HOUSE_RULES } from './rule-context';

describe('section-missing', () => {
  it('stays silent on both seeds', () => {
    expect(run(sectionMissing, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(sectionMissing, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a missing required section and inserts it after the previous one', () => {
    const doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '5. VASTUTUS'));
    const findings = run(sectionMissing, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'section-missing', severity: 'error', section: 'vastutus', subject: 'vastutus' });
    expect(f.message.et).toBe('Osa „VASTUTUS“ puudub. Lisage see osa pealkirjaga „VASTUTUS“.');
    expect(f.message.en).toContain('Section "VASTUTUS" is missing');
    const lastOfRights = blockWith(doc, '6. TÖÖVAHENDID') - 1;
    expect(f.location.block).toBe(lastOfRights);
    const edit = f.fix?.edits[0];
    expect(edit).toMatchObject({ kind: 'insert', at: { after: lastOfRights }, plan: { tag: 'jd:section:vastutus' } });
    expect(edit?.kind === 'insert' && edit.plan.blocks[0]).toEqual({ type: 'heading', level: 1, text: '5. VASTUTUS' });
    const out = applyFix(sectionMissing, doc, 'ametnik', f);
    expect(out.removed).toEqual([]);
    expect(out.added[0]).toBe('5. VASTUTUS');
    const texts = out.snapshot.blocks.map((b) => b.text);
    expect(texts.indexOf('5. VASTUTUS')).toBe(lastOfRights + 1);
    expect(texts.slice(lastOfRights + 1 + out.added.length)[0]).toBe('6. TÖÖVAHENDID');
  });

  it('uses the employee profile titles', () => {
    const doc = removeBlocks(seed('tootaja'), ...sectionRange(seed('tootaja'), '3. TÖÖÜLESANDED'));
    const [f] = run(sectionMissing, doc, 'tootaja');
    expect(f.message.et).toContain('Osa „TÖÖÜLESANDED“ puudub');
    expect(run(sectionMissing, doc, 'tootaja', { houseRules: { numbering: true } })[0].message.et).toContain('Osa 3 „TÖÖÜLESANDED“ puudub');
  });

  it('takes responsibility stated without a heading of its own ("vastutab … eest" among the duties)', () => {
    let doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '5. VASTUTUS'));
    doc = replaceText(doc, '3.1 Koostöös', '3.1 Vastutab selle eest, et koostöös');
    expect(run(sectionMissing, doc, 'ametnik')).toEqual([]);
  });

  it('stays silent when only an optional section is missing', () => {
    const doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '6. TÖÖVAHENDID'));
    expect(run(sectionMissing, doc, 'ametnik')).toEqual([]);
  });

  it('reports every section every job description needs, and those the organisation requires, inserting at the end', () => {
    expect(run(sectionMissing, snapshotFromLines([]), 'ametnik').map((f) => f.section)).toEqual(['eesmark', 'ulesanded', 'oigused', 'vastutus', 'nouded']);
    const findings = run(sectionMissing, snapshotFromLines([]), 'ametnik', { houseRules: SEED_HOUSE_RULES });
    expect(findings.map((f) => f.section)).toEqual(['uldosa', 'eesmark', 'ulesanded', 'oigused', 'vastutus', 'toovahendid', 'nouded', 'muutmine']);
    expect(findings.every((f) => f.fix?.edits[0].kind === 'insert' && 'end' in f.fix.edits[0].at)).toBe(true);
    const out = applyFix(sectionMissing, snapshotFromLines([]), 'ametnik', findings[0], { houseRules: SEED_HOUSE_RULES });
    expect(out.added[0]).toBe('1. ÜLDOSA');
    expect(out.snapshot.blocks[0]).toMatchObject({ text: '1. ÜLDOSA', headingLevel: 1, tags: ['jd:section:uldosa'] });
  });
});
