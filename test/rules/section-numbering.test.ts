import { sectionNumbering } from '../../src/core/rules/section-numbering';
import { applyFix, blockWith, insertLines, removeBlocks, replaceText, run, sectionRange, seed, SEED_HOUSE_RULES, setBlock } from './rule-context';

const house = { houseRules: SEED_HOUSE_RULES };

describe('section-numbering: numbers in sequence (every document)', () => {
  it('stays silent on both seeds, with and without house rules', () => {
    for (const id of ['ametnik', 'tootaja'] as const) {
      expect(run(sectionNumbering, seed(id), id)).toEqual([]);
      expect(run(sectionNumbering, seed(id), id, house)).toEqual([]);
    }
  });

  it('fires once for a break in the sequence, and the fix numbers the typed heading right', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', '4. VASTUTUS');
    const findings = run(sectionNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, '4. VASTUTUS');
    expect(f).toMatchObject({ rule: 'section-numbering', severity: 'warning', section: 'vastutus', location: { block, text: '4. VASTUTUS' } });
    expect(f.message.et).toBe(
      'Dokument: osade numbrid ei ole järjest: pärast „4. ÕIGUSED“ tuleb „4. VASTUTUS“. Nummerdage osad järjest (praegu 1, 2, 3, 4, 4, 6, 7, 8).',
    );
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: '4.', replace: '5.' }]);
    expect(applyFix(sectionNumbering, doc, 'ametnik', f)).toMatchObject({ removed: ['4. VASTUTUS'], added: ['5. VASTUTUS'] });
  });

  it('reports a shift of every later section once, not once per section', () => {
    let doc = seed('ametnik');
    for (const [from, to] of [['5. VASTUTUS', '6. VASTUTUS'], ['6. TÖÖVAHENDID', '7. TÖÖVAHENDID'], ['7. AMETIKOHALE', '8. AMETIKOHALE'], ['8. AMETIJUHENDI', '9. AMETIJUHENDI']]) {
      doc = replaceText(doc, from, to);
    }
    const findings = run(sectionNumbering, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    expect(findings[0].location.text).toBe('6. VASTUTUS');
    const out = applyFix(sectionNumbering, doc, 'ametnik', findings[0]);
    expect(out.added).toEqual(['5. VASTUTUS', '6. TÖÖVAHENDID', '7. AMETIKOHALE ESITATAVAD NÕUDED', '8. AMETIJUHENDI MUUTMINE']);
    expect(out.snapshot.blocks.map((b) => b.text)).toEqual(seed('ametnik').blocks.map((b) => b.text));
  });

  it('takes an extra section ("3. Valveaja rakendamine") that shifts the rest without error', () => {
    let doc = seed('ametnik');
    const at = blockWith(doc, '3. TEENISTUSKOHUSTUSED');
    doc = insertLines(doc, at, [{ text: '3. VALVEAJA RAKENDAMINE', bold: true }, 'Teenistuskohal rakendatakse valveaega.']);
    for (const n of [8, 7, 6, 5, 4, 3]) {
      const heading = doc.blocks.find((b) => b.index > at + 1 && b.text.startsWith(`${n}. `) && b.bold);
      if (heading) doc = setBlock(doc, heading.index, heading.text.replace(`${n}.`, `${n + 1}.`), { bold: true });
    }
    expect(run(sectionNumbering, doc, 'ametnik')).toEqual([]);
  });

  it('says which heading lacks its number, and the fix types it in', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', 'VASTUTUS');
    const findings = run(sectionNumbering, doc, 'ametnik');
    expect(findings.map((f) => f.message.et)).toEqual([
      'Dokument: pealkirjal „VASTUTUS“ puudub number, kuigi teised osad on nummerdatud. Kirjutage pealkirja ette „5.“.',
    ]);
    const fixed = applyFix(sectionNumbering, doc, 'ametnik', findings[0]);
    expect(fixed).toMatchObject({ removed: ['VASTUTUS'], added: ['5. VASTUTUS'] });
  });

  it('has no fix for Word’s automatic numbering', () => {
    const base = seed('ametnik');
    const doc = setBlock(base, blockWith(base, '5. VASTUTUS'), 'VASTUTUS', { number: '4.' });
    const [f] = run(sectionNumbering, doc, 'ametnik');
    expect(f.location.text).toBe('VASTUTUS');
    expect(f.fix).toBeUndefined();
  });

  it('offers no fix that would break a section’s own sub-numbers', () => {
    const doc = replaceText(replaceText(seed('ametnik'), '5. VASTUTUS', '4. VASTUTUS'), 'Ametnik vastutab:', '4.1 Ametnik vastutab:');
    const [f] = run(sectionNumbering, doc, 'ametnik');
    expect(f.location.text).toBe('4. VASTUTUS');
    expect(f.fix).toBeUndefined();
  });
});

describe('section-numbering: the profile’s numbers (house rule "numbering")', () => {
  it('fires for a wrong typed number and replaces it', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', '4. VASTUTUS');
    const [f] = run(sectionNumbering, doc, 'ametnik', house);
    const block = blockWith(doc, '4. VASTUTUS');
    expect(f.message.et).toBe('Osa 5 „VASTUTUS“: pealkirja number on „4.“, peab olema „5.“. Parandage number.');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: '4.', replace: '5.' }]);
    expect(applyFix(sectionNumbering, doc, 'ametnik', f, house)).toMatchObject({ removed: ['4. VASTUTUS'], added: ['5. VASTUTUS'] });
  });

  it('keeps the style without a dot', () => {
    const doc = replaceText(seed('tootaja'), '5. VASTUTUS', '9 VASTUTUS');
    const [f] = run(sectionNumbering, doc, 'tootaja', house);
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, '9 VASTUTUS'), find: '9', replace: '5' }]);
    expect(applyFix(sectionNumbering, doc, 'tootaja', f, house)).toMatchObject({ removed: ['9 VASTUTUS'], added: ['5 VASTUTUS'] });
  });

  it('fires for a heading without a number and types the number in', () => {
    const doc = replaceText(seed('ametnik'), '5. VASTUTUS', 'VASTUTUS');
    const [f] = run(sectionNumbering, doc, 'ametnik', house);
    expect(f.message.et).toBe('Osa 5 „VASTUTUS“: pealkirjal „VASTUTUS“ puudub number. Kirjutage pealkirja ette „5.“.');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block: blockWith(doc, 'VASTUTUS'), find: 'VASTUTUS', replace: '5. VASTUTUS' }]);
    expect(applyFix(sectionNumbering, doc, 'ametnik', f, house)).toMatchObject({ removed: ['VASTUTUS'], added: ['5. VASTUTUS'] });
  });

  it('accepts later sections moving up when an optional section is left out', () => {
    let doc = removeBlocks(seed('ametnik'), ...sectionRange(seed('ametnik'), '6. TÖÖVAHENDID'));
    doc = replaceText(doc, '7. AMETIKOHALE', '6. AMETIKOHALE');
    doc = replaceText(doc, '8. AMETIJUHENDI', '7. AMETIJUHENDI');
    expect(run(sectionNumbering, doc, 'ametnik', { houseRules: { numbering: true } })).toEqual([]);
  });
});
