import { languageLevelMissing } from '../../src/core/rules/language-level-missing';
import { blockWith, replaceText, run, seed, setBlock } from './rule-context';

describe('language-level-missing', () => {
  it('stays silent on both seeds', () => {
    expect(run(languageLevelMissing, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(languageLevelMissing, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a foreign language without a level under the house rule "languageLevels" only', () => {
    const doc = replaceText(seed('ametnik'), ' oskus vähemalt tasemel B1.', ' oskus.');
    expect(run(languageLevelMissing, doc, 'ametnik')).toEqual([]);
    const findings = run(languageLevelMissing, doc, 'ametnik', { houseRules: { languageLevels: true } });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'language-level-missing', severity: 'warning', section: 'nouded' });
    expect(f.location.block).toBe(blockWith(doc, 'Vähemalt ühe võõrkeele'));
    expect(f.message.et).toBe(
      'Osa 7 „AMETIKOHALE ESITATAVAD NÕUDED“: võõrkeele oskuse tase on märkimata. Lisage tase (nt „vähemalt tasemel B2“).',
    );
    expect(f.message.en).toContain('no level is given for foreign language');
  });

  it('fires when Estonian is not required at all', () => {
    const base = seed('tootaja');
    const doc = setBlock(base, blockWith(base, 'Eesti keele valdamine'), '');
    const findings = run(languageLevelMissing, doc, 'tootaja');
    expect(findings).toHaveLength(1);
    expect(findings[0].location.block).toBe(blockWith(doc, '7. TÖÖKOHALE ESITATAVAD NÕUDED'));
    expect(findings[0].message.et).toContain('Osa 7 „TÖÖKOHALE ESITATAVAD NÕUDED“: eesti keele oskuse nõue puudub.');
  });

  it('takes a level for the language it is written with: "väga hea eesti keele oskus; inglise keel B2" gives Estonian none', () => {
    const base = seed('tootaja');
    const at = blockWith(base, 'Eesti keele valdamine');
    const missing = run(languageLevelMissing, setBlock(base, at, 'Väga hea eesti keele oskus; inglise keel B2-tasemel.'), 'tootaja');
    expect(missing.map((f) => f.message.en)).toEqual([expect.stringContaining('no level is given for Estonian')]);
    // Each language with its own level, or a list of languages sharing one level, is complete.
    for (const text of ['Eesti keel C1; inglise keel B2.', 'Eesti keele oskus C1-tasemel, inglise keele oskus suhtlustasandil.', 'Eesti, inglise ja vene keele oskus B2-tasemel.']) {
      expect({ text, found: run(languageLevelMissing, setBlock(base, at, text), 'tootaja') }).toEqual({ text, found: [] });
    }
  });
});
