// Sotsiaalkindlustusamet, 2025: annex 1 to directive nr 183 (28.11.2025), the board's current layout.
// "KINNITATUD …" lines and "Lisa 1" at the right, the title "AMETIJUHEND", then part 1 as a two-column table
// without numbers (Struktuuriüksus, Teenistuskoht, Vahetu juht, Alluvad, Teenistuja asendab, Teenistuja asendaja)
// whose last row is the purpose ("Teenistuskoha eesmärk"). Section headings carry Word automatic numbering
// attached to their own paragraph style ("1. Üldosa", "2. …"); the duty numbers in the table ("2.1.") continue
// the same list at its second level.
// Seen in the source: the approval lines, the title, "1. Üldosa" and every part-1 row including the purpose.
// Completed (the register excerpt ends there): the duties table, rights, responsibility and requirements,
// written in the common form of the board's job descriptions.
import { li, p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'SKAPealkiri' });
const bullet = (text: string) => li(text, 'bullets');
const duty = (text: string, result: string) => [li(text, 'ska', 1), result];

export const doc: CorpusDoc = {
  lists: {
    ska: [
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2.' },
    ],
    bullets: [{ format: 'bullet', text: '•' }],
  },
  styles: {
    SKAPealkiri: { name: 'SKA pealkiri 1', basedOn: 'Normal', bold: true, list: ['ska', 0], outline: 0 },
  },
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori 28.11.2025', { align: 'right' }),
    p('käskkirjaga nr 183 Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('Üldosa'),
    table(
      [
        [p('Struktuuriüksus', { bold: true }), 'Laste heaolu osakond, traumeeritud laste toetamise talitus'],
        [p('Teenistuskoht', { bold: true }), 'Teenuseomanik (lastemaja)'],
        [p('Vahetu juht', { bold: true }), 'Talituse juhataja'],
        [p('Alluvad', { bold: true }), '-'],
        [p('Teenistuja asendab', { bold: true }), 'Talituse juhataja, juhtivspetsialist (lastemaja)'],
        [p('Teenistuja asendaja', { bold: true }), 'Talituse juhataja, juhtivspetsialist (lastemaja)'],
        [
          p('Teenistuskoha eesmärk', { bold: true }),
          [
            p(
              'Hoida lastemajateenus toimiva ja areneva tervikuna nii, et väärkoheldud lapse abistamine järgiks riigi lastekaitsepoliitika suundi ning ameti ülesandeid ja arenduskavasid.',
            ),
            p('Kujundada lastemajade võrgustiku tööviisi ühtseks üle Eesti ning hoida teenuse kvaliteet mõõdetav ja jälgitav.'),
          ],
        ],
      ],
      { widths: [2800, 6200] },
    ),
    p(''),
    H('Teenistusülesanded'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Oodatav tulemus', { bold: true })],
        duty(
          'Lastemajateenuse sisu, töökorra ja kvaliteedinõuete väljatöötamine ning ajakohasena hoidmine.',
          'Teenuse kirjeldus ja juhendid on kehtivad ning teenuse osutajad lähtuvad neist.',
        ),
        duty(
          'Lastemajade töö seire, teenuse andmete koondamine ja analüüs.',
          'Teenuse kohta on olemas ajakohane ülevaade; kitsaskohad on välja toodud koos lahendusettepanekutega.',
        ),
        duty(
          'Teenuse arendamise kavandamine ja arendusprojektide eestvedamine.',
          'Arendustegevused on kavas, neil on vastutajad ja tähtajad ning need on ellu viidud.',
        ),
        duty(
          'Koostöö korraldamine politsei, prokuratuuri, tervishoiuasutuste ja kohalike omavalitsustega lapse abistamisel.',
          'Koostööpartnerite rollid on kokku lepitud ja juhtumitöö liigub asutuste vahel viivituseta.',
        ),
        duty(
          'Lastemajade spetsialistide ja võrgustiku liikmete koolitusvajaduse hindamine ning koolituste korraldamine.',
          'Koolituskava on koostatud ja koolitused on toimunud.',
        ),
        duty(
          'Valdkonna õigusaktide eelnõude, arengukavade ja analüüside kohta arvamuste ning ettepanekute koostamine.',
          'Ameti seisukohad on põhjendatud ja tähtajaks esitatud.',
        ),
        duty('Talituse juhataja antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud õigeaegselt ja korrektselt.'),
      ],
      { widths: [4500, 4500] },
    ),
    p(''),
    H('Õigused'),
    p('Ametnikul on õigus:'),
    bullet('saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    bullet('teha talituse juhatajale ettepanekuid teenuse ja töökorralduse parendamiseks;'),
    bullet('esindada ametit oma valdkonnas töörühmades, nõupidamistel ja koostöökohtumistel;'),
    bullet('osaleda erialastel koolitustel ja infopäevadel.'),
    H('Vastutus'),
    p('Ametnik vastutab:'),
    bullet('ametijuhendis kirjeldatud ülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    bullet('teenistuse käigus teatavaks saanud isikuandmete ja juurdepääsupiiranguga teabe hoidmise eest;'),
    bullet('kasutusse antud vara ja töövahendite heaperemeheliku kasutamise eest.'),
    H('Nõuded teenistujale'),
    table(
      [
        [p('Haridus', { bold: true }), 'Magistrikraad või sellega võrdsustatud haridus sotsiaal-, terviseteaduste, psühholoogia või õiguse valdkonnas.'],
        [p('Töökogemus', { bold: true }), 'Vähemalt kolmeaastane kogemus lastekaitse, laste vaimse tervise või teenuste arendamise valdkonnas.'],
        [p('Keeleoskus', { bold: true }), 'Eesti keel C1-tasemel, inglise keel B2-tasemel.'],
        [p('Arvutioskus', { bold: true }), 'Oskab kasutada kontoritarkvara, ameti infosüsteeme ja andmete analüüsi töövahendeid.'],
        [
          p('Teadmised ja oskused', { bold: true }),
          [p('Tunneb lastekaitse ja ohvriabi õigusakte ning laste väärkohtlemise käsitlemise põhimõtteid.'), p('Oskab juhtida muudatusi ja tuua koostööpartnereid ühise eesmärgi nimel kokku.')],
        ],
      ],
      { widths: [2800, 6200] },
    ),
  ],
};
