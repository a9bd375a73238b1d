import { defaultCatalogue } from '../../src/core/catalogue/load';
import { createSearchIndex } from '../../src/core/catalogue/search';
import type { Catalogue } from '../../src/core/catalogue/types';

const et = createSearchIndex(defaultCatalogue(), 'et');
const ids = (query: string, index = et) => index.search(query).map((c) => c.id);

describe('catalogue search', () => {
  test('ignores diacritics: "koostoo" finds Koostöövõime first', () => {
    expect(ids('koostoo')[0]).toBe('koostoovoime');
  });

  test('forgives a typo: "kliendikeskus" finds Kliendikesksus', () => {
    expect(ids('kliendikeskus')[0]).toBe('kliendikesksus');
    expect(ids('klinedikesksus')[0]).toBe('kliendikesksus');
  });

  test('ignores case: "EFEKTIIVSUS" finds both Efektiivsus entries first', () => {
    expect(ids('EFEKTIIVSUS').slice(0, 2).sort()).toEqual(['efektiivsus', 'efektiivsus-taiendav']);
  });

  test('matches prefixes while typing, and every word of the query', () => {
    expect(ids('kli')[0]).toBe('kliendikesksus');
    expect(ids('suhete loo')[0]).toBe('suhete-loomise-oskus');
    expect(ids('suhete zzzz')).toEqual([]);
  });

  test('finds by keyword, indicator and inside compounds', () => {
    expect(ids('stress')[0]).toBe('pingetaluvus');
    expect(ids('teenusedisain')).toContain('asjatundlikkus');
    expect(ids('võime')).toEqual(expect.arrayContaining(['koostoovoime', 'empaatiavoime', 'analuusi-ja-uldistusvoime']));
  });

  test('searches the chosen language', () => {
    const en = createSearchIndex(defaultCatalogue(), 'en');
    expect(ids('cooperation', en)[0]).toBe('koostoovoime');
    expect(ids('empthy', en)[0]).toBe('empaatiavoime');
  });

  test('an empty query lists everything in catalogue order; nonsense finds nothing', () => {
    expect(ids('  ')).toEqual(defaultCatalogue().competencies.map((c) => c.id));
    expect(ids('qqqqqq')).toEqual([]);
  });

  test('ranks retired entries below active ones', () => {
    const c = JSON.parse(JSON.stringify(defaultCatalogue())) as Catalogue;
    const old = c.competencies.find((x) => x.id === 'efektiivsus')!;
    old.status = 'retired';
    old.replacedBy = 'efektiivsus-taiendav';
    expect(ids('efektiivsus', createSearchIndex(c, 'et'))).toEqual(['efektiivsus-taiendav', 'efektiivsus']);
  });
});
