import { applyEdits } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { requiredCompetencies } from '../../src/core/catalogue/required';
import { skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { demoDocument } from '../../src/demo/demoDocument';
import { SEED_HOUSE_RULES } from '../rules/rule-context';

const catalogue = defaultCatalogue();
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;

describe('requiredCompetencies', () => {
  it('names the organisation\'s core competencies with their standard catalogue entries (not the additional namesakes), none yet in a new skeleton', () => {
    const doc = applyEdits({ blocks: [], trackedChanges: 0, comments: 0 }, skeletonPlans(ametnik, catalogue).map((plan) => ({ kind: 'insert' as const, at: { end: true as const }, plan })));
    const required = requiredCompetencies(catalogue, SEED_HOUSE_RULES, readJobDescription(doc, ametnik));
    expect(required.map((r) => [r.name, r.entry?.id, r.present, r.leaders])).toEqual([
      ['Kliendikesksus', 'kliendikesksus', false, false],
      ['Asjatundlikkus', 'asjatundlikkus', false, false],
      ['Koostöövõime', 'koostoovoime', false, false],
      ['Efektiivsus', 'efektiivsus', false, false],
    ]);
  });

  it('adds the leaders\' ones for a position that leads people, and sees those the document lists', () => {
    const doc = demoDocument();
    const title = doc.blocks.findIndex((b) => b.text === 'Nõunik');
    doc.blocks[title].text = 'Osakonnajuhataja';
    const required = requiredCompetencies(catalogue, SEED_HOUSE_RULES, readJobDescription(doc, ametnik));
    expect(required.map((r) => [r.name, r.present, r.leaders])).toEqual([
      ['Kliendikesksus', true, false],
      ['Asjatundlikkus', true, false],
      ['Koostöövõime', true, false],
      ['Efektiivsus', true, false],
      ['Eestvedamine', true, true],
    ]);
    expect(requiredCompetencies(catalogue, {}, readJobDescription(doc, ametnik))).toEqual([]);
  });
});
