import { competencyDuplicate } from '../../src/core/rules/competency-duplicate';
import { blockWith, insertLines, run, seed } from './rule-context';

describe('competency-duplicate', () => {
  it('reports the two genuine duplicates of seed 000 (Efektiivsus, Asjatundlikkus in both groups)', () => {
    const doc = seed('ametnik');
    const findings = run(competencyDuplicate, doc, 'ametnik');
    expect(findings.map((f) => [f.rule, f.severity, f.section, f.location.block])).toEqual([
      ['competency-duplicate', 'warning', 'nouded', blockWith(doc, 'Efektiivsus: On süsteemne')],
      ['competency-duplicate', 'warning', 'nouded', blockWith(doc, 'Asjatundlikkus: Hoiab end kursis')],
    ]);
    expect(findings[0].message.et).toBe(
      'Osa 7 „AMETIKOHALE ESITATAVAD NÕUDED“: kompetents „Efektiivsus“ on juba loetletud tööks vajalike kompetentside all. Jätke alles üks ja ühendage tekstid.',
    );
    expect(findings[1].message.en).toBe(
      'Part 7 "AMETIKOHALE ESITATAVAD NÕUDED": the competency "Asjatundlikkus" is already listed under required competencies. Keep one and merge the texts.',
    );
  });

  it('stays silent on seed 001', () => {
    expect(run(competencyDuplicate, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires within one group, ignoring a note in parentheses', () => {
    const base = seed('tootaja');
    const doc = insertLines(base, blockWith(base, 'Abivalmidus:'), ['▪ Pingetaluvus: Säilitab rahu.']);
    const findings = run(competencyDuplicate, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    expect(findings[0].location.block).toBe(blockWith(doc, 'Pingetaluvus: Säilitab rahu.'));
    expect(findings[0].message.et).toContain('kompetents „Pingetaluvus“ on juba loetletud samas rühmas („Pingetaluvus (tasakaalukus)“).');
  });
});
