import { knownTypo } from '../../src/core/rules/known-typo';
import { KNOWN_TYPOS } from '../../src/core/rules/known-typos';
import { applyFix, blockWith, insertLines, replaceText, run, seed } from './rule-context';

describe('known-typo', () => {
  it('finds exactly the one genuine typo of seed 001, "omavalistuse"', () => {
    const doc = seed('tootaja');
    const findings = run(knownTypo, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, 'kohaliku omavalistuse');
    expect(f).toMatchObject({ rule: 'known-typo', severity: 'warning', section: 'eesmark' });
    expect(f.location).toEqual({ block, text: 'omavalistuse' });
    expect(f.message.et).toBe('Osa 2 „TÖÖKOHA EESMÄRK“: kirjaviga „omavalistuse“. Õige on „omavalitsuse“.');
    expect(f.message.en).toBe('Part 2 "TÖÖKOHA EESMÄRK": misspelling "omavalistuse". The right spelling is "omavalitsuse".');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: 'omavalistuse', replace: 'omavalitsuse' }]);
    const written = doc.blocks[block].text;
    expect(applyFix(knownTypo, doc, 'tootaja', f)).toMatchObject({ removed: [written], added: [written.replace('omavalistuse', 'omavalitsuse')] });
  });

  it('stays silent on seed 000', () => {
    expect(run(knownTypo, seed('ametnik'), 'ametnik')).toEqual([]);
  });

  it('keeps the capital and the ending', () => {
    const doc = replaceText(seed('ametnik'), 'Kliendikesksus:', 'Kompetensid: Kordineerimine');
    const findings = run(knownTypo, doc, 'ametnik');
    expect(findings.map((f) => f.fix?.edits[0])).toEqual([
      expect.objectContaining({ find: 'Kompetensid', replace: 'Kompetentsid' }),
      expect.objectContaining({ find: 'Kordineerimine', replace: 'Koordineerimine' }),
    ]);
    expect(applyFix(knownTypo, doc, 'ametnik', findings[1]).added).toEqual(['Kompetensid: Koordineerimine']);
  });

  it('finds a misspelt word with a soft hyphen inside, and its fix replaces that whole word', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '5. VASTUTUS'), ['Tagab omava\u00adlistuse andmete kaitse.']);
    const [f] = run(knownTypo, doc, 'ametnik');
    expect(f.location.text).toBe('omava\u00adlistuse');
    expect(applyFix(knownTypo, doc, 'ametnik', f).added).toEqual(['Tagab omavalitsuse andmete kaitse.']);
  });

  it('fixes the very word it names when the word is in the paragraph twice ("kompetens ja kompetens")', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '5. VASTUTUS'), ['kompetens ja kompetens']);
    const [first, second] = run(knownTypo, doc, 'ametnik');
    expect(applyFix(knownTypo, doc, 'ametnik', first).added).toEqual(['kompetents ja kompetens']);
    expect(applyFix(knownTypo, doc, 'ametnik', second).added).toEqual(['kompetens ja kompetents']);
  });

  it('names the signatures as the place below the signature marker', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, base.blocks.length, ['Valla omavalistuse esindaja']);
    const [f] = run(knownTypo, doc, 'ametnik');
    expect(f.message.et).toBe('Allkirjad: kirjaviga „omavalistuse“. Õige on „omavalitsuse“.');
    expect(f.section).toBeUndefined();
  });

  it('no listed wrong stem starts its own correction', () => {
    for (const t of KNOWN_TYPOS) expect(t.replace.startsWith(t.find)).toBe(false);
  });
});
