import ametnik from '../../data/profiles/ametnik.json';
import { loadCatalogue } from '../../src/core/catalogue/load';
import { DataError } from '../../src/core/schema';
import { checkDocument } from '../../src/core/engine';
import { profilesFor } from '../../src/core/profiles';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { catalogueCopy } from './helpers';

// An organisation's shared catalogue may carry its own structure profiles, so every writer's pane
// gets them with the catalogue, without a new release of the add-in.
function withProfile(profile: object) {
  const c = catalogueCopy() as unknown as Record<string, unknown>;
  c.profiles = [profile];
  return c;
}

const agency = {
  ...ametnik,
  id: 'asutus-y',
  name: { et: 'Asutus Y', en: 'Agency Y' },
  sections: ametnik.sections.map((s) => (s.id === 'uldosa' ? { ...s, title: 'ÜLDANDMED', synonyms: ['ÜLDOSA'] } : s)),
};

test('a catalogue with a profile: loaded, validated, and its id may be named by clauses', () => {
  const json = withProfile(agency);
  (json.clauses as { variants: string[] }[])[0].variants.push('asutus-y');
  const catalogue = loadCatalogue(json, 'asutus.json');
  expect(catalogue.profiles?.map((p) => p.id)).toEqual(['asutus-y']);
  expect(profilesFor(catalogue).map((p) => p.id)).toEqual(['ametnik', 'tootaja', 'asutus-y']);
});

test('a broken profile in the catalogue is named by its id and field', () => {
  const load = () => loadCatalogue(withProfile({ ...agency, sections: 'ÜLDOSA' }), 'asutus.json');
  expect(load).toThrow(DataError);
  expect(load).toThrow('asutus.json: profiles[asutus-y].sections: must be array');
});

test("the catalogue's profile replaces a shipped one with the same id, and the check uses it", () => {
  const renamed = { ...agency, id: 'ametnik' };
  const catalogue = loadCatalogue(withProfile(renamed), 'asutus.json');
  expect(profilesFor(catalogue).map((p) => p.id)).toEqual(['tootaja', 'ametnik']);
  const result = checkDocument(ametnikSeedSnapshot(), { catalogue, profileId: 'ametnik' });
  expect(result.jd.sections.find((s) => s.id === 'uldosa')).toMatchObject({ found: true, title: 'ÜLDANDMED' });
  // Without the catalogue the shipped title is in force.
  expect(checkDocument(ametnikSeedSnapshot(), { profileId: 'ametnik' }).jd.sections[0].title).toBe('ÜLDOSA');
});
