import { placeholderLeft } from '../../src/core/rules/placeholder-left';
import { blockWith, insertLines, replaceText, run, seed } from './rule-context';
import { snapshotFromLines } from '../core/seed-snapshots';

describe('placeholder-left', () => {
  it('stays silent on both seeds', () => {
    expect(run(placeholderLeft, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(run(placeholderLeft, seed('tootaja'), 'tootaja')).toEqual([]);
  });

  it('fires for "<sisesta …>" and names the section', () => {
    const doc = replaceText(seed('ametnik'), 'Perehüvitiste valdkonna juht', '<sisesta juhi ametinimetus>');
    const findings = run(placeholderLeft, doc, 'ametnik');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: 'placeholder-left', severity: 'error', section: 'uldosa' });
    expect(f.location).toEqual({ block: blockWith(doc, '<sisesta'), text: '<sisesta juhi ametinimetus>' });
    expect(f.message.et).toBe('Osa 1 „ÜLDOSA“: täitekoht „<sisesta juhi ametinimetus>“ on asendamata. Kirjutage selle asemele õige tekst.');
    expect(f.message.en).toContain('the placeholder "<sisesta juhi ametinimetus>" is still there');
  });

  it.each([
    ['[...]', '[...]'],
    ['[…]', '[…]'],
    ['[sisesta kuupäev]', '[sisesta kuupäev]'],
    ['Kehtib alates [kuupäev].', '[kuupäev]'],
    ['[kirjelda töökoha eesmärki]', '[kirjelda töökoha eesmärki]'],
    ['Vastutav isik: [nimi]', '[nimi]'],
    ['Ametnik töötab ________ osakonnas.', '________'],
    ['<insert name>', '<insert name>'],
    ['XXX osakond', 'XXX'],
    ['TODO: täpsustada', 'TODO'],
    ['…', '…'],
    ['Allkirjastaja: ________', '________'],
  ])('fires for %s', (text, fragment) => {
    const base = seed('tootaja');
    const doc = insertLines(base, blockWith(base, '3. TÖÖÜLESANDED'), [text]);
    const findings = run(placeholderLeft, doc, 'tootaja');
    expect(findings.map((f) => [f.location.text, f.section])).toEqual([[fragment, 'eesmark']]);
  });

  it.each(['(nii sise- kui väliskliendi)', 'töörühmades, koolitustel jne;', 'Vaata ka lisa [1].', 'Xxx', 'MAXXXIMUM'])(
    'stays silent for ordinary text %s',
    (text) => {
      const base = seed('tootaja');
      const doc = insertLines(base, blockWith(base, '3. TÖÖÜLESANDED'), [text]);
      expect(run(placeholderLeft, doc, 'tootaja')).toEqual([]);
    },
  );

  it('accepts underscore lines to sign on below the signatures', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, base.blocks.length, ['Tutvusin: ______________']);
    expect(run(placeholderLeft, doc, 'ametnik')).toEqual([]);
  });

  it('accepts the signing lines at the end of a document that has no signature block of its own', () => {
    const doc = snapshotFromLines([
      'AMETIJUHEND', '1. ÜLDOSA', 'Ametinimetus: õpetaja', '2. PÕHIÜLESANDED', '2.1 Õpetab.',
      'Kinnitan, et olen ametijuhendiga tutvunud.', '', 'Töötaja: ______________', 'Kuupäev: ____.____.20__', 'Direktor: ______________', '(allkiri)',
    ]);
    expect(run(placeholderLeft, doc, 'tootaja')).toEqual([]);
  });

  it('finds Word\'s own text in an empty form field of a template, in Estonian and English', () => {
    const base = seed('ametnik');
    const doc = insertLines(base, blockWith(base, '5. VASTUTUS'), ['3.9. Klõpsake või koputage siin teksti sisestamiseks.', '3.10. Click or tap here to enter text.']);
    expect(run(placeholderLeft, doc, 'ametnik').map((f) => f.location.text)).toEqual(['Klõpsake või koputage siin teksti sisestamiseks.', 'Click or tap here to enter text.']);
  });

  it('accepts a place and date to fill in, and notes in brackets under the blanks, at the end', () => {
    const doc = snapshotFromLines([
      'AMETIJUHEND', '1. ÜLDOSA', 'Ametinimetus: õpetaja', '2. PÕHIÜLESANDED', '2.1 Õpetab.',
      'Olen ametijuhendiga tutvunud', '______________________   ______________   ____________', '(ees- ja perekonnanimi)  (allkiri)  (kuupäev)',
      'Tallinn, „___“ ____________ 2026. a',
    ]);
    expect(run(placeholderLeft, doc, 'tootaja')).toEqual([]);
    // Blanks inside the text above are still reported.
    const above = snapshotFromLines(['AMETIJUHEND', '1. ÜLDOSA', 'Ametinimetus: õpetaja', '2. PÕHIÜLESANDED', '2.1 Õpetab ______ ainet.', 'Tallinn, „___“ ____________ 2026. a']);
    expect(run(placeholderLeft, above, 'tootaja').map((f) => f.location.text)).toEqual(['______']);
  });
});
