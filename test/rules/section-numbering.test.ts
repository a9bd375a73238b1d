import { sectionNumbering } from '../../src/core/rules/section-numbering';
import { blockWith, removeBlocks, replaceText, run, sectionRange, seed, setBlock } from './rule-context';

describe('section-numbering', () => {
  it('stays silent on both seeds', () => {
    expect(run(sectionNumbering, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(sectionNumbering, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a wrong typed number and replaces it', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', '4. VASTUTUS');
    const findings = run(sectionNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, '4. VASTUTUS');
    expect(f).toMatchObject({ rule: 'section-numbering', severity: 'warning', section: 'vastutus' });
    expect(f.location).toEqual({ block, text: '4. VASTUTUS' });
    expect(f.message.et).toBe('Osa 5 „VASTUTUS“: pealkirja number on „4.“, peab olema „5.“. Parandage number.');
    expect(f.message.en).toContain('numbered "4." but should be "5."');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: '4.', replace: '5.' }]);
  });

  it('keeps the style without a dot', () => {
    const doc = replaceText(seed('tootaja'), '5. VASTUTUS', '9 VASTUTUS');
    const [f] = run(sectionNumbering, doc, 'tootaja');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, '9 VASTUTUS'), find: '9', replace: '5' }]);
  });

  it('fires for a heading without a number and types the number in', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', 'VASTUTUS');
    const [f] = run(sectionNumbering, doc, 'ametnik');
    expect(f.message.et).toBe('Osa 5 „VASTUTUS“: pealkirjal „VASTUTUS“ puudub number. Kirjutage pealkirja ette „5.“.');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, 'VASTUTUS'), find: 'VASTUTUS', replace: '5. VASTUTUS' }]);
  });

  it('has no fix for an automatic list number', () => {
    const base = seed('ametnik');
    const doc = setBlock(base, blockWith(base, '5. VASTUTUS'), 'VASTUTUS', { number: '4.' });
    const [f] = run(sectionNumbering, doc, 'ametnik');
    expect(f.message.et).toContain('pealkirja number on „4.“');
    expect(f.fix).toBeUndefined();
  });

  it('accepts later sections moving up when an optional section is left out', () => {
    let doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '6. TÖÖVAHENDID'));
    doc = replaceText(doc, '7. AMETIKOHALE', '6. AMETIKOHALE');
    doc = replaceText(doc, '8. AMETIJUHENDI', '7. AMETIJUHENDI');
    expect(run(sectionNumbering, doc, 'ametnik')).toEqual([]);
  });
});
