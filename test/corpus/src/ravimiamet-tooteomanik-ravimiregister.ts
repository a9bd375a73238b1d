// Ravimiamet, 2025: job description approved by directive nr 49 (22.09.2025), an employee's (section 3 is
// "TÖÖTAJA JUHINDUB", while part 1 keeps the agency's "Teenistuskoha nimetus" label). Approval block of four
// right-aligned lines (the day left out of the date, as published); a four-line centred title: "AMETIJUHEND", the
// department, the position and its specialisation in brackets. Part 1 is a borderless two-column table with two
// substitutes ("Esimene asendaja", "Teine asendaja"); the purpose runs over several paragraphs; the duties are a
// table "Ülesanne | Tulemuslikkuse näitaja" with typed numbers without a final dot ("4.1").
// Seen in the source: everything up to section 3 and the duties table's header and first row. Completed: the other
// duty rows, and rights, responsibility and requirements in the agency's typed-number form.
// Planted: the result cell of duty 4.4 is left blank.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [label, value];

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('Ravimiameti peadirektori', { align: 'right' }),
    p('septembri 2025', { align: 'right' }),
    p('käskkirjaga nr 49', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p('ARENDUS- JA HALDUSOSAKOND', { bold: true, align: 'center' }),
    p('TOOTEOMANIK', { bold: true, align: 'center' }),
    p('(ravimiregister)', { align: 'center' }),
    p(''),
    H('1. ÜLDOSA'),
    table(
      [
        row('Struktuuriüksus', 'Arendus- ja haldusosakond'),
        row('Teenistuskoha nimetus', 'Tooteomanik'),
        row('Teenistuskoha asukoht', 'Tartu linn'),
        row('Vahetu juht', 'Arendus- ja haldusosakonna juhataja'),
        row('Esimene asendaja', 'Vastavalt asendusskeemile'),
        row('Teine asendaja', 'Vastavalt asendusskeemile'),
        row('Keda asendab', 'Vastavalt asendusskeemile'),
      ],
      { widths: [3200, 5800], borders: false },
    ),
    p(''),
    H('2. TEENISTUSKOHA EESMÄRK'),
    p('Ravimiregistri arendus- ja hooldustööde kavandamine ning uute lahenduste kavandamises, kasutuselevõtus ja testimises osalemine vastavalt muutuvatele vajadustele. Registri kasutajate abistamine.'),
    p('Standardterminite, ATC-klassifikaatorite ja toimeainete loendite pidamine ning pakendikoodide ja muude ravimiandmete parandamine vastavalt vajadusele.'),
    p('Retseptiravimite väljakirjutamise piirangute kontrollimine ravimiregistris.'),
    p('Eestikeelse farmaatsiaterminoloogia järjepidevuse ja kättesaadavuse hoidmine, terminoloogia ekspertrühma koosolekute korraldamine ning tsentraalselt registreeritud ravimite eestikeelsete terminite kontrollimine.'),
    H('3. TÖÖTAJA JUHINDUB'),
    p('Tooteomanik lähtub oma töös Eesti Vabariigi ja Euroopa Liidu õigusaktidest, peadirektori käskkirjadest (sh käesolevast ametijuhendist), ameti arengustrateegiast ja tööplaanist, tööjuhenditest ning arenguvestlusel kokku lepitust.'),
    H('4. TEENISTUSÜLESANDED'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Tulemuslikkuse näitaja', { bold: true })],
        [
          '4.1 Ravimiregistri arendusvajaduste kogumine, arendustööde tellimine ja tööde järjekorra seadmine.',
          'Arendusvajadused on kirja pandud ja tähtsuse järjekorras; tellimused on esitatud koos selgete nõuetega.',
        ],
        [
          '4.2 Valminud arenduste testimine ja kasutusele võtmine koostöös arendaja ja kasutajatega.',
          'Muudatused on testitud enne tootmisse viimist ja kasutajaid on muudatustest teavitatud.',
        ],
        [
          '4.3 Standardterminite, ATC-klassifikaatorite ja ainete loendite pidamine registris.',
          'Loendid on ajakohased ja vastavad Euroopa standardterminitele.',
        ],
        ['4.4 Ravimiregistri kasutajate nõustamine ja kasutajatoe pöördumiste lahendamine.', ''],
        [
          '4.5 Farmaatsiaterminoloogia ekspertrühma koosolekute korraldamine ja otsuste talletamine.',
          'Koosolekud on toimunud plaanipäraselt, otsused on kirja pandud ja avalikustatud.',
        ],
        [
          '4.6 Tsentraalselt registreeritud ravimite eestikeelsete terminite ja tõlgete kontrollimine.',
          'Tõlked on kontrollitud tähtaegselt ja vead on edastatud parandamiseks.',
        ],
        ['4.7 Vahetu juhi antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud õigeaegselt ja korrektselt.'],
      ],
      { widths: [4600, 4400] },
    ),
    p(''),
    H('5. ÕIGUSED'),
    p('Töötajal on õigus:'),
    p('5.1 saada ameti teistelt töötajatelt ja struktuuriüksustelt tööks vajalikku teavet ja dokumente;'),
    p('5.2 teha vahetule juhile ettepanekuid ravimiregistri ja töökorralduse parendamiseks;'),
    p('5.3 osaleda tööks vajalikel koolitustel ja töörühmades;'),
    p('5.4 saada tööks vajalikud töövahendid ja juurdepääsud infosüsteemidele.'),
    H('6. VASTUTUS'),
    p('Töötaja vastutab:'),
    p('6.1 tööülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    p('6.2 registrisse kantud andmete õigsuse eest oma vastutusala piires;'),
    p('6.3 tööga seoses teatavaks saanud ärisaladuse, isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest;'),
    p('6.4 talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('7. KVALIFIKATSIOONINÕUDED'),
    table(
      [
        row('Haridus', 'Kõrgharidus farmaatsia, loodusteaduste või infotehnoloogia valdkonnas'),
        row('Töökogemus', 'Vähemalt kaheaastane kogemus infosüsteemide arendamise või ravimiandmetega töötamise alal'),
        row('Keeleoskus', 'Eesti keel C1-tasemel, inglise keel B2-tasemel'),
        row('Arvutioskus', 'Väga hea kontoritarkvara kasutamise oskus; andmebaaside ja päringute tundmine'),
        row('Isikuomadused', 'Täpsus, analüüsivõime, koostöövalmidus'),
      ],
      { widths: [3200, 5800] },
    ),
  ],
};
