// Ravimiamet, 2025: job description of an inspector of the medical devices department, approved by the director
// general's directive nr 11 (February 2025, registered 04.02.2025; "JUH-1/11"). The agency's template, but for a
// civil servant with supervisory powers ("3. AMETNIK JUHINDUB"): a page number "1 (4)" in the header; an approval
// block of four right-aligned lines with no day in the date, as published; a four-line centred title ("AMETIJUHEND",
// the department, the position, its field in brackets). Part 1 is a borderless two-column table of eight rows, with a
// "Alluvad" row ("puuduvad") and two substitutes ("Esimene asendaja", "Teine asendaja") followed by "Keda asendab".
// The purpose is a paragraph that starts "Teenistuskoha eesmärk on …" and adds a second, verbless sentence. The
// duties are a table "Ülesanne | Tulemuslikkuse näitaja" with typed numbers without a final dot ("4.1"); the first
// task is one long noun phrase listing the supervised parties, its result cell several sentences.
// Seen in the source: the header, the approval block, the title, part 1, the purpose, section 3, the duties table's
// header and the first row (with the start of its result). Completed in the agency's form (as its other job
// descriptions of 2025–2026 show it): the other duty rows, rights, responsibility and the requirements.
// Nothing planted.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [label, value];

export const doc: CorpusDoc = {
  header: ['1 (4)'],
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('Ravimiameti peadirektori', { align: 'right' }),
    p('veebruari 2025', { align: 'right' }),
    p('käskkirjaga nr 11', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p('MEDITSIINISEADMETE OSAKOND', { bold: true, align: 'center' }),
    p('INSPEKTOR', { bold: true, align: 'center' }),
    p('(meditsiiniseadmete järelevalve alal)', { align: 'center' }),
    p(''),
    H('1. ÜLDOSA'),
    table(
      [
        row('Struktuuriüksus', 'Meditsiiniseadmete osakond'),
        row('Teenistuskoha nimetus', 'Inspektor'),
        row('Teenistuskoha asukoht', 'Tartu linn'),
        row('Vahetu juht', 'osakonna juhataja'),
        row('Alluvad', 'puuduvad'),
        row('Esimene asendaja', 'Vastavalt asendusskeemile'),
        row('Teine asendaja', 'Vastavalt asendusskeemile'),
        row('Keda asendab', 'Vastavalt asendusskeemile'),
      ],
      { widths: [3200, 5800], borders: false },
    ),
    p(''),
    H('2. TEENISTUSKOHA EESMÄRK'),
    p(
      'Teenistuskoha eesmärk on teha järelevalvet selle üle, kuidas täidetakse meditsiiniseadme seaduses, selle alusel antud õigusaktides ning meditsiiniseadmeid ja in vitro diagnostikameditsiiniseadmeid käsitlevates Euroopa Liidu määrustes sätestatud nõudeid. Järelevalve kavandamine, tulemuste kokkuvõtmine ja teabevahetuses osalemine.',
    ),
    H('3. AMETNIK JUHINDUB'),
    p('Inspektor lähtub oma ülesannete täitmisel Eesti ja Euroopa Liidu õigusaktidest, peadirektori käskkirjadest (sh käesolevast ametijuhendist) ja tööjuhenditest.'),
    H('4. TEENISTUSÜLESANDED'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Tulemuslikkuse näitaja', { bold: true })],
        [
          '4.1 Meditsiiniseadmete tootjate (sh eritellimusel valmistatavate seadmete tootjate), tervishoiuasutuses seadmeid valmistavate asutuste, levitajate, importijate, volitatud esindajate, protseduuripakettide ja süsteemide koostajate ning teavitatud asutuste järelevalve.',
          'Inspektsioonid on kavandatud ja tehtud järelevalve kavandamise ja inspektsiooni tööjuhendite järgi. Inspektsiooni aruanne on koostatud tähtaegselt ning puuduste korral on algatatud menetlus.',
        ],
        [
          '4.2 Turujärelevalve toimingute tegemine, sh turul olevate seadmete nõuetele vastavuse kontrollimine ja ohtlike toodete turult kõrvaldamise korraldamine.',
          'Kontrollid on tehtud riskipõhiselt; ohtlike toodete kohta on tehtud otsused ja teavitatud teisi liikmesriike.',
        ],
        [
          '4.3 Ohujuhtumite ja ohutusalaste parandusmeetmete teadete menetlemine ning tootjate tegevuse jälgimine.',
          'Teated on registreeritud ja menetletud tähtaegselt; tootja parandusmeetmed on hinnatud.',
        ],
        [
          '4.4 Haldusaktide (ettekirjutused, otsused) eelnõude koostamine ja nende täitmise kontrollimine.',
          'Haldusaktid on õiguspärased ja põhjendatud; nende täitmist on kontrollitud.',
        ],
        [
          '4.5 Järelevalve tööplaani koostamises osalemine ning järelevalve tulemuste kohta kokkuvõtete tegemine.',
          'Tööplaani ettepanekud on esitatud õigeks ajaks; kokkuvõtted on koostatud ja esitatud osakonna juhatajale.',
        ],
        [
          '4.6 Teabevahetus teiste liikmesriikide pädevate asutuste ja Euroopa Komisjoniga ning osalemine töörühmades.',
          'Teave on edastatud ettenähtud kanalite kaudu ja tähtaegselt; töörühmade tulemused on kolleegidele tutvustatud.',
        ],
        [
          '4.7 Ettevõtjate ja tervishoiuasutuste nõustamine meditsiiniseadmete nõuete küsimustes.',
          'Päringutele on vastatud tähtaegselt ja arusaadavalt.',
        ],
        ['4.8 Vahetu juhi antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud õigeaegselt ja kvaliteetselt.'],
      ],
      { widths: [4600, 4400] },
    ),
    p(''),
    H('5. ÕIGUSED'),
    p('Ametnikul on õigus:'),
    p('5.1 teha riiklikku järelevalvet ja kohaldada riikliku järelevalve erimeetmeid seaduses sätestatud alustel ja korras;'),
    p('5.2 saada ameti teistelt teenistujatelt ja struktuuriüksustelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    p('5.3 teha vahetule juhile ettepanekuid järelevalve korralduse ja tööjuhendite parendamiseks;'),
    p('5.4 osaleda ametialastel koolitustel ja töörühmades.'),
    H('6. VASTUTUS'),
    p('Ametnik vastutab:'),
    p('6.1 ülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    p('6.2 tema koostatud haldusaktide ja inspektsiooni aruannete õigsuse eest;'),
    p('6.3 teenistuse käigus teatavaks saanud ärisaladuse, isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest;'),
    p('6.4 talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('7. KVALIFIKATSIOONINÕUDED'),
    p('7.1 Haridus: kõrgharidus tehnika-, loodus- või terviseteaduste valdkonnas.'),
    p('7.2 Töökogemus: soovitavalt kogemus meditsiiniseadmete, kvaliteedijuhtimise või järelevalve alal.'),
    p('7.3 Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    p('7.4 Arvutioskus: kontoritarkvara ja ameti infosüsteemide kasutamise oskus.'),
  ],
};
