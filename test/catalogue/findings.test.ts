import { checkDocument } from '../../src/core/engine';
import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import { competencyInsertPoint, competencyPlan } from '../../src/core/catalogue/plan';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
// The demo host's in-memory document applies edits the way Word does; a realistic round trip.
import { applyEdits } from '../../src/core/apply';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { catalogueCopy } from './helpers';

/** The catalogue rules are the house rule "catalogueCompetencies": an organisation's own catalogue switches them on. */
const competencyFindings = (rules: string[], snapshot: Parameters<typeof checkDocument>[0], options: Parameters<typeof checkDocument>[1] = {}) =>
  checkDocument(snapshot, { houseRules: { catalogueCompetencies: true }, ...options }).findings.filter((f) => rules.includes(f.rule));

const OURS = ['competency-outdated', 'competency-retired', 'competency-unknown'];

describe('catalogue findings through the engine', () => {
  test('the seeds are clean against the shipped catalogue', () => {
    expect(competencyFindings(OURS, ametnikSeedSnapshot(), { catalogue: defaultCatalogue() })).toEqual([]);
    expect(competencyFindings(OURS, tootajaSeedSnapshot(), { catalogue: defaultCatalogue() })).toEqual([]);
  });

  test('a new catalogue version reports drift and retirement in the requirements section', () => {
    const next = catalogueCopy();
    next.version = '2027.1';
    const kk = next.competencies.find((c) => c.id === 'kliendikesksus')!;
    kk.indicators.et[0] = 'Lähtub töös kliendi vajadustest, õigustest ja ootustest.';
    kk.changedIn = '2027.1';
    const loovus = next.competencies.find((c) => c.id === 'loovus')!;
    loovus.status = 'retired';
    loovus.replacedBy = 'suhete-loomise-oskus';
    loovus.changedIn = '2027.1';
    const findings = competencyFindings(OURS, tootajaSeedSnapshot(), { catalogue: loadCatalogue(next, 'next.json') });
    expect(findings.map((f) => [f.rule, f.location.text])).toEqual([
      ['competency-outdated', 'Kliendikesksus'],
      ['competency-retired', 'Loovus'],
    ]);
    expect(findings.every((f) => f.section === 'nouded')).toBe(true);
  });

  test('without a catalogue the catalogue rules say nothing', () => {
    const s = ametnikSeedSnapshot();
    s.blocks = s.blocks.map((b) => (b.text === 'Kliendikesksus:' ? { ...b, text: 'Klienditeenindus:' } : b));
    expect(competencyFindings(OURS, s)).toEqual([]);
    expect(competencyFindings(OURS, s, { catalogue: defaultCatalogue() }).map((f) => f.rule)).toEqual(['competency-unknown']);
  });
});

describe('inserted catalogue text reads back as the same competency', () => {
  test('Eestvedamine inserted into seed 001 is tagged, in the standard group, and current', () => {
    const catalogue = defaultCatalogue();
    const profile = defaultProfiles().find((p) => p.id === 'tootaja')!;
    const seed = tootajaSeedSnapshot();
    const entry = catalogue.competencies.find((c) => c.id === 'eestvedamine')!;
    const at = competencyInsertPoint(readJobDescription(seed, profile), entry.group, seed, profile);
    const doc = applyEdits(seed, [{ kind: 'insert', at, plan: competencyPlan(entry, catalogue.version, 'et') }]);
    const jd = readJobDescription(doc, profile);
    const standard = jd.competencies.filter((c) => c.group === 'standard');
    expect(standard.map((c) => c.name)).toEqual(['Kliendikesksus', 'Asjatundlikkus', 'Koostöövõime', 'Efektiivsus', 'Eestvedamine']);
    const inserted = standard[4];
    expect(inserted.tag).toBe('jd:competency:eestvedamine@2026.1');
    expect(inserted.bullets).toEqual(entry.indicators.et);
    expect(competencyFindings(OURS, doc, { catalogue })).toEqual([]);
  });
});
