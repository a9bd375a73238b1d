import { defaultCatalogue, loadCatalogue } from '../../src/core/catalogue/load';
import type { Catalogue } from '../../src/core/catalogue/types';
import { DataError } from '../../src/core/schema';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { matchCompetency } from '../../src/core/catalogue/match';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from '../core/seed-snapshots';

function copy(): Catalogue {
  return JSON.parse(JSON.stringify(defaultCatalogue())) as Catalogue;
}

function errorOf(json: unknown): DataError {
  try {
    loadCatalogue(json, 'kataloog.json');
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('the catalogue was accepted');
}

describe('loadCatalogue', () => {
  test('names the entry by id and the field for a schema error', () => {
    const c = copy();
    delete (c.competencies[0].name as Partial<Catalogue['competencies'][0]['name']>).en;
    const e = errorOf(c);
    expect(e.field).toBe('competencies[kliendikesksus].name.en');
    expect(e.message).toBe('kataloog.json: competencies[kliendikesksus].name.en: is required');
  });

  test('names unknown fields and bad enum values', () => {
    const c = copy() as unknown as { competencies: Record<string, unknown>[] };
    c.competencies[2].colour = 'red';
    expect(errorOf(c).field).toBe('competencies[asjatundlikkus].colour');
    const d = copy() as unknown as { competencies: Record<string, unknown>[] };
    d.competencies[1].group = 'boss';
    const e = errorOf(d);
    expect(e.field).toBe('competencies[eestvedamine].group');
    expect(e.reason).toMatch(/standard, leadership, additional/);
  });

  test('falls back to the position when the entry has no id', () => {
    const c = copy() as unknown as { competencies: Record<string, unknown>[] };
    delete c.competencies[3].id;
    expect(errorOf(c).field).toBe('competencies[3].id');
  });

  test('rejects a duplicate id', () => {
    const c = copy();
    c.competencies[4].id = 'kliendikesksus';
    expect(errorOf(c).field).toBe('competencies[kliendikesksus].id');
  });

  test('rejects replacedBy that refers to nothing, and replacedBy on an active entry', () => {
    const c = copy();
    c.competencies[0].status = 'retired';
    c.competencies[0].replacedBy = 'puudub';
    const e = errorOf(c);
    expect(e.field).toBe('competencies[kliendikesksus].replacedBy');
    expect(e.reason).toMatch(/"puudub"/);
    const d = copy();
    d.competencies[0].replacedBy = 'koostoovoime';
    expect(errorOf(d).field).toBe('competencies[kliendikesksus].replacedBy');
  });

  test('rejects indicator lists of different length', () => {
    const c = copy();
    c.competencies[0].indicators.en.pop();
    const e = errorOf(c);
    expect(e.field).toBe('competencies[kliendikesksus].indicators');
    expect(e.reason).toMatch(/3 Estonian and 2 English/);
    const d = copy();
    d.competencies[2].levels![0].indicators.et.pop();
    expect(errorOf(d).field).toBe('competencies[asjatundlikkus].levels[teenusedisain].indicators');
  });

  test('rejects an unknown clause variant and a clause item list mismatch', () => {
    const c = copy();
    c.clauses[0].variants = ['ametnik', 'praktikant'];
    const e = errorOf(c);
    expect(e.field).toBe('clauses[oigused-ametnik].variants');
    expect(e.reason).toMatch(/praktikant/);
    const d = copy();
    d.clauses[1].items.en.push('extra');
    expect(errorOf(d).field).toBe('clauses[oigused-tootaja].items');
  });

  test('rejects two active entries with the same name in one group', () => {
    const c = copy();
    c.competencies.find((x) => x.id === 'loovus')!.name.et = 'Korrektsus';
    expect(errorOf(c).field).toBe('competencies[loovus].name.et');
  });

  test('rejects a line break inside an indicator and a non-catalogue', () => {
    const c = copy();
    c.competencies[0].indicators.et[0] = 'kaks\nrida';
    expect(errorOf(c).field).toBe('competencies[kliendikesksus].indicators.et.0');
    expect(errorOf('not a catalogue').field).toBe('');
    expect(errorOf({ ...copy(), format: 2 }).field).toBe('format');
  });
});

describe('the shipped catalogue', () => {
  const catalogue = defaultCatalogue();

  test('loads and has every group', () => {
    expect(catalogue.format).toBe(1);
    expect(new Set(catalogue.competencies.map((c) => c.group))).toEqual(new Set(['standard', 'leadership', 'additional']));
    expect(catalogue.competencies.find((c) => c.id === 'eestvedamine')!.group).toBe('leadership');
  });

  test.each([
    ['ametnik', ametnikSeedSnapshot],
    ['tootaja', tootajaSeedSnapshot],
  ])('holds every competency of the %s seed, with Estonian and English text', (profileId, snapshot) => {
    const profile = defaultProfiles().find((p) => p.id === profileId)!;
    const jd = readJobDescription(snapshot(), profile);
    expect(jd.competencies.length).toBeGreaterThanOrEqual(13);
    for (const c of jd.competencies) {
      const match = matchCompetency(catalogue, c);
      expect({ name: c.name, found: match?.entry.status }).toEqual({ name: c.name, found: 'active' });
      expect(match!.entry.name.en.length).toBeGreaterThan(2);
      expect(match!.entry.name.en).not.toBe(match!.entry.name.et);
      expect(match!.entry.description.en).not.toBe(match!.entry.description.et);
    }
  });

  test('the same name in both groups are separate entries (Efektiivsus, Asjatundlikkus)', () => {
    const byName = (name: string) => catalogue.competencies.filter((c) => c.name.et === name).map((c) => c.group).sort();
    expect(byName('Efektiivsus')).toEqual(['additional', 'standard']);
    expect(byName('Asjatundlikkus')).toEqual(['additional', 'standard']);
  });

  test('has the standard clauses of both variants, with a name placeholder in the signatures', () => {
    const ids = catalogue.clauses.map((c) => c.id);
    for (const id of ['oigused-ametnik', 'oigused-tootaja', 'vastutus-ametnik', 'vastutus-tootaja', 'toovahendid-ametnik', 'toovahendid-tootaja', 'muutmine', 'allkirjad-ametnik', 'allkirjad-tootaja']) {
      expect(ids).toContain(id);
    }
    expect(catalogue.clauses.find((c) => c.id === 'oigused-ametnik')!.lead!.et).toBe('Ametnikul on õigus:');
    expect(catalogue.clauses.find((c) => c.id === 'vastutus-tootaja')!.lead!.et).toBe('Töötaja vastutab:');
    const signer = catalogue.clauses.find((c) => c.id === 'allkirjad-ametnik')!;
    expect(signer.items.et).toEqual(['(allkirjastatud digitaalselt)', '[Ees- ja perekonnanimi]', 'Peadirektor']);
    expect(catalogue.clauses.find((c) => c.id === 'allkirjad-tootaja')!.lead!.et).toBe('Poolte allkirjad:');
  });
});
