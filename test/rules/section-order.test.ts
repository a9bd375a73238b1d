import { sectionOrder } from '../../src/core/rules/section-order';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { blockWith, run, sectionRange, seed } from './rule-context';

/** Moves the blocks of one section to just before the block that starts with `before`. */
function moveSection(doc: DocumentSnapshot, heading: string, before: string): DocumentSnapshot {
  const [from, to] = sectionRange(doc, heading);
  const moved = doc.blocks.slice(from, to + 1);
  const rest = doc.blocks.filter((b) => b.index < from || b.index > to);
  const at = rest.findIndex((b) => b.text.startsWith(before));
  const blocks = [...rest.slice(0, at), ...moved, ...rest.slice(at)].map((b, index) => ({ ...b, index }));
  return { ...doc, blocks };
}

describe('section-order', () => {
  it('stays silent on both seeds', () => {
    expect(run(sectionOrder, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(sectionOrder, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('reports a swapped section once, saying where it belongs', () => {
    const doc = moveSection(seed('ametnik'), '5. VASTUTUS', '4. ÕIGUSED');
    const findings = run(sectionOrder, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'section-order', severity: 'warning', section: 'vastutus' });
    expect(f.location).toEqual({ block: blockWith(doc, '5. VASTUTUS'), text: '5. VASTUTUS' });
    expect(f.message.et).toBe('Osa 5 „VASTUTUS“ on vales kohas. Tõstke see osa pärast osa 4 „ÕIGUSED“.');
    expect(f.message.en).toBe('Part 5 "VASTUTUS" is out of order. Move the section after part 4 "ÕIGUSED".');
  });

  it('reports only the one section moved far up', () => {
    const doc = moveSection(seed('tootaja'), '8. AMETIJUHENDI MUUTMINE', '2. TÖÖKOHA EESMÄRK');
    const findings = run(sectionOrder, doc, 'tootaja');
    expect(findings.map((f) => f.section)).toEqual(['muutmine']);
    expect(findings[0].message.et).toContain('pärast osa 7 „TÖÖKOHALE ESITATAVAD NÕUDED“');
  });
});
