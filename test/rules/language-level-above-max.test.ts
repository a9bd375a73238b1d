import { languageLevelAboveMax } from '../../src/core/rules/language-level-above-max';
import { applyFix, blockWith, replaceText, run, seed } from './rule-context';

describe('language-level-above-max', () => {
  it('stays silent on both seeds (Estonian at C1)', () => {
    expect(run(languageLevelAboveMax, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(languageLevelAboveMax, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for Estonian at C2 and offers C1', () => {
    const doc = replaceText(seed('tootaja'), 'Eesti keele valdamine vähemalt tasemel C1', 'Eesti keele valdamine vähemalt tasemel C2');
    const findings = run(languageLevelAboveMax, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const block = blockWith(doc, 'Eesti keele valdamine');
    expect(f).toMatchObject({ rule: 'language-level-above-max', severity: 'error', section: 'nouded' });
    expect(f.location).toEqual({ block, text: 'Eesti keele valdamine vähemalt tasemel C2.' });
    expect(f.message.et).toBe(
      'Osa 7 „TÖÖKOHALE ESITATAVAD NÕUDED“: eesti keele nõutav tase on C2, kuid tööandja võib nõuda kõige rohkem taset C1. Muutke tase C1-ks.',
    );
    expect(f.message.en).toContain('an employer may require at most C1');
    expect(f.fix?.edits).toEqual([{ kind: 'replace', block, find: 'C2', replace: 'C1' }]);
    expect(applyFix(languageLevelAboveMax, doc, 'tootaja', f)).toMatchObject({
      removed: ['Eesti keele valdamine vähemalt tasemel C2.'],
      added: ['Eesti keele valdamine vähemalt tasemel C1.'],
    });
  });

  it('stays silent for a foreign language at C2', () => {
    const doc = replaceText(seed('ametnik'), 'oskus vähemalt tasemel B1', 'oskus vähemalt tasemel C2');
    expect(run(languageLevelAboveMax, doc, 'ametnik')).toEqual([]);
  });
});
