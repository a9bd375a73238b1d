import { competencyUnknown } from '../../src/core/rules/competency-unknown';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import type { Catalogue } from '../../src/core/catalogue/types';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { blockWith, contextFor, insertLines, replaceText, seed, type ProfileId } from './rule-context';

const check = (snapshot: DocumentSnapshot, profileId: ProfileId, catalogue: Catalogue | null = defaultCatalogue()) =>
  competencyUnknown.check({ ...contextFor(snapshot, profileId), catalogue: catalogue ?? undefined });

describe('competency-unknown', () => {
  it('stays silent on both seeds and without a catalogue', () => {
    expect(check(seed('ametnik'), 'ametnik')).toEqual([]);
    expect(check(seed('tootaja'), 'tootaja')).toEqual([]);
    const doc = replaceText(seed('ametnik'), 'Kliendikesksus:', 'Kliendikeskus:');
    expect(check(doc, 'ametnik', null)).toEqual([]);
  });

  it('fires (info) for a misspelt name and suggests the catalogue entry', () => {
    const doc = replaceText(seed('ametnik'), 'Kliendikesksus:', 'Kliendikeskus:');
    const findings = check(doc, 'ametnik');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'competency-unknown', severity: 'info', section: 'nouded' });
    expect(findings[0].location).toEqual({ block: blockWith(doc, 'Kliendikeskus:'), text: 'Kliendikeskus' });
    expect(findings[0].message.et).toBe(
      'Osa 7 „AMETIKOHALE ESITATAVAD NÕUDED“: Kompetentsi „Kliendikeskus“ ei ole kataloogis (versioon 2026.1). Sarnane kataloogis: „Kliendikesksus“. Kontrollige nime või kasutage kataloogi kompetentsi.',
    );
    expect(findings[0].fix).toBeUndefined();
  });

  it('fires for an additional competency the catalogue does not have', () => {
    const seedDoc = seed('tootaja');
    const doc = insertLines(seedDoc, blockWith(seedDoc, 'Suhete loomise oskus:') + 1, ['\u25AA Ajaplaneerimine: Planeerib oma aega hästi.']);
    const [f, ...rest] = check(doc, 'tootaja');
    expect(rest).toEqual([]);
    expect(f.location.text).toBe('Ajaplaneerimine');
    expect(f.message.en).toContain('The competency "Ajaplaneerimine" is not in the catalogue (version 2026.1). Similar in the catalogue: "Effectiveness".');
  });

  it('a tag with an id the catalogue lacks does not hide a known name', () => {
    const s = seed('ametnik');
    const at = blockWith(s, 'Loovus:');
    const doc = { ...s, blocks: s.blocks.map((b) => (b.index === at ? { ...b, tags: ['jd:competency:vana-id@2020.1'] } : b)) };
    expect(check(doc, 'ametnik')).toEqual([]);
  });
});
