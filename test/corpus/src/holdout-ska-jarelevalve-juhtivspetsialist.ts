// Sotsiaalkindlustusamet, 2023: the amended job description of the supervision unit's lead specialist for services
// to adults, annexed to the director general's directive nr 57 (26.03.2023, "Ametijuhendi muutmine"). The board's
// older layout, not the current one of the corpus's other SKA documents: "KINNITATUD …" at the right, the title
// "AMETIJUHEND", and part 1 "1. ÜLDOSA" as two tables whose first row holds the numbered labels side by side
// ("1.1 Ametinimetus | 1.2 Struktuuriüksus", then "1.3 Vahetu juht | 1.4 Kes asendab | 1.5 Keda asendab") and whose
// second row holds the values under them (the unit's value in two paragraphs: department, then bureau). The purpose
// is a paragraph under "2. AMETIKOHA EESMÄRK"; the duties are a table "Põhiülesanded | Oodatavad tulemused" under
// "3. PÕHIKOHUSTUSED", results typed as "▪" lines.
// Seen in the source: the approval lines, the title, part 1, the purpose and the heading of section 3 with its
// first column header. Completed in the board's form of that time: the results column header, the duty rows,
// "4. ÕIGUSED" ("Ametnikul on õigus"), "5. VASTUTUS", "6. TÖÖVAHENDID", "7. AMETIKOHALE ESITATAVAD NÕUDED" and
// "8. AMETIJUHENDI MUUTMINE".
// Planted: the Estonian language requirement is set to the non-existent level "C3".
import { p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const b = (text: string) => p(text, { bold: true });
const marks = (...lines: string[]): Para[] => lines.map((l) => p(`▪ ${l}`));

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori 26.03.2023', { align: 'right' }),
    p('käskkirjaga nr 57', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('1. ÜLDOSA'),
    table(
      [
        [b('1.1 Ametinimetus'), b('1.2 Struktuuriüksus')],
        ['Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)', [p('Õiguse ja järelevalve osakond'), p('Järelevalve talitus')]],
      ],
      { widths: [4500, 4500] },
    ),
    table(
      [
        [b('1.3 Vahetu juht'), b('1.4 Kes asendab'), b('1.5 Keda asendab')],
        ['Järelevalve talituse talitusejuhataja', 'Järelevalve juhtivspetsialist', 'Järelevalve juhtivspetsialisti, nõunikku või talituse juhatajat'],
      ],
      { widths: [3000, 3000, 3000] },
    ),
    p(''),
    H('2. AMETIKOHA EESMÄRK'),
    p('Ametikoha eesmärk on teha järelevalvet Sotsiaalkindlustusameti pädevusse kuuluvas valdkonnas: kontrollida täisealistele osutatavate teenuste kvaliteeti ja nõuetele vastavust ning teenusteks antud raha sihipärast kasutamist. Ametikoht koordineerib järelevalvet kohaliku omavalitsuse üksuste (KOV) sotsiaaltöö ning täisealistele sotsiaalhoolekandeteenuseid osutavate asutuste üle.'),
    p(''),
    H('3. PÕHIKOHUSTUSED'),
    table(
      [
        [b('Põhiülesanded'), b('Oodatavad tulemused')],
        [
          '3.1. Järelevalvemenetluste läbiviimine täisealistele sotsiaalteenuseid osutavate asutuste ja KOVide üle, sh paikvaatluste tegemine.',
          marks('Menetlused on läbi viidud seaduses ettenähtud korras ja tähtaegadel.', 'Menetluste käik ja tulemused on dokumenteeritud.'),
        ],
        [
          '3.2. Järelevalve käigus tuvastatud puuduste kohta ettekirjutuste ja soovituste koostamine ning nende täitmise kontrollimine.',
          marks('Ettekirjutused on õiguspärased ja arusaadavad.', 'Ettekirjutuste täitmine on kontrollitud.'),
        ],
        [
          '3.3. Teenuste rahastamiseks antud vahendite kasutamise kontrollimine.',
          marks('Vahendite sihipärasust on hinnatud ja kõrvalekalded on teatavaks tehtud.'),
        ],
        [
          '3.4. Järelevalvetegevuste koordineerimine talituse teiste teenistujate ja ameti teiste struktuuriüksustega.',
          marks('Järelevalvetegevused on omavahel kooskõlas ja kattuvused välditud.'),
        ],
        [
          '3.5. Teenuseosutajate ja KOVide nõustamine nõuete täitmise küsimustes ning juhendmaterjalide koostamises osalemine.',
          marks('Teenuseosutajad ja KOVid on nõuetest teadlikud.', 'Juhendmaterjalid on ajakohased.'),
        ],
        [
          '3.6. Järelevalve tulemuste analüüsimine ja ettepanekute tegemine õigusaktide ning ameti praktika muutmiseks.',
          marks('Ülevaated on koostatud ja ettepanekud esitatud talituse juhatajale.'),
        ],
        [
          '3.7. Talituse juhataja antud muude ühekordsete ülesannete täitmine ametikoha eesmärgi piires.',
          marks('Ülesanded on täidetud tähtaegselt ja kvaliteetselt.'),
        ],
      ],
      { widths: [4800, 4200] },
    ),
    p(''),
    H('4. ÕIGUSED'),
    p('Ametnikul on õigus:'),
    p('▪ saada ameti teenistujatelt, teenuseosutajatelt ja KOVidelt järelevalveks vajalikku teavet ja dokumente;'),
    p('▪ siseneda järelevalve käigus teenuse osutamise kohta seaduses sätestatud korras;'),
    p('▪ teha talituse juhatajale ettepanekuid töö paremaks korraldamiseks;'),
    p('▪ osaleda ametikoha eesmärgi täitmiseks vajalikel koolitustel.'),
    H('5. VASTUTUS'),
    p('Ametnik vastutab:'),
    p('▪ põhikohustuste õigeaegse, täpse ja nõuetekohase täitmise eest;'),
    p('▪ teenistuse käigus teatavaks saanud isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest;'),
    p('▪ tema koostatud haldusaktide ja dokumentide õiguspärasuse eest.'),
    H('6. TÖÖVAHENDID'),
    p('Ametnikule antakse kasutada sülearvuti, mobiiltelefon ja ameti infosüsteemid; lähetusteks võimaldatakse ameti sõiduk.'),
    H('7. AMETIKOHALE ESITATAVAD NÕUDED'),
    table(
      [
        [b('Haridus'), 'Kõrgharidus, soovitavalt õigus- või sotsiaalteaduste valdkonnas.'],
        [b('Töökogemus'), 'Vähemalt kolmeaastane töökogemus sotsiaalvaldkonnas, järelevalves või haldusmenetluses.'],
        [b('Keeleoskus'), 'Eesti keel C3-tasemel, inglise keel B1-tasemel.'],
        [b('Arvutikasutamise oskus'), 'Kontoritarkvara ja dokumendihaldussüsteemi kasutamise hea oskus.'],
      ],
      { widths: [3000, 6000] },
    ),
    H('8. AMETIJUHENDI MUUTMINE'),
    p('Ametijuhendit muudetakse avaliku teenistuse seaduses sätestatud alustel ja korras.'),
  ],
};
