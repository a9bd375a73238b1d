// Politsei- ja Piirivalveamet, Lõuna prefektuur, 16.06.2021: annex 2 to the prefect's directive approving the
// prefecture's job descriptions (nr 1.9-23.6/115p-1). Annex reference block on the right, then the title naming the
// position in the Title style ("PIIRKONNAPOLITSEINIKU AMETIJUHEND", no position field in part 1) and a
// "põhitöö nr" line. Part 1 "1. ÜLDOSA" is a borderless label | value table (Struktuuriüksuse nimetus, Kellele
// allub, Alluvad, Asendaja, Keda asendab, Töötingimuste erisused); the purpose "2. TEENISTUSKOHA EESMÄRK" is a
// heading inside the left cell of a table with typed "2.1" … "2.3" (no final dot) in the right cell; the duties
// "3. TEENISTUSKOHA ÜLESANDED JA TULEMUSED" are a two-column table, task | result, with typed "3.1" numbers.
// Seen in the source: everything up to the first duty row (part 1, the purpose, the duties table's header and
// 3.1). Completed in the common PPA form: the further duty rows, "4. ÕIGUSED", "5. VASTUTUS" and
// "6. NÕUDED AMETNIKULE" (a label | value table).
// Planted: duty 3.3 is left out, so the typed duty numbers jump from 3.2 to 3.4.
import { p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const h = (text: string): Para => p(text, { bold: true });
const paras = (...lines: string[]): Para[] => lines.map((l) => p(l));

export const doc: CorpusDoc = {
  body: [
    p('1', { align: 'right' }),
    p('Lõuna prefektuuri prefekti käskkirja', { align: 'right' }),
    p('„Lõuna prefektuuri ametijuhendite kinnitamine“', { align: 'right' }),
    p('lisa 2', { align: 'right' }),
    p('16.06.2021 nr 1.9-23.6/115p-1', { align: 'right' }),
    p(''),
    p('PIIRKONNAPOLITSEINIKU AMETIJUHEND', { style: 'Title', align: 'center' }),
    p('põhitöö nr 586', { align: 'center' }),
    p(''),
    h('1. ÜLDOSA'),
    table(
      [
        ['Struktuuriüksuse nimetus', paras('Lõuna prefektuur', 'politseijaoskond', 'piirkonnagrupp')],
        ['Kellele allub', 'piirkonnavanemale'],
        ['Alluvad', 'puuduvad'],
        ['Asendaja', 'vahetu juhi poolt määratud ametnik'],
        ['Keda asendab', 'vahetu juhi poolt määratud ametnikku'],
        ['Töötingimuste erisused', 'teenistuskohal rakendatakse summeeritud tööaja arvestust, valveaega ja öötööd'],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    table(
      [
        [
          h('2. TEENISTUSKOHA EESMÄRK'),
          paras(
            '2.1 Tuua politsei kogukonnale lähemale, märgata piirkonnas inimeste turvatunnet kahjustavaid probleeme ning edendada politsei, ametiasutuste, vabaühenduste ja kohalike omavalitsuste koostööd.',
            '2.2 Seada pikema vaate eesmärke ja otsida lahendusi, mis ulatuvad kaugemale kiirest ohutõrjest; probleeme lahendades lähtutakse kogukonna vajadustest ja eelistatakse ennetamist.',
            '2.3 Luua kogukonna liikmetega usalduslikud suhted ja neid järjepidevalt hoida.',
          ),
        ],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    h('3. TEENISTUSKOHA ÜLESANDED JA TULEMUSED'),
    table(
      [
        [h('Teenistuskoha ülesanded'), h('Tulemuslikkuse mõõtmise kriteeriumid/ Soovitud tulemus')],
        [
          '3.1 Teeb oma teeninduspiirkonnas koostööd elanike, ettevõtete, vabaühenduste, kohaliku omavalitsuse ja teiste politseiüksustega.',
          paras(
            'Politsei ja partnerite ühistegevus, sh võrgustikutöö, on korraldatud.',
            'Piirkonnapolitseinik tunneb oma piirkonda, tal on selle kohta ajakohane teave ja toimiv koostöövõrgustik.',
          ),
        ],
        [
          '3.2 Selgitab välja piirkonna turvalisust ohustavad probleemid, analüüsib nende põhjuseid ja kavandab koos partneritega lahendused.',
          paras(
            'Piirkonna probleemid on kaardistatud ja nende lahendamiseks on kokku lepitud tegevused.',
            'Tegevuste mõju on hinnatud ja vajadusel on neid muudetud.',
          ),
        ],
        [
          '3.4 Viib läbi ennetustegevusi, sh teavitab elanikke ohtudest ja nõustab neid turvalisuse küsimustes.',
          paras('Elanikud on ohtudest teadlikud ja oskavad ennast ning oma vara kaitsta.', 'Ennetustegevused on kavandatud piirkonna vajaduste järgi.'),
        ],
        [
          '3.5 Menetleb oma pädevuse piires väärtegusid ja osaleb vajaduse korral kriminaalmenetluses.',
          'Menetlused on läbi viidud seaduses sätestatud korras ja tähtaegadel.',
        ],
        [
          '3.6 Osaleb avaliku korra tagamisel ja reageerib vajaduse korral sündmustele oma teeninduspiirkonnas.',
          'Sündmustele on reageeritud õigeaegselt ja avalik kord on tagatud.',
        ],
        [
          '3.7 Täidab vahetu juhi antud muid ühekordseid ülesandeid, mis on seotud teenistuskoha eesmärgiga.',
          'Ülesanded on täidetud tähtaegselt ja nõuetekohaselt.',
        ],
      ],
      { widths: [4500, 4500] },
    ),
    p(''),
    h('4. ÕIGUSED'),
    p('4.1 Saada ameti teistelt teenistujatelt ja struktuuriüksustelt teenistusülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2 Teha vahetule juhile ettepanekuid töö paremaks korraldamiseks ja piirkonna turvalisuse suurendamiseks.'),
    p('4.3 Kasutada teenistusülesannete täitmiseks ameti vara, sidevahendeid ja infosüsteeme kehtestatud korras.'),
    p('4.4 Saada teenistusülesannete täitmiseks vajalikku koolitust.'),
    h('5. VASTUTUS'),
    p('5.1 Vastutab talle pandud ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2 Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe kaitse eest.'),
    p('5.3 Vastutab talle kasutada antud vara ja relvastuse säilimise ning sihipärase kasutamise eest.'),
    h('6. NÕUDED AMETNIKULE'),
    table(
      [
        ['Haridus', 'politseiharidus või keskharidus koos politseiametniku kutsesobivuse nõuetele vastava ettevalmistusega'],
        ['Töökogemus', 'soovitatav vähemalt kaheaastane töökogemus politseiteenistuses'],
        ['Keeleoskus', 'eesti keel B2-tasemel; vene või inglise keel suhtlustasemel'],
        ['Teadmised ja oskused', 'tunneb politsei tegevust ning kohaliku omavalitsuse korraldust reguleerivaid õigusakte; oskab kasutada kontoritarkvara ja politsei infosüsteeme'],
        ['Isikuomadused', 'suhtlemisoskus, algatusvõime, koostöövalmidus, pingetaluvus'],
        ['Muud nõuded', 'B-kategooria juhiload; vastavus politseiametniku tervise- ja kehalise ettevalmistuse nõuetele'],
      ],
      { widths: [3000, 6000] },
    ),
  ],
};
