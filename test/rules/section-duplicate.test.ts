import { sectionDuplicate } from '../../src/core/rules/section-duplicate';
import { blockWith, insertLines, run, seed } from './rule-context';

describe('section-duplicate', () => {
  it('stays silent on both seeds (the duties table header "Põhiülesanded" is no heading)', () => {
    expect(run(sectionDuplicate, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(sectionDuplicate, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a second numbered heading of the same section', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '6. TÖÖVAHENDID'), [{ text: '5. VASTUTUS', bold: true }, 'Ametnik vastutab ka muu eest.']);
    const findings = run(sectionDuplicate, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'section-duplicate', severity: 'error', section: 'vastutus' });
    expect(f.location).toEqual({ block: blockWith(doc, '6. TÖÖVAHENDID') - 2, text: '5. VASTUTUS' });
    expect(f.message.et).toBe(
      'Osa 5 „VASTUTUS“ on dokumendis mitu korda (pealkiri „5. VASTUTUS“). Jätke alles üks osa ja tõstke selle sisu sinna.',
    );
    expect(f.message.en).toContain('Part 5 "VASTUTUS" appears more than once');
  });

  it('fires for a heading-styled copy under a synonym, without a number', () => {
    const base = seed('tootaja');
    const doc = insertLines(base, blockWith(base, '4. ÕIGUSED'), [{ text: 'Tööülesanded', headingLevel: 1 }]);
    const [f] = run(sectionDuplicate, doc, 'tootaja');
    expect(f.section).toBe('ulesanded');
    expect(f.message.et).toContain('Osa 3 „TÖÖÜLESANDED“ on dokumendis mitu korda');
  });

  it('stays silent for a plain unnumbered "Põhiülesanded" line inside the duties section', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '3. TEENISTUSKOHUSTUSED') + 1, ['Põhiülesanded']);
    expect(run(sectionDuplicate, doc, 'ametnik')).toEqual([]);
  });
});
