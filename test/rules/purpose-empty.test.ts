import { purposeEmpty } from '../../src/core/rules/purpose-empty';
import { blockWith, removeBlocks, run, sectionRange, seed, setBlock } from './rule-context';

describe('purpose-empty', () => {
  it('stays silent on both seeds', () => {
    expect(run(purposeEmpty, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(purposeEmpty, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a purpose section without text', () => {
    const emptied = setBlock(seed('tootaja'), blockWith(seed('tootaja'), 'Töökoha eesmärk on'), '');
    const findings = run(purposeEmpty, emptied, 'tootaja');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'purpose-empty', severity: 'error', section: 'eesmark' });
    expect(f.location).toEqual({ block: blockWith(emptied, '2. TÖÖKOHA EESMÄRK'), text: '2. TÖÖKOHA EESMÄRK' });
    expect(f.message.et).toBe('Osa 2 „TÖÖKOHA EESMÄRK“ on tühi. Kirjutage ühe-kahe lausega, milleks see koht on loodud.');
    expect(f.message.en).toContain('Part 2 "TÖÖKOHA EESMÄRK" is empty');
  });

  it('stays silent when the section itself is missing (section-missing reports it)', () => {
    const doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '2. AMETIKOHA EESMÄRK'));
    expect(run(purposeEmpty, doc, 'ametnik')).toEqual([]);
  });
});
