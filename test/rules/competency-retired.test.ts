import { competencyRetired } from '../../src/core/rules/competency-retired';
import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import { checkDocument } from '../../src/core/engine';
import type { Catalogue } from '../../src/core/catalogue/types';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { catalogueCopy } from '../catalogue/helpers';
import { blockWith, contextFor, fixOutput, seed, type ProfileId } from './rule-context';

const check = (snapshot: DocumentSnapshot, profileId: ProfileId, catalogue: Catalogue | null = defaultCatalogue()) =>
  competencyRetired.check({ ...contextFor(snapshot, profileId), catalogue: catalogue ?? undefined });

/** Korrektsus retired in 2027.1, replaced by a new "Täpsus" (or by nothing). */
function retiring(replacement: boolean): Catalogue {
  const c = catalogueCopy();
  c.version = '2027.1';
  const old = c.competencies.find((x) => x.id === 'korrektsus')!;
  old.status = 'retired';
  old.changedIn = '2027.1';
  if (replacement) {
    old.replacedBy = 'tapsus';
    c.competencies.push({
      ...JSON.parse(JSON.stringify(old)),
      id: 'tapsus',
      name: { et: 'Täpsus', en: 'Precision' },
      status: 'active',
      replacedBy: undefined,
    });
    delete c.competencies[c.competencies.length - 1].replacedBy;
  }
  return loadCatalogue(c, 'retiring.json');
}

describe('competency-retired', () => {
  it('stays silent on both seeds and without a catalogue', () => {
    expect(check(seed('ametnik'), 'ametnik')).toEqual([]);
    expect(check(seed('tootaja'), 'tootaja')).toEqual([]);
    expect(check(seed('ametnik'), 'ametnik', null)).toEqual([]);
    expect(check(seed('ametnik'), 'ametnik', retiring(true))).toHaveLength(1);
  });

  it('fires for a retired competency, names the replacement and offers to insert it after', () => {
    const doc = seed('tootaja');
    const findings = check(doc, 'tootaja', retiring(true));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'competency-retired', severity: 'warning', section: 'nouded' });
    expect(f.location).toEqual({ block: blockWith(doc, 'Korrektsus:'), text: 'Korrektsus' });
    expect(f.message.et).toBe(
      'Osa 7 „TÖÖKOHALE ESITATAVAD NÕUDED“: Kompetents „Korrektsus“ on kataloogist eemaldatud (versioon 2027.1). Kasutage selle asemel kompetentsi „Täpsus“ ja kustutage vana tekst.',
    );
    expect(f.message.en).toContain('Use "Precision" instead');
    const [edit] = f.fix!.edits;
    expect(edit).toMatchObject({ kind: 'insert', at: { after: blockWith(doc, 'Korrektsus:') } });
    if (edit.kind !== 'insert') throw new Error('not an insert');
    expect(edit.plan.tag).toBe('jd:competency:tapsus@2027.1');
    expect(edit.plan.blocks[0]).toMatchObject({ type: 'bullet', text: expect.stringMatching(/^Täpsus: Täidab ülesandeid/) });
  });

  it('applied, the fix puts the replacement after the retired one and keeps the user’s text, so the finding stays and the engine does not offer it', () => {
    const doc = seed('tootaja');
    const catalogue = retiring(true);
    const [f] = check(doc, 'tootaja', catalogue);
    const out = fixOutput(doc, f);
    const retired = doc.blocks[blockWith(doc, 'Korrektsus:')].text;
    expect(out.removed).toEqual([]);
    expect(out.added).toEqual([expect.stringMatching(/^Täpsus: Täidab ülesandeid/)]);
    const texts = out.snapshot.blocks.map((b) => b.text);
    expect(texts.indexOf(out.added[0])).toBe(texts.indexOf(retired) + 1);
    expect(check(out.snapshot, 'tootaja', catalogue).map((x) => x.subject)).toEqual(['Korrektsus']);
    const offered = checkDocument(doc, { catalogue, houseRules: { catalogueCompetencies: true } }).findings.find((x) => x.rule === 'competency-retired');
    expect(offered).toMatchObject({ subject: 'Korrektsus' });
    expect(offered?.fix).toBeUndefined();
  });

  it('without a replacement says to delete it and offers no fix', () => {
    const [f] = check(seed('ametnik'), 'ametnik', retiring(false));
    expect(f.message.et).toContain('Kustutage see või valige kataloogist muu kompetents.');
    expect(f.fix).toBeUndefined();
  });
});
