// Sotsiaalkindlustusamet, 2024: annex 1 to the director general's directive nr 177 (13.12.2024) approving the eight
// job descriptions of the legal and supervision department's supervision bureau — the chief specialist for the
// development of supervision ("peaspetsialist (järelevalve arendus)"). The directive replaced the bureau's job
// descriptions of 2023–2024 (among them nr 57 of 26.03.2023, already in the corpus in its older numbered-table form);
// this annex is in the board's current layout: approval lines at the right ending in "Lisa 1", the title
// "AMETIJUHEND", part 1 as a two-column table with bold labels and no row numbers whose last row is the purpose, and
// the board's neutral labels ("Teenistuskoht", "Teenistuja asendab", "Teenistuja asendaja"). The section headings are
// typed in bold paragraphs ("2. Teenistusülesanded"); the duties are a table "Ülesanne | Oodatav tulemus" with typed
// "2.1." numbers; rights and responsibility are dash lists under "Teenistujal on õigus:" / "Teenistuja vastutab:";
// the requirements a two-column table.
// Seen in the source: the directive (its list of annexes, lisa 1: peaspetsialist (järelevalve arendus)) and the start
// of the approval line. Completed in the board's current form, as its annexes of November 2024 show it: part 1, the
// purpose and sections 2–5.
// Planted: the Estonian language requirement gives no level ("Väga hea eesti keele oskus").
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [p(label, { bold: true }), value];
const dash = (text: string) => p(`– ${text}`);

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori', { align: 'right' }),
    p('13.12.2024 käskkirjaga nr 177 Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('1. Üldosa'),
    table(
      [
        row('Struktuuriüksus', 'Õiguse ja järelevalve osakond, järelevalve talitus'),
        row('Teenistuskoht', 'Peaspetsialist (järelevalve arendus)'),
        row('Vahetu juht', 'Talituse juhataja'),
        row('Alluvad', '-'),
        row('Teenistuja asendab', 'Peaspetsialisti (järelevalve), juhtivspetsialisti (järelevalve)'),
        row('Teenistuja asendaja', 'Peaspetsialist (järelevalve)'),
        row(
          'Teenistuskoha eesmärk',
          'Arendada ameti järelevalve menetluste põhimõtteid, töövahendeid ja juhendeid nii, et sotsiaalteenuste ja lastekaitse järelevalve oleks ühtne, riskipõhine ja mõjus, ning toetada talituse teenistujaid nende rakendamisel.',
        ),
      ],
      { widths: [2800, 6200] },
    ),
    p(''),
    H('2. Teenistusülesanded'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Oodatav tulemus', { bold: true })],
        [
          '2.1. Järelevalve menetluste kaardistamine ning menetlusjuhendite ja vormide väljatöötamine ja ajakohastamine.',
          'Menetlused on kirjeldatud, juhendid ja vormid on ajakohased ning teenistujad kasutavad neid.',
        ],
        [
          '2.2. Riskipõhise järelevalve kavandamise metoodika arendamine ja talituse aastase järelevalvekava koostamises osalemine.',
          'Järelevalvekava põhineb riskianalüüsil ja on kinnitatud õigel ajal.',
        ],
        [
          '2.3. Järelevalve tulemuste analüüsimine ning kokkuvõtete ja ettepanekute koostamine õigusaktide ja teenuste arendamiseks.',
          'Analüüsid ja ettepanekud on esitatud talituse juhatajale ja ministeeriumile tähtaegselt.',
        ],
        [
          '2.4. Järelevalve infosüsteemi arendusvajaduste kogumine ja arendustööde kooskõlastamine.',
          'Arendusvajadused on kirjeldatud ja arendused on testitud enne kasutuselevõttu.',
        ],
        [
          '2.5. Talituse teenistujate juhendamine ja koolituste korraldamine järelevalve menetluse küsimustes.',
          'Teenistujad on saanud vajaliku juhendamise; koolitused on toimunud plaanipäraselt.',
        ],
        [
          '2.6. Osalemine keerukamates järelevalve menetlustes ja haldusaktide eelnõude koostamises.',
          'Menetlused on läbi viidud õigusaktide järgi ja haldusaktid on põhjendatud.',
        ],
        [
          '2.7. Talituse juhataja antud muude ülesannete täitmine talituse eesmärkide piires.',
          'Ülesanded on täidetud tähtaegselt ja kvaliteetselt.',
        ],
      ],
      { widths: [4800, 4200] },
    ),
    p(''),
    H('3. Õigused'),
    p('Teenistujal on õigus:'),
    dash('saada ameti struktuuriüksustelt ja teistelt asutustelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    dash('kasutada ülesannete täitmiseks ameti infosüsteeme ja registreid;'),
    dash('teha talituse juhatajale ettepanekuid järelevalve korralduse parendamiseks;'),
    dash('osaleda ametialastel koolitustel ja töörühmades.'),
    p(''),
    H('4. Vastutus'),
    p('Teenistuja vastutab:'),
    dash('ülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    dash('tema koostatud juhendite, analüüside ja haldusaktide eelnõude õigsuse eest;'),
    dash('teenistuse käigus teatavaks saanud isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest.'),
    p(''),
    H('5. Nõuded teenistujale'),
    table(
      [
        row('Haridus', 'Magistrikraad või sellega võrdsustatud haridus, soovitavalt õigus-, sotsiaal- või riigiteaduste valdkonnas.'),
        row('Töökogemus', 'Vähemalt kolmeaastane kogemus järelevalve, sotsiaalhoolekande või lastekaitse valdkonnas.'),
        row('Keeleoskus', 'Väga hea eesti keele oskus; inglise keel B2-tasemel.'),
        row('Arvutioskus', 'Kontoritarkvara ja ameti infosüsteemide kasutamise hea oskus.'),
        row('Teadmised ja oskused', 'Tunneb haldusmenetluse, sotsiaalhoolekande ja lastekaitse õigusakte; oskab analüüsida ja kirjutada selgelt.'),
      ],
      { widths: [2800, 6200] },
    ),
  ],
};
