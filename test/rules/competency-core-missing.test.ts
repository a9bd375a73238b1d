import { competencyCoreMissing } from '../../src/core/rules/competency-core-missing';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { applyFix, blockWith, contextFor, replaceText, run, seed, SEED_HOUSE_RULES } from './rule-context';

const house = { houseRules: SEED_HOUSE_RULES };

/** The seed without one standard competency: its "Name:" line and the bullets under it. */
function withoutCompetency(doc: DocumentSnapshot, name: string): DocumentSnapshot {
  const start = blockWith(doc, `${name}:`);
  let end = start + 1;
  while (end < doc.blocks.length && !/^\p{Lu}[\p{L}]+:$/u.test(doc.blocks[end].text) && doc.blocks[end].text !== '') end++;
  const blocks = doc.blocks.filter((b) => b.index < start || b.index >= end).map((b, index) => ({ ...b, index }));
  return { ...doc, blocks };
}

describe('competency-core-missing', () => {
  it('stays silent on both seeds under the seed agency’s house rules (the employee, without subordinates, needs no Eestvedamine)', () => {
    expect(run(competencyCoreMissing, seed('ametnik'), 'ametnik', house)).toEqual([]);
    expect(seed('tootaja').blocks.some((b) => b.text.startsWith('Eestvedamine'))).toBe(false);
    expect(run(competencyCoreMissing, seed('tootaja'), 'tootaja', house)).toEqual([]);
  });

  it('is a house rule: without the organisation’s core competencies it says nothing', () => {
    expect(competencyCoreMissing.houseRule).toBe('coreCompetencies');
    expect(run(competencyCoreMissing, withoutCompetency(seed('ametnik'), 'Koostöövõime'), 'ametnik')).toEqual([]);
  });

  it('fires for a missing core competency', () => {
    const doc = withoutCompetency(seed('ametnik'), 'Koostöövõime');
    expect(doc.blocks.some((b) => b.text === 'Koostöövõime:')).toBe(false);
    const findings = run(competencyCoreMissing, doc, 'ametnik', house);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'competency-core-missing', severity: 'warning', section: 'nouded', subject: 'Koostöövõime' });
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
    const [f] = competencyCoreMissing.check({ ...contextFor(doc, 'ametnik', house), catalogue });
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
    const out = applyFix(competencyCoreMissing, doc, 'ametnik', f, { ...house, catalogue });
    const entry = catalogue.competencies.find((c) => c.id === 'koostoovoime')!;
    expect(out).toMatchObject({ removed: [], added: ['Koostöövõime:', ...entry.indicators.et] });
    expect(out.snapshot.blocks.map((b) => b.text).indexOf('Koostöövõime:')).toBe(lastBullet + 1);
  });

  it('depends on the position: a leader (subordinates, or a leader’s title) needs Eestvedamine, others do not', () => {
    const withoutLeadership = withoutCompetency(seed('ametnik'), 'Eestvedamine');
    expect(run(competencyCoreMissing, withoutLeadership, 'ametnik', house)).toEqual([]);
    const head = replaceText(withoutLeadership, 'Nõunik', 'Osakonna juhataja');
    expect(run(competencyCoreMissing, head, 'ametnik', house).map((f) => f.subject)).toEqual(['Eestvedamine']);
    const withTeam = replaceText(seed('tootaja'), 'Teenuse arendusnõustaja', 'Meeskonnajuht');
    expect(run(competencyCoreMissing, withTeam, 'tootaja', house).map((f) => f.subject)).toEqual(['Eestvedamine']);
  });
});
