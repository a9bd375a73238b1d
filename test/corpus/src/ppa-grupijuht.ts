// Politsei- ja Piirivalveamet, arendusosakonna rahvusvahelise koostöö büroo, 11.12.2025: annex 1 to the deputy
// director general's directive approving the bureau's job descriptions (nr 1.9-23.2/50p-1). Page number and annex
// reference block, the title naming the position in the Title style ("GRUPIJUHI AMETIJUHEND") with a bracketed
// role line under it. Section headings and their items are Word automatic numbering ("1.", "2.1.", "3.1."): the
// headings carry a numbered style of their own, the items are list paragraphs of the same list, also inside the
// first column of the duties table. Part 1 is a borderless label | value table without position or substitute
// rows (Struktuuriüksuse nimetus, Kellele allub, Alluvad, Töötingimuste erisused). The duties table has three
// columns: task | activities | criteria, activities as a real dash list.
// Seen in the source: everything up to the duties table's header row. Completed in the common form: the duty
// rows, "ÕIGUSED" (opened by "Ametnikul on õigus:"), "VASTUTUS" and "NÕUDED AMETNIKULE".
// Planted: the criteria cell of duty 3.4 is left blank. Also reported, not planted: no substitute is named.
import { cell, li, p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const H = (text: string): Para => p(text, { style: 'PpaPealkiri' });
const item = (text: string): Para => li(text, 'jd', 1);
const dash = (...lines: string[]): Para[] => lines.map((l) => li(l, 'dash', 0));
const b = (text: string): Para => p(text, { bold: true });

export const doc: CorpusDoc = {
  lists: {
    jd: [
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2.' },
    ],
    dash: [{ format: 'bullet', text: '–' }],
  },
  styles: {
    PpaPealkiri: { name: 'PPA pealkiri 1', basedOn: 'Normal', bold: true, caps: true, list: ['jd', 0], outline: 0 },
  },
  body: [
    p('1', { align: 'center' }),
    p('Politsei- ja Piirivalveameti peadirektori asetäitja arenduse alal', { align: 'right' }),
    p('käskkirja „Politsei- ja Piirivalveameti arendusosakonna', { align: 'right' }),
    p('rahvusvahelise koostöö büroo ametijuhendite kinnitamine“', { align: 'right' }),
    p('lisa 1', { align: 'right' }),
    p('11.12.2025 nr 1.9-23.2/50p-1', { align: 'right' }),
    p(''),
    p('GRUPIJUHI AMETIJUHEND', { style: 'Title', align: 'center' }),
    p('(teenuse omanik)', { align: 'center' }),
    p(''),
    H('ÜLDOSA'),
    table(
      [
        ['Struktuuriüksuse nimetus', 'arendusosakonna rahvusvahelise koostöö büroo'],
        ['Kellele allub', 'rahvusvahelise koostöö büroo juhile'],
        ['Alluvad', 'kahe- ja mitmepoolse koostöö grupi teenistujad'],
        ['Töötingimuste erisused', 'puuduvad'],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    H('TEENISTUSKOHA EESMÄRK'),
    item('grupis töötavate inimeste juhtimine ja grupile seatud eesmärkide saavutamise tagamine, sh töö korraldamine, ise kaasa töötamine ning tulemuste jälgimine;'),
    item('kahe- ja mitmepoolse rahvusvahelise koostöö teenuse kavandamine ja arendamine;'),
    item(
      'Politsei- ja Piirivalveameti (edaspidi PPA) teenuste rahvusvahelise koostöö kooskõlastamine, PPA võimekuste arendamiseks vajaliku koostöö korraldamine, seisukohtade kujundamine, koostöödokumentide ettevalmistamise ja täitmise jälgimise korraldamine, teenuse eelarve koostamine ning PPA esindamise korraldamine rahvusvahelistes koostöövormides.',
    ),
    H('TEENISTUSKOHA ÜLESANDED JA TULEMUSED'),
    table(
      [
        [b('Teenistuskoha ülesanded'), b('Tegevused ülesannete täitmiseks'), b('Tulemuslikkuse mõõtmise kriteeriumid')],
        [
          item('Grupi töö juhtimine'),
          dash('jaotab grupi liikmete vahel ülesanded ja seab neile eesmärgid', 'peab grupi liikmetega arengu- ja hindamisvestlusi', 'toetab uue teenistuja sisseelamist'),
          dash('grupi eesmärgid on täidetud', 'teenistujad teavad oma ülesandeid ja neilt oodatavat'),
        ],
        [
          item('Koostööteenuse kavandamine ja arendamine'),
          dash('koostab teenuse aasta tegevuskava', 'analüüsib teenuse toimimist ja teeb ettepanekuid selle muutmiseks'),
          dash('tegevuskava on kinnitatud õigel ajal', 'teenust on arendatud analüüsi põhjal'),
        ],
        [
          item('Rahvusvahelise koostöö kooskõlastamine'),
          dash('koondab PPA teenuste koostöövajadused', 'valmistab ette koostöölepingute ja -kokkulepete eelnõud ning jälgib nende täitmist'),
          dash('koostöövajadused on teada ja kokkulepped sõlmitud', 'kokkulepete täitmine on jälgitav'),
        ],
        [
          item('Teenuse eelarve kavandamine'),
          dash('koostab teenuse eelarve projekti', 'jälgib eelarve täitmist ja teeb ettepanekuid selle muutmiseks'),
          cell([]),
        ],
        [
          item('PPA esindamine'),
          dash('esindab PPA-d rahvusvahelistel kohtumistel ja töörühmades', 'korraldab välisdelegatsioonide vastuvõtte'),
          dash('PPA seisukohad on esitatud ja kohtumised dokumenteeritud'),
        ],
      ],
      { widths: [2600, 3400, 3000] },
    ),
    H('ÕIGUSED'),
    p('Ametnikul on õigus:'),
    item('saada PPA teenistujatelt ja struktuuriüksustelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    item('teha büroo juhile ettepanekuid grupi töö korraldamiseks ja teenuse arendamiseks;'),
    item('esindada PPA-d oma pädevuse piires.'),
    H('VASTUTUS'),
    item('Vastutab grupi eesmärkide täitmise ja grupi töö korraldamise eest.'),
    item('Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe kaitse eest.'),
    item('Vastutab talle kasutada antud vara säilimise ja sihipärase kasutamise eest.'),
    H('NÕUDED AMETNIKULE'),
    item('Haridus: magistrikraad või sellega võrdsustatud kvalifikatsioon.'),
    item('Töökogemus: vähemalt kolmeaastane kogemus rahvusvahelise koostöö valdkonnas, sh kogemus inimeste juhtimisel.'),
    item('Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel.'),
    item('Teadmised: tunneb Euroopa Liidu ja rahvusvahelise koostöö põhimõtteid ning PPA tegevust reguleerivaid õigusakte.'),
  ],
};
