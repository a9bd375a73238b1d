import { terminologyMismatch } from '../../src/core/rules/terminology-mismatch';
import { applyFix, blockWith, insertLines, replaceText, run, seed } from './rule-context';

/** The variant's single words are the house rule 'vocabulary'; its set phrases are checked in every document. */
const words = { houseRules: { vocabulary: true } };

describe('terminology-mismatch', () => {
  it('stays silent on both seeds (e.g. "töötajate koolitamiseks" in seed 000 is not a listed word)', () => {
    expect(seed('ametnik').blocks.some((b) => b.text.includes('töötajate koolitamiseks'))).toBe(true);
    expect(run(terminologyMismatch, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(terminologyMismatch, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for the employee word in a civil servant heading, keeping capitals', () => {
    const doc = replaceText(seed('ametnik'), '2. AMETIKOHA EESMÄRK', '2. TÖÖKOHA EESMÄRK');
    const findings = run(terminologyMismatch, doc, 'ametnik', words);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, '2. TÖÖKOHA EESMÄRK');
    expect(f).toMatchObject({ rule: 'terminology-mismatch', severity: 'warning', section: 'eesmark' });
    expect(f.location).toEqual({ block, text: 'TÖÖKOHA' });
    expect(f.message.et).toBe(
      'Osa 2 „AMETIKOHA EESMÄRK“: „TÖÖKOHA“ on teise ametijuhendi liigi sõna. Kirjutage „AMETIKOHA“ (Ametnik (avalik teenistus)).',
    );
    expect(f.message.en).toContain('"TÖÖKOHA" belongs to the other kind of job description');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: 'TÖÖKOHA', replace: 'AMETIKOHA' }]);
    expect(applyFix(terminologyMismatch, doc, 'ametnik', f, words)).toMatchObject({ removed: ['2. TÖÖKOHA EESMÄRK'], added: ['2. AMETIKOHA EESMÄRK'] });
  });

  it('keeps the ending and the capital of an inflected word, one edit per occurrence', () => {
    const doc = replaceText(seed('ametnik'), 'Ametikoha eesmärk on', 'Töökohale on eesmärk ja töökoha eesmärk on');
    const [first, second] = run(terminologyMismatch, doc, 'ametnik', words);
    const block = blockWith(doc, 'Töökohale on');
    expect(first.fix?.edits).toEqual([{ kind: 'replace', block, find: 'Töökohale', replace: 'Ametikohale' }]);
    expect(second.fix?.edits).toEqual([{ kind: 'replace', block, find: 'töökoha', replace: 'ametikoha' }]);
    const [added] = applyFix(terminologyMismatch, doc, 'ametnik', second, words).added;
    expect(added).toMatch(/^Töökohale on eesmärk ja ametikoha eesmärk on /);
  });

  it('finds a set phrase of the other variant in every document, without house rules', () => {
    const doc = replaceText(seed('tootaja'), 'Töötajal on õigus:', 'Ametnikul on õigus:');
    const [f] = run(terminologyMismatch, doc, 'tootaja');
    expect(f.section).toBe('oigused');
    expect(f.message.et).toContain('Osa 4 „ÕIGUSED“: „Ametnikul on õigus“ on teise ametijuhendi liigi sõna. Kirjutage „Töötajal on õigus“');
    expect(f.fix?.edits[0]).toMatchObject({ find: 'Ametnikul on õigus', replace: 'Töötajal on õigus' });
    expect(applyFix(terminologyMismatch, doc, 'tootaja', f)).toMatchObject({ removed: ['Ametnikul on õigus:'], added: ['Töötajal on õigus:'] });
  });

  it('takes a set phrase only where it opens its line: inside a sentence it speaks of others', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '5. VASTUTUS'), ['3.9. selgitab, millal töötajal on õigus puhkusele;', '3.10. Töötaja vastutab vara eest.\n• Töötajal on õigus saada teavet.']);
    expect(run(terminologyMismatch, doc, 'ametnik').map((f) => f.location.text)).toEqual(['Töötaja vastutab', 'Töötajal on õigus']);
  });

  it('says nothing of single words without the house rule, nor of one variant’s phrases when the variant is not known', () => {
    const doc = replaceText(seed('ametnik'), '2. AMETIKOHA EESMÄRK', '2. TÖÖKOHA EESMÄRK');
    expect(run(terminologyMismatch, doc, 'ametnik')).toEqual([]);
    expect(run(terminologyMismatch, seed('tootaja'), 'tootaja', { variantKnown: false })).toEqual([]);
  });

  it('reports a mix of both variants’ set phrases when the variant is not known, without a fix', () => {
    const doc = replaceText(seed('ametnik'), 'Ametnikul on õigus:', 'Töötajal on õigus:');
    const findings = run(terminologyMismatch, doc, 'ametnik', { variantKnown: false });
    expect(findings.map((f) => [f.location.text, f.fix])).toEqual([['Töötajal on õigus', undefined]]);
    expect(findings[0].message.et).toContain('„Töötajal on õigus“ ja „Ametnik vastutab“ on eri liiki ametijuhendite väljendid');
  });

  it('does not match inside another word', () => {
    const doc = replaceText(seed('ametnik'), 'Ametikoha eesmärk on', 'Kõrvaltöökoha eesmärk on');
    expect(run(terminologyMismatch, doc, 'ametnik', words)).toEqual([]);
  });
});
