// Kultuuriministeerium, 2025: annex to the chancellor's personnel directive nr 9-P (kommunikatsiooni- ja
// rahvusvahelise koostöö osakonna teenistujate ametijuhendid). Approval note at the top right, a three-line
// title (unit in the genitive, position in the genitive, "AMETIJUHEND"; the title's short position name
// differs from the part-1 value), part 1 as a borderless two-column table without row numbers
// ("Struktuuriüksus", "Ametikoht", "Vahetu juht", "Alluvad", "Ametnikku asendab", "Ametnik asendab").
// Section headings and duty numbers are Word automatic numbering (a heading style with a list attached,
// duties at the list's second level), so "1." and "3.1." are not in the text.
// Seen in the source: the approval note, the title, part 1 and the purpose. Completed in the common form of
// ministry job descriptions: duties, rights, responsibility and requirements.
import { li, p, table, type CorpusDoc, LISTS } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'AJPealkiri' });
const item = (text: string) => li(text, 'osad', 1);

export const doc: CorpusDoc = {
  lists: { osad: LISTS.legal },
  styles: { AJPealkiri: { name: 'AJ pealkiri', basedOn: 'Normal', bold: true, caps: true, list: ['osad', 0] } },
  body: [
    p('Kinnitatud', { align: 'right' }),
    p('kantsleri 16.09.2025 käskkirjaga nr 9-P', { align: 'right' }),
    p(''),
    p('KOMMUNIKATSIOONI- JA RAHVUSVAHELISE KOOSTÖÖ OSAKONNA', { bold: true, align: 'center' }),
    p('EUROOPA LIIDU ASJADE NÕUNIKU', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('ÜLDOSA'),
    table(
      [
        ['Struktuuriüksus', 'kommunikatsiooni- ja rahvusvahelise koostöö osakond'],
        ['Ametikoht', 'Euroopa Liidu ja Euroopa Nõukogu asjade nõunik'],
        ['Vahetu juht', 'osakonnajuhataja'],
        ['Alluvad', 'puuduvad'],
        ['Ametnikku asendab', 'osakonnajuhataja või tema määratud teenistuja'],
        ['Ametnik asendab', 'osakonnajuhataja määratud teenistujat'],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    H('AMETIKOHA EESMÄRK'),
    p(
      'Tagada, et Eesti osaleb Euroopa Liidu otsuste tegemises Kultuuriministeeriumi (edaspidi ministeerium) vastutusalasse jäävates küsimustes ning et see töö on ministeeriumis ja kogu valitsemisalas järjepidevalt korraldatud. Koordineerida ministeeriumi ja Eesti ekspertide osalemist ning teabevahetust Euroopa Nõukogus ja aidata vajaduse korral kujundada Eesti seisukohti.',
    ),
    H('TEENISTUSÜLESANDED'),
    item('Koordineerib ministeeriumi osalemist Euroopa Liidu õigusloomes ja otsustusprotsessis ning jälgib, et Eesti seisukohad oleksid kujundatud ja kooskõlastatud õigel ajal.'),
    item('Valmistab ette ministri ja ministeeriumi esindajate osalemise Euroopa Liidu Nõukogu kultuuri- ja audiovisuaalvaldkonna kohtumistel ning koostab nende kohta ülevaated.'),
    item('Koordineerib Euroopa Nõukogu kultuuri-, pärandi- ja maastikuvaldkonna komiteedes osalevate Eesti ekspertide tööd ja teabevahetust.'),
    item('Peab ministeeriumis arvestust Euroopa Liidu õiguse ülevõtmise tähtaegade üle ja annab valdkonna osakondadele nõu ülevõtmise korraldamisel.'),
    item('Esindab ministeeriumi Riigikantselei juures tegutsevas Euroopa Liidu koordinatsioonikogus ja teistes valitsusülestes töörühmades.'),
    item('Nõustab ministeeriumi ja valitsemisala asutuste teenistujaid Euroopa Liidu ja Euroopa Nõukogu asjades ning korraldab nende teemade infopäevi.'),
    item('Täidab osakonnajuhataja antud muid ühekordseid ülesandeid, mis on seotud ametikoha eesmärgiga.'),
    H('ÕIGUSED'),
    item('Saada ministeeriumi ja valitsemisala asutuste teenistujatelt teenistusülesannete täitmiseks vajalikku teavet ja dokumente.'),
    item('Teha osakonnajuhatajale ettepanekuid oma vastutusala töö korraldamiseks.'),
    item('Osaleda ametialastel koolitustel ja rahvusvahelistel kohtumistel.'),
    H('VASTUTUS'),
    item('Vastutab teenistusülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    item('Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    item('Vastutab enda koostatud seisukohtade ja ülevaadete õigsuse eest.'),
    H('NÕUDED AMETIKOHALE'),
    item('Haridus: magistrikraad või sellele vastav kvalifikatsioon.'),
    item('Töökogemus: vähemalt kolmeaastane kogemus Euroopa Liidu asjade või rahvusvahelise koostöö valdkonnas.'),
    item('Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel ning prantsuse või saksa keel B2-tasemel.'),
    item('Teadmised: tunneb Euroopa Liidu otsustusprotsessi ja Eesti Euroopa Liidu poliitika koordineerimise korda.'),
    item('Arvutioskus: kasutab vabalt kontoritarkvara ja dokumendihaldussüsteemi.'),
  ],
};
