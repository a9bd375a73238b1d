import { competencyCoreMissing } from '../../src/core/rules/competency-core-missing';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { blockWith, contextFor, run, seed } from './rule-context';

/** The seed without one standard competency: its "Name:" line and the bullets under it. */
function withoutCompetency(doc: DocumentSnapshot, name: string): DocumentSnapshot {
  const start = blockWith(doc, `${name}:`);
  let end = start + 1;
  while (end < doc.blocks.length && !/^\p{Lu}[\p{L}]+:$/u.test(doc.blocks[end].text) && doc.blocks[end].text !== '') end++;
  const blocks = doc.blocks.filter((b) => b.index < start || b.index >= end).map((b, index) => ({ ...b, index }));
  return { ...doc, blocks };
}

describe('competency-core-missing', () => {
  it('stays silent on both seeds (the employee profile does not require Eestvedamine)', () => {
    expect(run(competencyCoreMissing, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(seed('tootaja').blocks.some((b) => b.text.startsWith('Eestvedamine'))).toBe(false);
    expect(run(competencyCoreMissing, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for a missing core competency', () => {
    const doc = withoutCompetency(seed('ametnik'), 'Koostöövõime');
    expect(doc.blocks.some((b) => b.text === 'Koostöövõime:')).toBe(false);
    const findings = run(competencyCoreMissing, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'competency-core-missing', severity: 'warning', section: 'nouded' });
    expect(f.location).toEqual({ block: blockWith(doc, 'Kliendikesksus:'), text: 'Kliendikesksus:' });
    expect(f.message.et).toBe(
      'Osa 7 „AMETIKOHALE ESITATAVAD NÕUDED“: põhikompetents „Koostöövõime“ puudub. Lisage see pealkirja „Tööks vajalikud kompetentsid“ alla.',
    );
    expect(f.message.en).toContain('the core competency "Koostöövõime" is missing');
    expect(f.fix).toBeUndefined();
  });

  it('with a catalogue, inserts the catalogue text after the last standard competency', () => {
    const doc = withoutCompetency(seed('ametnik'), 'Koostöövõime');
    const catalogue = defaultCatalogue();
    const [f] = competencyCoreMissing.check({ ...contextFor(doc, 'ametnik'), catalogue });
    const lastBullet = blockWith(doc, 'Kasutab ressursse tulemuslikult ning vastutustundlikult.');
    expect(f.fix?.edits).toEqual([
      {
        kind: 'insert',
        at: { after: lastBullet },
        plan: expect.objectContaining({
          tag: `jd:competency:koostoovoime@${catalogue.version}`,
          blocks: expect.arrayContaining([{ type: 'paragraph', text: 'Koostöövõime:' }]),
        }),
      },
    ]);
  });

  it('follows the profile: the civil servant profile wants Eestvedamine in the employee seed', () => {
    const findings = run(competencyCoreMissing, seed('tootaja'), 'ametnik');
    expect(findings.map((f) => f.message.et)).toEqual([expect.stringContaining('põhikompetents „Eestvedamine“ puudub')]);
  });
});
