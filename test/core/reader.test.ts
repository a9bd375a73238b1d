import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { splitNumber } from '../../src/core/normalize';
import type { Block, DocumentSnapshot } from '../../src/core/snapshot';
import type { JobDescription } from '../../src/core/model';
import { ametnikSeedSnapshot, snapshotFromLines, tootajaSeedSnapshot, type SnapshotLine } from './seed-snapshots';

const [ametnik, tootaja] = defaultProfiles();
/** The fields with a value (a label left blank reads as an empty field, which the rule reports). */
const fieldValues = (jd: JobDescription) => Object.fromEntries(Object.entries(jd.fields).filter(([, v]) => v!.value).map(([k, v]) => [k, v!.value]));
const textAt = (snapshot: DocumentSnapshot, block: number | undefined) => snapshot.blocks[block ?? -1]?.text;

describe('reading seed 000 (ametnik)', () => {
  const snapshot = ametnikSeedSnapshot();
  const jd = readJobDescription(snapshot, ametnik);

  it('reads the title and no marker', () => {
    expect(jd.profile).toBe('ametnik');
    expect(jd.title).toEqual({ value: 'AMETIJUHEND', block: 0 });
    expect(jd.markers).toEqual([]);
  });

  it('reads every part-1 field from the side-by-side tables', () => {
    expect(fieldValues(jd)).toEqual({
      ametinimetus: 'Nõunik',
      struktuuriuksus: 'Hüvitiste osakond (perehüvitiste valdkonna tiim)',
      vahetu_juht: 'Perehüvitiste valdkonna juht',
      asendaja: 'Nõunik',
      asendatav: 'Nõunikku',
    });
    expect(textAt(snapshot, jd.fields.asendatav!.block)).toBe('Nõunikku');
  });

  it('finds all eight sections with their written numbers and ranges', () => {
    expect(jd.sections.map((s) => [s.id, s.found, s.writtenNumber, s.heading])).toEqual([
      ['uldosa', true, '1.', '1. ÜLDOSA'],
      ['eesmark', true, '2.', '2. AMETIKOHA EESMÄRK'],
      ['ulesanded', true, '3.', '3. TEENISTUSKOHUSTUSED'],
      ['oigused', true, '4.', '4. ÕIGUSED'],
      ['vastutus', true, '5.', '5. VASTUTUS'],
      ['toovahendid', true, '6.', '6. TÖÖVAHENDID'],
      ['nouded', true, '7.', '7. AMETIKOHALE ESITATAVAD NÕUDED'],
      ['muutmine', true, '8.', '8. AMETIJUHENDI MUUTMINE'],
    ]);
    for (let i = 0; i + 1 < jd.sections.length; i++) expect(jd.sections[i].endBlock).toBe(jd.sections[i + 1].block! - 1);
    expect(jd.sections[7].endBlock).toBe(snapshot.blocks.length - 1);
  });

  it('reads the purpose and the tools', () => {
    expect(jd.purpose?.value).toMatch(/^Ametikoha eesmärk on perehüvitiste .* vajadusepõhiseks\.$/);
    expect(jd.tools?.value).toMatch(/^Töövahenditeks on ametniku kasutusse antud/);
  });

  it('reads 10 duties with their results', () => {
    expect(jd.duties.map((d) => d.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10']);
    expect(jd.duties.map((d) => d.results.length)).toEqual([1, 1, 2, 3, 1, 1, 2, 2, 1, 1]);
    expect(jd.duties[0].task).toBe(
      'Koostöös teenuseomanikega avalikkuse teavitamiseks informatiivsete materjalide koostamine ja nende levitamine erinevate kanalite kaudu.',
    );
    expect(jd.duties[3].results).toEqual([
      'Kliendipöördumiste vastamise kvaliteet tõuseb.',
      'Klientide pöördumised vähenevad.',
      'Teenuse juhile on sisendid teenuse parendamiseks antud.',
    ]);
    expect(jd.duties[9]).toMatchObject({ task: 'Vahetu juhi ühekordsete ülesannete teostamine.', results: ['Ülesanded on tehtud tähtaegselt ja korrektselt.'] });
    expect(textAt(snapshot, jd.duties[9].block)).toMatch(/^3\.10 /);
  });

  it('reads rights and responsibilities without the lead line and bullets', () => {
    expect(jd.rights).toHaveLength(7);
    expect(jd.rights[0].value).toBe('saada tööülesannete täitmiseks vajalikku infot ja abi teistelt ameti struktuuriüksustelt;');
    expect(jd.responsibilities).toHaveLength(5);
    expect(jd.responsibilities[4].value).toBe('oma kvalifikatsiooni hoidmise ning erialase kompetentsi täiendamise eest.');
  });

  it('reads the requirements and languages', () => {
    expect(jd.requirements.education?.value).toBe('Kõrgharidus');
    expect(jd.requirements.experience?.value).toBe('Vähemalt 2-aastane töökogemus ametiasutuse või ametikoha töövaldkonnas.');
    expect(jd.requirements.computerSkills?.value).toMatch(/^Teksti- ja andmetöötluse .* suhtlemiseks\.$/);
    expect(jd.requirements.languages.map((l) => [l.language, l.level])).toEqual([
      ['eesti', 'C1'],
      ['võõrkeel', 'B1'],
    ]);
    expect(jd.requirements.languages[1].text).toBe('Vähemalt ühe võõrkeele (soovitavalt inglise või vene keel) oskus vähemalt tasemel B1.');
  });

  it('reads 5 standard and 11 additional competencies, Efektiivsus and Asjatundlikkus in both', () => {
    const standard = jd.competencies.filter((c) => c.group === 'standard');
    const additional = jd.competencies.filter((c) => c.group === 'additional');
    expect(standard.map((c) => [c.name, c.bullets.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Eestvedamine', 7],
      ['Asjatundlikkus', 4],
      ['Koostöövõime', 4],
      ['Efektiivsus', 5],
    ]);
    expect(additional).toHaveLength(11);
    expect(additional.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Efektiivsus', 'Asjatundlikkus', 'Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus', 'Suhete loomise oskus']),
    );
    expect(standard[0].bullets[0]).toBe('Lähtub töös kliendi (nii sise- kui väliskliendi) vajadustest ning õigustest.');
    expect(additional.find((c) => c.name === 'Efektiivsus')!.text).toMatch(/^On süsteemne, sihipärane/);
    expect(additional.every((c) => c.bullets.length === 0 && c.text.length > 20)).toBe(true);
  });

  it('reads the change clause and the single signature', () => {
    expect(jd.changeClause?.value).toBe('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.');
    expect(jd.signatures).toEqual([{ role: 'Peadirektor', name: 'Kadri Tamm', position: 'Peadirektor', block: snapshot.blocks.length - 3 }]);
  });
});

describe('reading seed 001 (tootaja)', () => {
  const snapshot = tootajaSeedSnapshot();
  const jd = readJobDescription(snapshot, tootaja);

  it('reads the marker, the title and the fields', () => {
    expect(jd.markers).toEqual([{ value: 'Töölepingu juurde kuuluv lisa', block: 0 }]);
    expect(jd.title?.block).toBe(2);
    expect(fieldValues(jd)).toEqual({
      ametinimetus: 'Teenuse arendusnõustaja',
      struktuuriuksus: 'Õiguse ja järelevalve osakond, KOV nõustamistalitus',
      vahetu_juht: 'Piirkonna juht',
      asendaja: 'Teenuse arendusnõustaja, piirkonna juht',
      asendatav: 'Teenuse arendusnõustajat',
    });
  });

  it('finds the sections in the employee wording', () => {
    expect(jd.sections.every((s) => s.found)).toBe(true);
    expect(jd.sections.find((s) => s.id === 'ulesanded')?.heading).toBe('3. TÖÖÜLESANDED');
  });

  it('reads 13 duties numbered "3.1." with their results', () => {
    expect(jd.duties).toHaveLength(13);
    expect(jd.duties[0].number).toBe('3.1.');
    expect(jd.duties[12].number).toBe('3.13.');
    expect(jd.duties.map((d) => d.results.length)).toEqual([1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1]);
    expect(jd.duties[1].results[2]).toBe('Vajalikud arendusprojektid on realiseeritud vastavalt tekkinud vajadustele.');
  });

  it('reads rights, responsibilities, languages (B2) and competencies', () => {
    expect(jd.rights).toHaveLength(6);
    expect(jd.rights[5].value).toBe('kasutada kõiki ameti esindusi töö tegemiseks.');
    expect(jd.responsibilities).toHaveLength(6);
    expect(jd.requirements.languages.map((l) => [l.language, l.level])).toEqual([
      ['eesti', 'C1'],
      ['võõrkeel', 'B2'],
    ]);
    expect(jd.requirements.experience?.value).toBe('Vähemalt 3-aastane töökogemus valdkonnas');
    const standard = jd.competencies.filter((c) => c.group === 'standard');
    expect(standard.map((c) => [c.name, c.bullets.length])).toEqual([
      ['Kliendikesksus', 3],
      ['Asjatundlikkus', 5],
      ['Koostöövõime', 4],
      ['Efektiivsus', 5],
    ]);
    const additional = jd.competencies.filter((c) => c.group === 'additional');
    expect(additional).toHaveLength(9);
    expect(additional[6].name).toBe('Pingetaluvus (tasakaalukus)');
  });

  it('reads both parties’ signatures from the two-column table', () => {
    expect(jd.changeClause?.value).toMatch(/^Ametijuhend vaadatakse üle/);
    expect(jd.signatures.map(({ role, name, position }) => ({ role, name, position }))).toEqual([
      { role: 'Tööandja', name: 'Kadri Tamm', position: 'Peadirektor' },
      { role: 'Töötaja', name: 'Liisa Kask', position: undefined },
    ]);
    expect(textAt(snapshot, jd.signatures[1].block)).toBe('Töötaja:');
  });
});

/** The seed with its typed numbers moved to automatic numbering (Block.number), headings in a heading style. */
function autoNumbered(snapshot: DocumentSnapshot): DocumentSnapshot {
  const blocks = snapshot.blocks.map((b): Block => {
    const { number, rest } = splitNumber(b.text);
    if (!number || !rest) return b;
    const heading = b.kind === 'paragraph' && !number.slice(0, -1).includes('.');
    return { ...b, text: rest, number, ...(heading ? { headingLevel: 1, style: 'Heading 1' } : {}) };
  });
  return { ...snapshot, blocks };
}

describe('layout variations', () => {
  it('reads automatic numbers (Block.number) for headings, fields and duties', () => {
    const snapshot = autoNumbered(ametnikSeedSnapshot());
    expect(snapshot.blocks[2]).toMatchObject({ text: 'ÜLDOSA', number: '1.' });
    const jd = readJobDescription(snapshot, ametnik);
    expect(jd.sections.every((s) => s.found)).toBe(true);
    expect(jd.sections[2]).toMatchObject({ heading: 'TEENISTUSKOHUSTUSED', writtenNumber: '3.' });
    expect(fieldValues(jd).asendaja).toBe('Nõunik');
    expect(jd.duties.map((d) => d.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10']);
    expect(jd.duties[0].task).toMatch(/^Koostöös/);
  });

  it('reads headings without numbers and with other case and no diacritics', () => {
    const jd = readJobDescription(
      snapshotFromLines(['Ametijuhend', 'Üldosa', 'Ametinimetus: Nõunik', 'Ametikoha eesmark', 'Eesmärk on …', '3 teenistuskohustused', '3.1 Nõustamine', 'OIGUSED', 'Vastutus:']),
      ametnik,
    );
    expect(jd.title?.value).toBe('Ametijuhend');
    expect(jd.sections.filter((s) => s.found).map((s) => [s.id, s.writtenNumber])).toEqual([
      ['uldosa', undefined],
      ['eesmark', undefined],
      ['ulesanded', '3'],
      ['oigused', undefined],
      ['vastutus', undefined],
    ]);
    expect(jd.duties).toEqual([{ number: '3.1', task: 'Nõustamine', results: [], block: 6 }]);
  });

  it('reads fields as label paragraph then value paragraph', () => {
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '1. ÜLDOSA',
        '1.1 Ametinimetus', 'Nõunik', '', '1.2. Struktuuriüksus', 'Hüvitiste osakond',
        '1.3 Vahetu juht', 'Osakonna juhataja', '1.4 Kes asendab', '', '1.5 Keda asendab', 'Nõunikku',
        '2. AMETIKOHA EESMÄRK', 'Eesmärk.',
      ]),
      ametnik,
    );
    expect(fieldValues(jd)).toEqual({ ametinimetus: 'Nõunik', struktuuriuksus: 'Hüvitiste osakond', vahetu_juht: 'Osakonna juhataja', asendatav: 'Nõunikku' });
    expect(jd.fields.asendatav?.block).toBe(12);
  });

  it('reads "Label: value" fields and another agency’s labels and headings', () => {
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '1. ÜLDANDMED',
        'Teenistuskoha nimetus: Peaspetsialist', 'Osakond: Arendusosakond', 'Otsene juht: osakonnajuhataja',
        'Asendaja: peaspetsialist', 'Asendatav: –',
        '2. TEENISTUSKOHA EESMÄRK', 'Eesmärk on …',
        '3. PÕHIÜLESANDED', '3.1 Analüüsimine', '4. KVALIFIKATSIOONINÕUDED', 'Haridus: magistrikraad', 'Keeleoskus: eesti keel C1',
      ]),
      ametnik,
    );
    expect(fieldValues(jd)).toEqual({
      ametinimetus: 'Peaspetsialist',
      struktuuriuksus: 'Arendusosakond',
      vahetu_juht: 'osakonnajuhataja',
      asendaja: 'peaspetsialist',
      asendatav: '–',
    });
    expect(jd.sections.filter((s) => s.found).map((s) => s.id)).toEqual(['uldosa', 'eesmark', 'ulesanded', 'nouded']);
    expect(jd.requirements.education?.value).toBe('magistrikraad');
    expect(jd.requirements.languages).toEqual([{ language: 'eesti', level: 'C1', text: 'eesti keel C1', block: 13 }]);
  });

  it('reads part-1 fields in a two-column form table (label beside value)', () => {
    const cell = (row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table: 0, row, col } });
    const jd = readJobDescription(
      snapshotFromLines(['AMETIJUHEND', '1. ÜLDOSA', cell(0, 0, 'Ametinimetus'), cell(0, 1, 'Jurist'), cell(1, 0, 'Kes asendab'), cell(1, 1, ''), cell(2, 0, 'Keda asendab'), cell(2, 1, 'Juristi'), '2. EESMÄRK']),
      ametnik,
    );
    expect(fieldValues(jd)).toEqual({ ametinimetus: 'Jurist', asendatav: 'Juristi' });
  });

  it('does not take another agency’s unknown label for a value', () => {
    const cell = (row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table: 0, row, col } });
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '1. ÜLDOSA',
        cell(0, 0, '1.3 Vahetu juht'), cell(0, 1, '1.6 Alluvad'), cell(1, 0, 'Osakonna juhataja'), cell(1, 1, 'Puuduvad'),
        '',
        cell(0, 0, '1.4 Kes asendab'), cell(0, 1, ''), cell(1, 0, '1.7 Ametisse nimetab'), cell(1, 1, 'Peadirektor'),
        '2. EESMÄRK',
      ].map((l, i) => (i >= 7 && typeof l !== 'string' && l.table ? { ...l, table: { ...l.table, table: 1 } } : l))),
      ametnik,
    );
    expect(fieldValues(jd)).toEqual({ vahetu_juht: 'Osakonna juhataja', alluvad: 'Puuduvad' });
  });

  it('reads duties as numbered paragraphs with real and typed bullets', () => {
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '3. TEENISTUSKOHUSTUSED',
        'Teenistuja täidab järgmisi ülesandeid:',
        '3.1. Klientide nõustamine.', { text: 'Kliendid on nõustatud.', bullet: true, listLevel: 1 }, { text: 'Vastused on antud tähtajaks.', bullet: true, listLevel: 1 },
        '3.2. Aruannete koostamine.', '• Aruanded on esitatud.',
        { text: 'Muud ülesanded.', number: '3.3.', listLevel: 0 }, 'Oodatav tulemus: ülesanded on täidetud.',
        '4. ÕIGUSED',
      ]),
      ametnik,
    );
    expect(jd.duties.map(({ number, task, results }) => ({ number, task, results }))).toEqual([
      { number: '3.1.', task: 'Klientide nõustamine.', results: ['Kliendid on nõustatud.', 'Vastused on antud tähtajaks.'] },
      { number: '3.2.', task: 'Aruannete koostamine.', results: ['Aruanded on esitatud.'] },
      { number: '3.3.', task: 'Muud ülesanded.', results: ['ülesanded on täidetud.'] },
    ]);
  });

  it('reads a duties table split over two tables with a repeated header and a continued row', () => {
    const cell = (table: number, row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table, row, col } });
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '3. TÖÖÜLESANDED',
        cell(0, 0, 0, 'Põhiülesanded'), cell(0, 0, 1, 'Oodatavad tulemused'),
        cell(0, 1, 0, '3.1 Esimene.'), cell(0, 1, 1, '▪ Tulemus üks.'),
        '',
        cell(1, 0, 0, ' Põhiülesanded '), cell(1, 0, 1, 'Oodatavad tulemused'),
        cell(1, 1, 0, ''), cell(1, 1, 1, '▪ Tulemus kaks.'),
        cell(1, 2, 0, '3.2 Teine.'), cell(1, 2, 0, 'Jätkub.'), cell(1, 2, 1, ''),
        '4. ÕIGUSED',
      ]),
      tootaja,
    );
    expect(jd.duties.map(({ number, task, results }) => ({ number, task, results }))).toEqual([
      { number: '3.1', task: 'Esimene.', results: ['Tulemus üks.', 'Tulemus kaks.'] },
      { number: '3.2', task: 'Teine. Jätkub.', results: [] },
    ]);
  });

  it('uses section tags for exact sections and competency tags for competencies', () => {
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND',
        { text: '', tags: ['jd:section:oigused'] },
        { text: 'Teenistuja õigused ja kohustused', tags: ['jd:section:oigused'] },
        { text: 'saada infot;', tags: ['jd:section:oigused'] },
        { text: '7. AMETIKOHALE ESITATAVAD NÕUDED', tags: ['jd:section:nouded'] },
        { text: 'Tööks vajalikud kompetentsid', tags: ['jd:section:nouded'] },
        { text: 'Kliendikesksus:', tags: ['jd:section:nouded', 'jd:competency:kliendikesksus@2026.1'] },
        { text: 'Lähtub kliendi vajadustest.', bullet: true, tags: ['jd:section:nouded', 'jd:competency:kliendikesksus@2026.1'] },
      ]),
      ametnik,
    );
    expect(jd.sections.find((s) => s.id === 'oigused')).toMatchObject({ found: true, block: 2, endBlock: 3 });
    expect(jd.rights.map((r) => r.value)).toEqual(['saada infot;']);
    expect(jd.competencies).toEqual([
      { name: 'Kliendikesksus', text: '', bullets: ['Lähtub kliendi vajadustest.'], group: 'standard', block: 6, tag: 'jd:competency:kliendikesksus@2026.1' },
    ]);
  });

  it('captures an invalid language level as written', () => {
    const jd = readJobDescription(
      snapshotFromLines(['AMETIJUHEND', '7. NÕUDED', 'Keeleoskus', 'Eesti keele valdamine vähemalt tasemel C3. Inglise keele oskus tasemel D1.', 'Vene keele oskus.']),
      ametnik,
    );
    expect(jd.requirements.languages.map((l) => [l.language, l.level])).toEqual([
      ['eesti', 'C3'],
      ['inglise', 'D1'],
      ['vene', undefined],
    ]);
  });

  it('reads employee signatures written as paragraphs, side by side or one under the other', () => {
    const tail = ['AMETIJUHEND', '8. AMETIJUHENDI MUUTMINE', 'Ametijuhend vaadatakse üle kord aastas.', 'Poolte allkirjad:'];
    const sideBySide = readJobDescription(
      snapshotFromLines([...tail, 'Tööandja:\tTöötaja:', '(allkirjastatud digitaalselt)\t(allkirjastatud digitaalselt)', 'Kadri Tamm\tLiisa Kask', 'Peadirektor']),
      tootaja,
    );
    expect(sideBySide.signatures.map(({ role, name, position }) => [role, name, position])).toEqual([
      ['Tööandja', 'Kadri Tamm', 'Peadirektor'],
      ['Töötaja', 'Liisa Kask', undefined],
    ]);
    const stacked = readJobDescription(
      snapshotFromLines([...tail, 'Tööandja:', 'Kadri Tamm', 'Peadirektor', '', 'Töötaja: Liisa Kask']),
      tootaja,
    );
    expect(stacked.signatures.map(({ role, name, position, block }) => [role, name, position, block])).toEqual([
      ['Tööandja', 'Kadri Tamm', 'Peadirektor', 4],
      ['Töötaja', 'Liisa Kask', undefined, 8],
    ]);
    expect(stacked.changeClause?.value).toBe('Ametijuhend vaadatakse üle kord aastas.');
  });

  it('reads an unsigned civil servant’s signature lines, an empty signature block, and no signature when there is none', () => {
    const head = ['AMETIJUHEND', '8. AMETIJUHENDI MUUTMINE', 'Ametijuhend vaadatakse üle kord aastas.'];
    expect(readJobDescription(snapshotFromLines([...head, '', 'Kadri Tamm', 'Peadirektor']), ametnik).signatures).toEqual([
      { role: 'Peadirektor', name: 'Kadri Tamm', position: 'Peadirektor', block: 4 },
    ]);
    expect(readJobDescription(snapshotFromLines(head), ametnik).signatures).toEqual([]);
    expect(readJobDescription(snapshotFromLines(['AMETIJUHEND', 'Nõunik']), ametnik).signatures).toEqual([]);
    expect(readJobDescription(snapshotFromLines([...head, 'Kadri Tamm', 'Peadirektor', 'Tallinn']), ametnik).signatures).toEqual([]);
    // A fresh skeleton: the signed marker with empty name and position lines.
    expect(readJobDescription(snapshotFromLines([...head, '(allkirjastatud digitaalselt)', '', '']), ametnik).signatures).toEqual([
      { role: '', name: undefined, position: undefined, block: 3 },
    ]);
  });

  it('reads an empty document and a letter without crashing', () => {
    const empty = readJobDescription(snapshotFromLines([]), ametnik);
    expect(empty).toMatchObject({ title: undefined, duties: [], fields: {}, competencies: [], signatures: [] });
    expect(empty.sections.every((s) => !s.found)).toBe(true);
    const letter = readJobDescription(
      snapshotFromLines(['Lugupeetud Liisa Kask', '', 'Täname teid pöördumise eest. Vastame kahe nädala jooksul.', 'Lugupidamisega', 'Kadri Tamm']),
      ametnik,
    );
    expect(letter.title).toBeUndefined();
    expect(letter.sections.filter((s) => s.found)).toEqual([]);
  });
});

describe('long documents', () => {
  // Speed is measured by `npm run bench`, not by timed tests; here only the result counts.
  function withDuties(count: number): DocumentSnapshot {
    const seed = ametnikSeedSnapshot();
    const lines: SnapshotLine[] = seed.blocks.slice(0, 20);
    for (let i = 1; i <= count; i++) {
      lines.push({ text: `3.${i} Ülesanne number ${i}.`, kind: 'cell', table: { table: 2, row: i, col: 0 } });
      lines.push({ text: `\uF0B7 Tulemus ${i}.`, kind: 'cell', table: { table: 2, row: i, col: 1 } });
    }
    lines.push(...seed.blocks.slice(46));
    return snapshotFromLines(lines);
  }

  it('reads every duty of a 4000-duty document, numbers in the hundreds and thousands included', () => {
    const jd = readJobDescription(withDuties(4000), ametnik);
    expect(jd.duties).toHaveLength(4000);
    expect(jd.duties[399]).toMatchObject({ number: '3.400', task: 'Ülesanne number 400.', results: ['Tulemus 400.'] });
    expect(jd.competencies).toHaveLength(16);
  });
});

describe('more tolerance', () => {
  it('takes a longer heading that starts with a section name, when it looks like a heading', () => {
    const jd = readJobDescription(
      snapshotFromLines(['AMETIJUHEND', '3. TEENISTUSKOHUSTUSED JA OODATAVAD TULEMUSED', '3.1 Nõustamine', 'Vastutus on suur.', 'VASTUTUS JA ÕIGUSED']),
      ametnik,
    );
    expect(jd.sections.filter((s) => s.found).map((s) => [s.id, s.block])).toEqual([
      ['ulesanded', 1],
      ['vastutus', 4],
    ]);
  });

  it('splits "Eesti keel C1, inglise keel B2" into two requirements', () => {
    const jd = readJobDescription(snapshotFromLines(['AMETIJUHEND', '7. NÕUDED', 'Keeleoskus: Eesti keel C1, inglise keel B2']), ametnik);
    expect(jd.requirements.languages.map((l) => [l.language, l.level, l.text])).toEqual([
      ['eesti', 'C1', 'Eesti keel C1'],
      ['inglise', 'B2', 'inglise keel B2'],
    ]);
  });

  it('reads competency names written as list items', () => {
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '7. NÕUDED', 'Tööks vajalikud kompetentsid',
        { text: 'Kliendikesksus:', bullet: true, listLevel: 0 }, { text: 'Lähtub kliendist.', bullet: true, listLevel: 1 },
        { text: 'Koostöövõime:', bullet: true, listLevel: 0 }, { text: 'Teeb koostööd: alati.', bullet: true, listLevel: 1 },
      ]),
      ametnik,
    );
    expect(jd.competencies.map((c) => [c.name, c.bullets])).toEqual([
      ['Kliendikesksus', ['Lähtub kliendist.']],
      ['Koostöövõime', ['Teeb koostööd: alati.']],
    ]);
  });

  it('reads a three-column duties table (number | task | results) with its header row', () => {
    const cell = (row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table: 0, row, col } });
    const jd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '3. ÜLESANDED',
        cell(0, 0, 'Nr'), cell(0, 1, 'Ülesanne'), cell(0, 2, 'Oodatav tulemus'),
        cell(1, 0, '3.1.'), cell(1, 1, 'Nõustamine.'), cell(1, 2, '- Nõustatud.'),
        '7. NÕUDED', 'Haridus', '• kõrgharidus',
      ]),
      ametnik,
    );
    expect(jd.duties.map(({ number, task, results }) => ({ number, task, results }))).toEqual([{ number: '3.1.', task: 'Nõustamine.', results: ['Nõustatud.'] }]);
    expect(jd.requirements.education?.value).toBe('kõrgharidus');
  });

  it('reads manual line breaks inside a paragraph as spaces, and as lines in a signature', () => {
    const cell = (row: number, col: number, text: string): SnapshotLine => ({ text, kind: 'cell', table: { table: 0, row, col } });
    const tail = ['8. AMETIJUHENDI MUUTMINE', 'Ametijuhend vaadatakse üle.'];
    const ametnikJd = readJobDescription(
      snapshotFromLines([
        'AMETIJUHEND', '1. ÜLDOSA', cell(0, 0, '1.2 Struktuuriüksus'), cell(1, 0, 'Õiguse ja järelevalve osakond,\nKOV nõustamistalitus'),
        ...tail, '(allkirjastatud digitaalselt)\nKadri Tamm\nPeadirektor',
      ]),
      ametnik,
    );
    expect(ametnikJd.fields.struktuuriuksus?.value).toBe('Õiguse ja järelevalve osakond, KOV nõustamistalitus');
    expect(ametnikJd.signatures).toEqual([{ role: 'Peadirektor', name: 'Kadri Tamm', position: 'Peadirektor', block: 6 }]);
    const tootajaJd = readJobDescription(
      snapshotFromLines(['AMETIJUHEND', ...tail, 'Poolte allkirjad:', 'Tööandja:\nKadri Tamm\nPeadirektor', 'Töötaja:\n(allkirjastatud digitaalselt)\nLiisa Kask']),
      tootaja,
    );
    expect(tootajaJd.signatures.map(({ role, name, position }) => [role, name, position])).toEqual([
      ['Tööandja', 'Kadri Tamm', 'Peadirektor'],
      ['Töötaja', 'Liisa Kask', undefined],
    ]);
  });
});
