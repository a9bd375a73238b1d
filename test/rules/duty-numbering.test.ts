import { dutyNumbering } from '../../src/core/rules/duty-numbering';
import { blockWith, replaceText, run, seed, setBlock } from './rule-context';

describe('duty-numbering', () => {
  it('stays silent on both seeds ("3.1" … and "3.1." … are each consistent)', () => {
    expect(run(dutyNumbering, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(dutyNumbering, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a gap and replaces the typed number', () => {
    const doc = replaceText(seed('ametnik'), '3.3 Kliendirahulolu', '3.4 Kliendirahulolu');
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, '3.4 Kliendirahulolu');
    expect(f).toMatchObject({ rule: 'duty-numbering', severity: 'warning', section: 'ulesanded' });
    expect(f.location.block).toBe(block);
    expect(f.message.et).toBe('Osa 3 „TEENISTUSKOHUSTUSED“: ülesande number on „3.4“, peab olema „3.3“. Parandage number.');
    expect(f.message.en).toContain('numbered "3.4" but should be "3.3"');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: '3.4', replace: '3.3' }]);
  });

  it('fires for a number in the minority style', () => {
    const doc = replaceText(seed('tootaja'), '3.2. Arendusprojektide', '3.2 Arendusprojektide');
    const findings = run(dutyNumbering, doc, 'tootaja');
    expect(findings.map((f) => f.message.et)).toEqual([
      'Osa 3 „TÖÖÜLESANDED“: ülesande number on „3.2“, peab olema „3.2.“. Parandage number.',
    ]);
    expect(findings[0].fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, '3.2 Arendus'), find: '3.2', replace: '3.2.' }]);
  });

  it('accepts duties numbered 1., 2., … without the section number, and checks their sequence', () => {
    let doc = seed('ametnik');
    for (let i = 1; i <= 10; i++) doc = replaceText(doc, `3.${i} `, `${i}. `);
    expect(run(dutyNumbering, doc, 'ametnik')).toEqual([]);
    const gap = replaceText(doc, '2. Teavituskampaaniate', '4. Teavituskampaaniate');
    expect(run(dutyNumbering, gap, 'ametnik').map((f) => f.message.et)).toEqual([
      'Osa 3 „TEENISTUSKOHUSTUSED“: ülesande number on „4.“, peab olema „2.“. Parandage number.',
    ]);
  });

  it('has no fix for an automatic number', () => {
    const base = seed('ametnik');
    const at = blockWith(base, '3.2 Teavituskampaaniate');
    const doc = setBlock(base, at, 'Teavituskampaaniate kavandamine ja läbiviimine.', { number: '3.5' });
    const findings = run(dutyNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    expect(findings[0].location.block).toBe(at);
    expect(findings[0].fix).toBeUndefined();
  });
});
