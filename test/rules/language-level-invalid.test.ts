import { languageLevelInvalid } from '../../src/core/rules/language-level-invalid';
import { blockWith, replaceText, run, seed } from './rule-context';

describe('language-level-invalid', () => {
  it('stays silent on both seeds (C1, B1, B2)', () => {
    expect(run(languageLevelInvalid, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(languageLevelInvalid, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a level that is not CEFR', () => {
    const doc = replaceText(seed('ametnik'), 'tasemel C1', 'tasemel C3');
    const findings = run(languageLevelInvalid, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'language-level-invalid', severity: 'error', section: 'nouded' });
    expect(f.location).toEqual({ block: blockWith(doc, 'Eesti keele valdamine'), text: 'Eesti keele valdamine vähemalt tasemel C3.' });
    expect(f.message.et).toBe(
      'Osa 7 „AMETIKOHALE ESITATAVAD NÕUDED“: eesti keele tase „C3“ ei ole keeleoskustase. Kasutage taset A1, A2, B1, B2, C1 või C2.',
    );
    expect(f.message.en).toContain('the Estonian level "C3" is not a language level');
  });

  it('names a foreign language requirement as such', () => {
    const doc = replaceText(seed('tootaja'), 'tasemel B2', 'tasemel D1');
    const [f] = run(languageLevelInvalid, doc, 'tootaja');
    expect(f.message.et).toContain('võõrkeele tase „D1“');
  });

  it('accepts a level written in lower case', () => {
    expect(run(languageLevelInvalid, replaceText(seed('ametnik'), 'tasemel C1', 'tasemel c1'), 'ametnik')).toEqual([]);
  });
});
