import { findTerm, fold, foldChars, foldLabel, hasTypedBullet, splitNumber, stripBullet, withoutInvisibles } from '../../src/core/normalize';

describe('fold', () => {
  it('lower-cases, folds Estonian diacritics and collapses whitespace', () => {
    expect(fold('  TÖÖÜLESANDED\u00a0ja  Õigused\tŠokk Žürii ')).toBe('tooulesanded ja oigused sokk zurii');
  });
  it('drops characters that show nothing: a soft hyphen, zero-width spaces and joiners, a byte-order mark', () => {
    expect(fold('\ufeffTEENISTUS\u00adKOHUSTUSED ja\u200b õigused\u2060')).toBe('teenistuskohustused ja oigused');
    expect(withoutInvisibles('ameti\u00adjuhend\u200c')).toBe('ametijuhend');
    // Called again and again (the pattern keeps no state between calls).
    expect(['a\u00adb', 'c\u00add', 'e\u00adf'].map(withoutInvisibles)).toEqual(['ab', 'cd', 'ef']);
    expect(withoutInvisibles('as written')).toBe('as written');
  });
});

describe('splitNumber', () => {
  it('splits typed section and item numbers', () => {
    expect(splitNumber('3. TEENISTUSKOHUSTUSED')).toEqual({ number: '3.', rest: 'TEENISTUSKOHUSTUSED' });
    expect(splitNumber('3 TÖÖÜLESANDED')).toEqual({ number: '3', rest: 'TÖÖÜLESANDED' });
    expect(splitNumber('3.10. Vahetu juhi')).toEqual({ number: '3.10.', rest: 'Vahetu juhi' });
    expect(splitNumber('3.1\tKoostöös')).toEqual({ number: '3.1', rest: 'Koostöös' });
    expect(splitNumber('2) Vahetu juht: direktor')).toEqual({ number: '2)', rest: 'Vahetu juht: direktor' });
  });
  it('leaves text without a number alone', () => {
    expect(splitNumber('Vähemalt 2-aastane töökogemus')).toEqual({ rest: 'Vähemalt 2-aastane töökogemus' });
    expect(splitNumber('2-aastane töökogemus').number).toBeUndefined();
    expect(splitNumber('2025. aasta').number).toBeUndefined();
  });
});

describe('bullets', () => {
  it.each(['\uF0B7 saada infot', '▪ saada infot', '• saada infot', '- saada infot', '– saada infot', '* saada infot', '· saada infot', '\uF0B7saada infot'])(
    'strips the typed bullet of %j',
    (text) => {
      expect(hasTypedBullet(text)).toBe(true);
      expect(stripBullet(text)).toBe('saada infot');
    },
  );
  it('does not take a leading hyphen of a word for a bullet', () => {
    expect(hasTypedBullet('-materjalide valmistamine')).toBe(false);
    expect(stripBullet('-materjalide valmistamine')).toBe('-materjalide valmistamine');
  });
});

describe('findTerm', () => {
  it('finds a stem at a word start, any case and ending, and returns the text as written', () => {
    expect(findTerm('Osaleda Töökohale vajalikel koolitustel', 'töökoha')).toEqual({ index: 8, text: 'Töökoha' });
    expect(findTerm('TOOULESANDED', 'tööülesanded')).toEqual({ index: 0, text: 'TOOULESANDED' });
    expect(findTerm('Töötajal  on õigus:', 'töötajal on õigus')?.text).toBe('Töötajal  on õigus');
  });
  it('does not find a stem inside a word', () => {
    expect(findTerm('meeskonnatöökoha', 'töökoha')).toBeUndefined();
    expect(findTerm('tööülesannete täitmiseks', 'tööülesanded')).toBeUndefined();
  });
  it('foldLabel drops a trailing colon', () => {
    expect(foldLabel('Kes asendab:')).toBe('kes asendab');
  });
});

describe('foldChars', () => {
  it('keeps the length so indexes point into the original text', () => {
    const text = 'İlus Töökoht ÕIGUSED';
    expect(foldChars(text)).toHaveLength(text.length);
    expect(foldChars(text)).toBe('İlus tookoht oigused');
  });
});
