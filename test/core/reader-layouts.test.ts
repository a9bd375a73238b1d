/**
 * The layouts other employers use, each in its smallest form (the corpus in test/corpus/ has them in
 * whole documents): part 1 as tables, tabs, sentences; headings in cells, in Roman numbers, with
 * the position in the title; sections under other names, combined, repeated, or unheaded.
 */
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import type { JobDescription } from '../../src/core/model';
import { snapshotFromLines, type SnapshotLine } from './seed-snapshots';

const [ametnik, tootaja] = defaultProfiles();
const read = (lines: SnapshotLine[], profile = ametnik) => readJobDescription(snapshotFromLines(lines), profile);
const values = (jd: JobDescription) =>
  Object.fromEntries(Object.entries(jd.fields).filter(([, v]) => v!.value).map(([k, v]) => [k, v!.value]));
const cell = (table: number, row: number, col: number, text: string, extra = {}): SnapshotLine => ({ text, kind: 'cell', table: { table, row, col }, ...extra });
const found = (jd: JobDescription) => jd.sections.filter((s) => s.found).map((s) => s.id);

describe('part 1', () => {
  it('reads a label with a note after it: "(ametinimetus)", "/talitus", "eemalolekul", also in a cell and a header row', () => {
    const jd = read([
      'AMETIJUHEND',
      'Vahetu juht (ametinimetus): osakonna juhataja',
      'Osakond/talitus: arendusosakond',
      'Asendaja eemalolekul: nõunik',
      '1.6 Keda asendab eemalolekul',
      'Puudub',
      cell(0, 0, 0, 'Ametikoha nimi'),
      cell(0, 0, 1, 'jurist'),
    ]);
    expect(values(jd)).toEqual({ vahetu_juht: 'osakonna juhataja', struktuuriuksus: 'arendusosakond', asendaja: 'nõunik', asendatav: 'Puudub', ametinimetus: 'jurist' });
    const header = read(['AMETIJUHEND', cell(0, 0, 0, '1.4 Kes asendab (ametikoht)'), cell(0, 0, 1, '1.5 Asendatav ametikoht'), cell(0, 1, 0, 'nõunik'), cell(0, 1, 1, 'juhataja')]);
    expect(values(header)).toEqual({ asendaja: 'nõunik', asendatav: 'juhataja' });
    // Label and value apart as typed to line them up: spaces, a dash, dots.
    expect(values(read(['AMETIJUHEND', 'Ametinimetus          nõunik', 'Vahetu juht – osakonna juhataja', 'Asendaja ........ peaspetsialist']))).toEqual({
      ametinimetus: 'nõunik',
      vahetu_juht: 'osakonna juhataja',
      asendaja: 'peaspetsialist',
    });
    // A translation after a slash, as bilingual job descriptions write their labels.
    expect(values(read(['AMETIJUHEND / JOB DESCRIPTION', 'Vahetu juht / Line manager: osakonna juhataja / Head of Department']))).toEqual({ vahetu_juht: 'osakonna juhataja / Head of Department' });
    // Without a separator, the words after the label are its value ("1.4. Allub direktorile"); "Asendab teda" names the substitute.
    expect(values(read(['AMETIJUHEND', '1.4. Allub direktorile', 'Asendab teda: nõunik']))).toEqual({ vahetu_juht: 'direktorile', asendaja: 'nõunik' });
  });

  it('takes a value beside its label even when the value is a word that is also a label ("Osakond")', () => {
    const jd = read(['AMETIJUHEND', cell(0, 0, 0, 'Struktuuriüksus'), cell(0, 0, 1, 'Osakond'), cell(0, 1, 0, 'Vahetu juht'), cell(0, 1, 1, 'Direktor')]);
    expect(values(jd)).toEqual({ struktuuriuksus: 'Osakond', vahetu_juht: 'Direktor' });
  });

  it('reads "label<TAB>value", "1.3.<TAB>Tema asendaja: …" and a numbered "1.4. Allub direktorile" (the dative is the manager)', () => {
    const jd = read([
      'AMETIJUHEND',
      'Teenistuskoha nimetus\tjurist',
      '1.3.\tTema asendaja: valdkonnajuhi määratud ametnik',
      '1.4. Allub teehoiuteenistuse direktorile (edaspidi direktor)',
    ]);
    expect(values(jd)).toEqual({
      ametinimetus: 'jurist',
      asendaja: 'valdkonnajuhi määratud ametnik',
      vahetu_juht: 'teehoiuteenistuse direktorile (edaspidi direktor)',
    });
  });

  it('reads part 1 written as sentences: who the position reports to, who substitutes whom, the unit', () => {
    const jd = read([
      'Sekretäri ametijuhend',
      '1. Üldosa',
      '1.1 Sekretär on vallavalitsuse kantselei koosseisus olev ametnik ja allub vallasekretärile.',
      '1.2 Sekretär asendab registripidajat.',
      '1.3 Sekretäri asendab tema puhkuse ajal registripidaja.',
      '2. Ametikoha eesmärk',
      'Asjaajamise korraldamine.',
    ]);
    expect(values(jd)).toEqual({
      ametinimetus: 'Sekretäri',
      struktuuriuksus: 'vallavalitsuse kantselei',
      vahetu_juht: 'vallasekretärile',
      asendatav: 'registripidajat',
      asendaja: 'registripidaja',
    });
  });

  it('tells who substitutes by the case after "asendab": a nominative is the substitute, whichever comes first', () => {
    const jd = read(['AMETIJUHEND', '1. Üldsätted', '1.3 nooremraamatupidaja - asjaajaja asendab vallasekretär', '2. Ametikoha eesmärk', 'x']);
    expect(values(jd)).toMatchObject({ asendaja: 'vallasekretär' });
    expect(values(jd).asendatav).toBeUndefined();
    // The partitive or an ending that may be one keeps the usual reading: the position substitutes them.
    for (const [line, whom] of [['1.3 maanõunik asendab vallavanemat', 'vallavanemat'], ['1.3 spetsialist asendab osakonna juhatajat või nõunikku', 'osakonna juhatajat või nõunikku']]) {
      const other = read(['AMETIJUHEND', '1. Üldsätted', line, '2. Ametikoha eesmärk', 'x']);
      expect(values(other)).toMatchObject({ asendatav: whom });
    }
  });

  it('a numbered item whose subject is the position itself: "1.4. Allub …", typed or numbered by Word', () => {
    const typed = read(['AMETIJUHEND', '1. ÜLDSÄTTED', '1.1. Raamatukoguhoidja lähtub seadustest.', '1.2. Nõutav kvalifikatsioon:', '1.3. Allub kooli direktorile.', '2. KOHUSTUSED', '2.1. Nõustab.'], tootaja);
    expect(values(typed)).toMatchObject({ vahetu_juht: 'kooli direktorile' });
    const automatic = read(
      ['AMETIJUHEND', { text: 'ÜLDSÄTTED', number: '1.' }, { text: 'Raamatukoguhoidja lähtub seadustest.', number: '1.1.' }, { text: 'Nõutav kvalifikatsioon:', number: '1.2.' }, { text: 'Allub kooli direktorile.', number: '1.3.' }, { text: 'KOHUSTUSED', number: '2.' }, { text: 'Nõustab.', number: '2.1.' }],
      tootaja,
    );
    expect(values(automatic)).toMatchObject({ vahetu_juht: 'kooli direktorile' });
  });

  it('reads numbered items of part 1 kept in one paragraph with line breaks', () => {
    const jd = read(['ÕPETAJA AMETIJUHEND', '1. Üldsätted', '1.1 õpetajat nimetab ametisse direktor\n1.2 õpetaja allub direktorile\n1.3 õpetajat asendab direktori määratud õpetaja', '2. Tööülesanded', '2.1 Õpetab.'], tootaja);
    expect(values(jd)).toMatchObject({ vahetu_juht: 'direktorile', asendaja: 'direktori määratud õpetaja' });
  });

  it('takes the position from the title when no field gives it, in any of its forms', () => {
    expect(read(['PIIRKONNAPOLITSEINIKU AMETIJUHEND']).fields.ametinimetus?.value).toBe('PIIRKONNAPOLITSEINIKU');
    expect(read(['AMETIJUHEND Andmekaitse Inspektsiooni jurist']).fields.ametinimetus?.value).toBe('Andmekaitse Inspektsiooni jurist');
    expect(read(['Valga Linnavalitsuse', 'a m e t i j u h e n d']).title?.value).toBe('a m e t i j u h e n d');
    expect(read(['AMETIJUHEND', 'Ametinimetus: nõunik']).fields.ametinimetus?.value).toBe('nõunik');
  });
});

describe('sections', () => {
  it('finds a heading in a table cell, with its text in the next cell (the purpose as the last row of part 1)', () => {
    const jd = read(['AMETIJUHEND', cell(0, 0, 0, 'Teenistuskoha nimetus'), cell(0, 0, 1, 'nõunik'), cell(0, 1, 0, 'Teenistuskoha eesmärk', { bold: true }), cell(0, 1, 1, 'Tagada nõustamine.'), '3. TEENISTUSKOHA ÜLESANDED JA TULEMUSED']);
    expect(jd.purpose?.value).toBe('Tagada nõustamine.');
    expect(found(jd)).toEqual(['eesmark', 'ulesanded']);
  });

  it('lets an extra numbered section ("3. Valveaja rakendamine") end the one before and count in the numbering', () => {
    const jd = read(['AMETIJUHEND', '2. Teenistuskoha eesmärk', 'Eesmärk.', { text: '3. Valveaja rakendamine', bold: true }, '3.1 Valveaeg on tööaeg.', { text: '4. Teenistusülesanded', bold: true }, '4.1 Menetleb taotlusi.']);
    expect(jd.purpose?.value).toBe('Eesmärk.');
    expect(jd.headings.map((h) => [h.writtenNumber, h.sections])).toEqual([['2.', ['eesmark']], ['3.', []], ['4.', ['ulesanded']]]);
    expect(jd.duties.map((d) => d.number)).toEqual(['4.1']);
  });

  it('reads items numbered from 1 again in each section as items, not headings ("1. vastutab kõige eest.")', () => {
    const jd = read(['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', '1. koostab kava;', '2. peab arvestust;', '4. ÕIGUSED', '1. saada teavet.', '5. VASTUTUS', '1. vastutab kõige eest.', '2. Vastutab vara eest.']);
    expect(jd.headings.map((h) => h.text)).toEqual(['3. TEENISTUSKOHUSTUSED', '4. ÕIGUSED', '5. VASTUTUS']);
    // A heading in Word's "All caps" format is typed in small letters.
    expect(read(['AMETIJUHEND', { text: '3. õigused ametnikule', allCaps: true }, '1. saada teavet.']).headings.map((h) => h.sections)).toEqual([['oigused']]);
  });

  it('reads Roman section numbers, a combined "ÕIGUSED JA VASTUTUS", and sections under other names', () => {
    const jd = read(['AMETIJUHEND', 'I ÜLDSÄTTED', 'II PÕHIÜLESANDED', '1. Õpetab.', 'III ÕIGUSED JA VASTUTUS', 'Õpetajal on õigus saada teavet.', 'IV NÕUDED TEENISTUJALE', 'Kõrgharidus.'], tootaja);
    expect(found(jd)).toEqual(['uldosa', 'ulesanded', 'oigused', 'vastutus', 'nouded']);
    expect(jd.headings.map((h) => h.writtenNumber)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('reads a section the document heads twice under two names ("2. PÕHIÜLESANDED", "3. KOHUSTUSED") as one', () => {
    const jd = read(['Õpetaja ametijuhend', '2. PÕHIÜLESANDED', '2.1 Õpetab.', '3. KOHUSTUSED', '3.1 Koostab töökava.', '4. ÕIGUSED', 'Õigus saada teavet.'], tootaja);
    expect(jd.duties.map((d) => d.number)).toEqual(['2.1', '3.1']);
  });

  it('takes lead lines as headings ("Hooldustöötajal on õigus:", "Nõuded hooldustöötajale:")', () => {
    const jd = read(['Hooldustöötaja tööülesannete kirjeldus', { text: 'Hooldustöötaja kohustused on:', bold: true }, '1. Koduhooldus.', { text: 'Hooldustöötajal on õigus:', bold: true }, 'saada teavet;', { text: 'Hooldustöötaja vastutab:', bold: true }, 'töö eest;', { text: 'Nõuded hooldustöötajale:', bold: true }, 'kutse;'], tootaja);
    expect(found(jd)).toEqual(['ulesanded', 'oigused', 'vastutus', 'nouded']);
  });

  it('notes a section stated without a heading of its own ("vastutab … eest" among the duties)', () => {
    const jd = read(['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', '3.1 Vastutab eelarve täitmise eest.', '4. ÕIGUSED', 'Õigus saada teavet.']);
    const vastutus = jd.sections.find((s) => s.id === 'vastutus')!;
    expect(vastutus.found).toBe(false);
    expect(vastutus.evidence).toBe(2);
  });
});

describe('requirements', () => {
  it('reads a table row of a label and its value as one line ("Riigikeele oskus | kõrgtase", "Eesti keel | C1"), pointing at the value', () => {
    const rows = (label: string, value: string) =>
      read(['AMETIJUHEND', '6. NÕUDED', cell(0, 0, 0, 'Haridus'), cell(0, 0, 1, 'kõrgharidus'), cell(0, 1, 0, label), cell(0, 1, 1, value)]).requirements;
    expect(rows('Riigikeele oskus', 'kõrgtase').languages.map((l) => [l.language, l.levelWord, l.block])).toEqual([['eesti', 'korgtase', 5]]);
    expect(rows('Eesti keel', 'C1').languages.map((l) => [l.language, l.level])).toEqual([['eesti', 'C1']]);
    const both = rows('Keeleoskus', 'eesti keel C1');
    expect(both.education?.value).toBe('kõrgharidus');
    expect(both.languages.map((l) => [l.language, l.level])).toEqual([['eesti', 'C1']]);
  });
});

describe('duties', () => {
  it('takes the results column from the header row; other columns add to the task', () => {
    const jd = read([
      'AMETIJUHEND', '3. TEENISTUSKOHA ÜLESANDED JA TULEMUSED',
      cell(0, 0, 0, 'Teenistuskoha ülesanded', { bold: true }), cell(0, 0, 1, 'Tegevused ülesannete täitmiseks', { bold: true }), cell(0, 0, 2, 'Tulemuslikkuse mõõtmise kriteeriumid', { bold: true }),
      cell(0, 1, 0, 'Eelarve kavandamine', { number: '3.1.' }), cell(0, 1, 1, 'koostab eelarve'), cell(0, 1, 2, 'eelarve on kinnitatud'),
      cell(0, 2, 0, 'Esindamine', { number: '3.2.' }), cell(0, 2, 1, 'esindab ametit'), cell(0, 2, 2, ''),
    ]);
    expect(jd.resultsColumn).toBe(true);
    expect(jd.duties.map((d) => [d.number, d.task, d.results, d.resultCell])).toEqual([
      ['3.1.', 'Eelarve kavandamine koostab eelarve', ['eelarve on kinnitatud'], true],
      ['3.2.', 'Esindamine esindab ametit', [], true],
    ]);
  });

  it('the same when the table\'s first header cell is the section\'s heading (the numbered heading above names it otherwise)', () => {
    const jd = read([
      'AMETIJUHEND', '3. PEAMISED TEGEVUSED',
      cell(0, 0, 0, 'Teenistuskoha ülesanded', { bold: true }), cell(0, 0, 1, 'Tegevused ülesannete täitmiseks', { bold: true }), cell(0, 0, 2, 'Tulemuslikkuse mõõtmise kriteeriumid', { bold: true }),
      cell(0, 1, 0, 'Eelarve kavandamine', { number: '3.1.' }), cell(0, 1, 1, 'koostab eelarve'), cell(0, 1, 2, 'eelarve on kinnitatud'),
      cell(0, 2, 0, 'Esindamine', { number: '3.2.' }), cell(0, 2, 1, 'esindab ametit'), cell(0, 2, 2, ''),
    ]);
    expect(jd.duties.map((d) => [d.number, d.results])).toEqual([['3.1.', ['eelarve on kinnitatud']], ['3.2.', []]]);
  });

  it('a row that groups the duties under it (bold, no number, nothing beside) is a title, not a duty', () => {
    const jd = read([
      'AMETIJUHEND', '3. TEENISTUSKOHUSTUSED',
      cell(0, 0, 0, 'Ülesanne', { bold: true }), cell(0, 0, 1, 'Oodatav tulemus', { bold: true }),
      cell(0, 1, 0, 'Juhtimine', { bold: true }), cell(0, 1, 1, ''),
      cell(0, 2, 0, '3.1 juhib osakonda'), cell(0, 2, 1, 'Osakond töötab.'),
      cell(0, 3, 0, 'Eelarve', { bold: true }), cell(0, 3, 1, ''),
      cell(0, 4, 0, '3.2 koostab eelarve'), cell(0, 4, 1, ''),
    ]);
    expect(jd.duties.map((d) => [d.number, d.results.length, d.resultCell])).toEqual([['3.1', 1, true], ['3.2', 0, true]]);
  });

  it('reads one duty per paragraph when nothing is numbered, and deeper numbers as part of the duty above', () => {
    expect(read(['AMETIJUHEND', 'TÖÖÜLESANDED', 'Tööülesanded:', '• Õpetab.', '• Hindab.'], tootaja).duties.map((d) => d.task)).toEqual(['Õpetab.', 'Hindab.']);
    const nested = read(['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED', '3.1 Juhib tööd, sh:', '3.1.1 jaotab tööd', '3.2 Nõustab.']);
    expect(nested.duties.map((d) => [d.number, d.task])).toEqual([['3.1', 'Juhib tööd, sh: jaotab tööd'], ['3.2', 'Nõustab.']]);
  });
});

describe('title', () => {
  it('a duty list that opens with "<position> tööülesanded" has that line for its title, and names the position', () => {
    const jd = read(['Majahoidja- koristaja tööülesanded.', 'Sisekoristus:', '1. Trepikodade koristamine.'], tootaja);
    expect(jd.title?.value).toBe('Majahoidja- koristaja tööülesanded.');
    expect(jd.fields.ametinimetus?.value).toBe('Majahoidja- koristaja');
    // Only the first line: a section heading further down is no title.
    const later = read(['Vallavalitsus', '1. Üldosa', 'Ametinimetus: sekretär', '3. Sekretäri tööülesanded', '3.1 Võtab vastu kirju.']);
    expect(later.title).toBeUndefined();
  });

  it('below the employer\'s name on a line of its own, "<position> tööülesanded" is still the title', () => {
    const jd = read(['Tammsaare 61 korteriühistu', 'Majahoidja- koristaja tööülesanded.', 'Sisekoristus:', '1. Trepikodade koristamine.'], tootaja);
    expect(jd.title?.value).toBe('Majahoidja- koristaja tööülesanded.');
    // A sentence on the first line is no employer's name: the line under it is not taken for a title.
    const sentence = read(['Töötaja täidab järgmisi ülesandeid.', 'Majahoidja- koristaja tööülesanded.'], tootaja);
    expect(sentence.title).toBeUndefined();
  });
});

describe('a title standing alone, the position on a line of its own', () => {
  it('reads the position under the title, or above it in capitals in the genitive; a field or a heading says it first', () => {
    const body = ['1. ÜLDOSA', 'Vahetu juht: juhataja'];
    expect(read(['AMETIJUHEND', 'Arendusosakonna nõunik', ...body]).fields.ametinimetus?.value).toBe('Arendusosakonna nõunik');
    expect(read(['NÕUNIKU', 'AMETIJUHEND', '(teenuse omanik)', ...body]).fields.ametinimetus?.value).toBe('NÕUNIKU');
    expect(read(['AUTOJUHI', 'AMETIJUHEND nr 7', ...body]).fields.ametinimetus?.value).toBe('AUTOJUHI');
    // A Roman number before a heading's name ("I üldsätted") names no position.
    expect(read(['AMETIJUHEND', 'I üldsätted', 'Vahetu juht: juhataja']).fields.ametinimetus).toBeUndefined();
    expect(read(['AMETIJUHEND', { text: 'I üldsätted', bold: true }, 'Vahetu juht: juhataja']).fields.ametinimetus).toBeUndefined();
    expect(read(['AMETIJUHEND', 'Arendusosakonna nõunik', '1. ÜLDOSA', 'Ametinimetus: nõunik']).fields.ametinimetus?.value).toBe('nõunik');
    // Not an employer's name, a note in brackets, a label, a heading, or a line above in other case.
    for (const top of [['AMETIJUHEND', 'Sotsiaalkindlustusamet'], ['AMETIJUHEND', '(teenuse omanik)'], ['AMETIJUHEND', 'Ametinimetus'], ['Näidisasutus', 'AMETIJUHEND'], ['AMETIJUHEND', 'ÜLDOSA']]) {
      expect([top, read([...top, ...body]).fields.ametinimetus?.value ?? '']).toEqual([top, '']);
    }
  });
});

describe('a title with its number, date or state', () => {
  it('is still the title, and the position before it is still read', () => {
    expect(read(['AMETIJUHEND nr 1-2/15', '1. ÜLDOSA']).title?.value).toBe('AMETIJUHEND nr 1-2/15');
    const draft = read(['Koristaja ametijuhend (projekt, 12.01.2026)', 'Ülesanded:'], tootaja);
    expect(draft.title?.value).toBe('Koristaja ametijuhend (projekt, 12.01.2026)');
    expect(draft.fields.ametinimetus?.value).toBe('Koristaja');
    expect(read(['Õpetaja ametijuhend 2026. a', 'Ülesanded:'], tootaja).fields.ametinimetus?.value).toBe('Õpetaja');
    // A name in brackets belongs to the position.
    expect(read(['AMETIJUHEND Kriisitoe ekspert (suurkriisid)', '1. ÜLDOSA']).fields.ametinimetus?.value).toBe('Kriisitoe ekspert (suurkriisid)');
  });
});

describe('text pasted from a PDF or a web page', () => {
  it('reads the title, labels and headings through soft hyphens and zero-width spaces', () => {
    const jd = read(['AMETI\u00adJUHEND', 'Ameti\u00adnimetus: nõunik', 'Vahetu juht: osakonna\u200b juhataja', '2. AMETIKOHA EES\u00adMÄRK', 'Tagada kõik.']);
    expect(jd.title?.value).toBe('AMETIJUHEND');
    expect(jd.fields.ametinimetus?.value).toBe('nõunik');
    expect(jd.fields.vahetu_juht?.value).toBe('osakonna juhataja');
    expect(jd.sections.find((s) => s.id === 'eesmark')?.found).toBe(true);
  });
});

describe('general part items numbered "1)", "2)"', () => {
  it('reads the labels after the numbers', () => {
    const jd = read(['AMETIJUHEND', '1. ÜLDOSA', '1) Ametinimetus: nõunik', '2) Vahetu juht: osakonna juhataja']);
    expect(jd.fields.ametinimetus?.value).toBe('nõunik');
    expect(jd.fields.vahetu_juht?.value).toBe('osakonna juhataja');
  });
});

describe('a form: the whole job description in a table', () => {
  it('reads a row per section (heading | content), duties as paragraphs of one cell, labels and values in one cell', () => {
    const jd = read(
      [
        'AMETIJUHEND',
        cell(0, 0, 0, '1. Üldosa'), cell(0, 0, 1, '1.1 Ametikoha nimetus'), cell(0, 0, 1, 'Huvijuht'), cell(0, 0, 1, '1.2 Kellele allub'), cell(0, 0, 1, 'Direktor'),
        cell(0, 1, 0, '2. Töö eesmärk'), cell(0, 1, 1, 'Huvitegevuse korraldamine koolis.'),
        cell(0, 2, 0, '3. Tööülesanded'), cell(0, 2, 1, '3.1 Koostab huvitegevuse plaani.'), cell(0, 2, 1, '3.2 Korraldab üritusi.'), cell(0, 2, 1, '3.4 Teeb koostööd lastevanematega.'),
        cell(0, 3, 0, '4. Õigused'), cell(0, 3, 1, 'Saada tööks vajalikku teavet.'),
      ],
      tootaja,
    );
    expect(values(jd)).toEqual({ ametinimetus: 'Huvijuht', vahetu_juht: 'Direktor' });
    expect(found(jd)).toEqual(['uldosa', 'eesmark', 'ulesanded', 'oigused']);
    expect(jd.duties.map((d) => [d.number, d.task])).toEqual([
      ['3.1', 'Koostab huvitegevuse plaani.'],
      ['3.2', 'Korraldab üritusi.'],
      ['3.4', 'Teeb koostööd lastevanematega.'],
    ]);
  });

  it('reads a one-column table as paragraphs: a frame around the document', () => {
    const jd = read(['AMETIJUHEND', cell(0, 0, 0, '1. ÜLDOSA'), cell(0, 1, 0, '1.1 Õpetaja allub direktorile.'), cell(0, 2, 0, '2. EESMÄRK'), cell(0, 3, 0, 'Õppetöö.')], tootaja);
    expect(values(jd)).toEqual({ vahetu_juht: 'direktorile' });
    expect(found(jd)).toEqual(['uldosa', 'eesmark']);
  });
});

describe('hold-out round 5 families', () => {
  it('"<position> TÖÖ EESMÄRGID" is the purpose; "… kohustused ja õigused" holds duties and rights', () => {
    expect(found(read(['AMETIJUHEND', '2. ÕPETAJA TÖÖ EESMÄRGID', 'x'], tootaja))).toEqual(['eesmark']);
    expect(found(read(['AMETIJUHEND', '2. Akadeemilise personali kohustused ja õigused', '2.1 Õpetab.'], tootaja))).toEqual(['ulesanded', 'oigused']);
  });

  it('duties written without a heading count as there ("Aineõpetaja koostab …", "põhiülesandeks on …")', () => {
    const items = ['koostab ainete töökavad', 'valmistab tunnid ette', 'hindab õpilaste teadmisi', 'täidab e-kooli', 'osaleb õppenõukogus'].map((t, i) => `${i + 2}. Aineõpetaja ${t}.`);
    const jd = read(['Aineõpetaja ametijuhend', '1. Aineõpetaja allub õppealajuhatajale.', ...items], tootaja);
    expect(jd.sections.find((s) => s.id === 'ulesanded')!.evidence).toBe(2);
    // One such verb is not enough; nor are many in the competencies of a headed requirements section.
    expect(read(['Aineõpetaja ametijuhend', items[0]], tootaja).sections.find((s) => s.id === 'ulesanded')!.evidence).toBeUndefined();
    const competencies = read(['AMETIJUHEND', '7. NÕUDED', ...items.map((t) => `▪ ${t}`)], tootaja);
    expect(competencies.sections.find((s) => s.id === 'ulesanded')!.evidence).toBeUndefined();
    expect(read(['AMETIJUHEND', '1. Teadur', 'Teaduri põhiülesandeks on uurimistöö.'], tootaja).sections.find((s) => s.id === 'ulesanded')!.evidence).toBe(2);
  });

  it('the manager: a sentence ends at "ning"; "vahetuks töökorraldajaks on X" names the manager', () => {
    expect(values(read(['AMETIJUHEND', '1. ÜLDSÄTTED', '1.4. Õpetaja allub Tööandja juhtimisele ja kontrollile ning täidab ametikohustusi.', '2. EESMÄRK', 'x'], tootaja))).toMatchObject({
      vahetu_juht: 'Tööandja juhtimisele ja kontrollile',
    });
    expect(values(read(['AMETIJUHEND', '1. Vanemteadur', 'Vanemteaduri vahetuks töökorraldajaks on sektorijuhataja.'], tootaja))).toMatchObject({ vahetu_juht: 'sektorijuhataja' });
  });

  it('the manager and the substitute in more sentences: "vahetu juht on", "on vahetult alluv", words that say how or when', () => {
    const part1 = (line: string) => values(read(['AMETIJUHEND', '1. ÜLDOSA', `1.3 ${line}`, '2. AMETIKOHA EESMÄRK', 'Tagada kõik.']));
    expect(part1('Teenistuja vahetu juht on osakonna juhataja.')).toMatchObject({ vahetu_juht: 'osakonna juhataja' });
    expect(part1('Vahetuks juhiks on osakonna juhataja.')).toMatchObject({ vahetu_juht: 'osakonna juhataja' });
    expect(part1('Ametnik on vahetult alluv osakonna juhatajale.')).toMatchObject({ vahetu_juht: 'osakonna juhatajale' });
    expect(part1('Ametnik allub oma töös osakonna juhatajale.')).toMatchObject({ vahetu_juht: 'osakonna juhatajale' });
    expect(part1('Teenistuja allub osakonnajuhatajale ja on aruandekohustuslik tema ees.')).toMatchObject({ vahetu_juht: 'osakonnajuhatajale' });
    expect(part1('Teenistujat asendab tema äraolekul nõunik.')).toMatchObject({ asendaja: 'nõunik' });
    expect(part1('Nõunik asendab vajadusel peaspetsialisti.')).toMatchObject({ asendatav: 'peaspetsialisti' });
    expect(part1('Asendaja on peaspetsialist.')).toMatchObject({ asendaja: 'peaspetsialist' });
    // "Tema alluv on …" names a subordinate, not the manager.
    expect(part1('Tema alluv on referent.').vahetu_juht).toBeUndefined();
  });

  it('"Klassijuhataja tegevusjuhend" is a title naming the position; a heading joining two names gives the words before both', () => {
    const titled = read(['Klassijuhataja tegevusjuhend', 'I. ÜLDSÄTTED', 'x', 'II. KLASSIJUHATAJA PÄDEVUS JA TÖÖÜLESANDED', '1. Teab.'], tootaja);
    expect(titled.title?.value).toBe('Klassijuhataja tegevusjuhend');
    expect(titled.fields.ametinimetus?.value).toBe('Klassijuhataja');
    const headed = read(['I. ÜLDSÄTTED', 'x', 'II. KLASSIJUHATAJA PÄDEVUS JA TÖÖÜLESANDED', '1. Teab.'], tootaja);
    expect(headed.fields.ametinimetus?.value).toBe('KLASSIJUHATAJA');
  });
});

describe('section headings in the employer\'s own words', () => {
  const servant = (heading: string, body: string[]) => read(['AMETIJUHEND', '1. ÜLDOSA', 'Ametinimetus: nõunik', '2. AMETIKOHA EESMÄRK', 'Tagada valdkonna areng.', heading, ...body, '4. ÕIGUSED', '4.1. saada teavet.']);

  it('a numbered heading the profile does not know is the section its text shows: duties opening with a verb', () => {
    const jd = servant('3. PEAMISED TEGEVUSED', ['3.1. Menetleb taotlusi.', '3.2. koordineerib koostööd;', '3.3. Haldab andmekogu.']);
    const duties = jd.sections.find((s) => s.id === 'ulesanded');
    expect(duties).toMatchObject({ found: true, heading: '3. PEAMISED TEGEVUSED' });
    expect(jd.duties.map((d) => d.number)).toEqual(['3.1.', '3.2.', '3.3.']);
    // Written as actions ("… läbiviimine") or after "on kohustatud" ("pesema …"), too.
    expect(found(servant('3. PEAMISED TEGEVUSED', ['3.1. Menetluste läbiviimine.', '3.2. Andmekogu haldamine.', '3.3. Aruannete koostamine.']))).toContain('ulesanded');
    expect(found(servant('3. PEAMISED TEGEVUSED', ['3.1. pesema põrandad;', '3.2. pühkima tolmu;', '3.3. kastma lilli.']))).toContain('ulesanded');
  });

  it('the first heading, "1.", may be one the profile does not know; items kept in one paragraph count one by one', () => {
    const jd = read(['AMETIJUHEND', '1. PEAMISED TEGEVUSED', '1.1 koostab kava;\n1.2 peab arvestust;\n1.3 nõustab töötajaid.', '2. ÕIGUSED', '2.1 saada teavet.']);
    expect(jd.sections.find((s) => s.id === 'ulesanded')).toMatchObject({ found: true, heading: '1. PEAMISED TEGEVUSED' });
  });

  it('rights ("saada …") or two duty lines are not enough to make duties of an unknown heading', () => {
    expect(found(servant('3. VOLITUSTE KASUTAMINE', ['3.1. saada teavet.', '3.2. teha ettepanekuid.', '3.3. osaleda koolitustel.']))).not.toContain('ulesanded');
    expect(found(servant('3. MUUD TEGEVUSED', ['3.1. Menetleb taotlusi.', '3.2. Haldab andmekogu.']))).not.toContain('ulesanded');
  });

  it('requirements under "HARIDUS JA TÖÖKOGEMUS" are the requirements, and their language level is read', () => {
    const jd = read(['AMETIJUHEND', '1. ÜLDOSA', 'Ametinimetus: nõunik', '2. HARIDUS JA TÖÖKOGEMUS', '2.1. kõrgharidus;', '2.2. eesti keele oskus C1-tasemel.']);
    expect(jd.sections.find((s) => s.id === 'nouded')).toMatchObject({ found: true, heading: '2. HARIDUS JA TÖÖKOGEMUS' });
    expect(jd.requirements.languages.map((l) => [l.language, l.level])).toEqual([['eesti', 'C1']]);
  });

  it('more names: "TEENISTUSKOHA PEAEESMÄRK", "PÕHIKOHUSTUSED", "ÕIGUSED JA VOLITUSED"', () => {
    const jd = read(['AMETIJUHEND', '1. TEENISTUSKOHA PEAEESMÄRK', 'Tagada kõik.', '2. PÕHIKOHUSTUSED', '2.1. Koostab.', '3. ÕIGUSED JA VOLITUSED', '3.1. saada teavet.']);
    expect(found(jd)).toEqual(['eesmark', 'ulesanded', 'oigused']);
  });

  it('words that qualify a heading ("PEAMISED TÖÖÜLESANDED", "Töökoha kohustused") do not name the position', () => {
    expect(read(['Peamised tööülesanded', '1. Koristab.'], tootaja).fields.ametinimetus).toBeUndefined();
    expect(read(['AMETIJUHEND', '1. ÜLDOSA', '2. TÖÖKOHA KOHUSTUSED', '2.1. Koristab.'], tootaja).fields.ametinimetus).toBeUndefined();
    expect(read(['AMETIJUHEND', '1. ÜLDOSA', '2. KORISTAJA KOHUSTUSED', '2.1. Koristab.'], tootaja).fields.ametinimetus?.value).toBe('KORISTAJA');
  });
});
