// Sotsiaalkindlustusamet, 2026: annex 4 to the director general's directive nr 1 (07.01.2026) approving the eleven
// job descriptions of the victim support department's crisis support bureau — the expert for large-scale crises.
// The same directive and form as the bureau's counsellor (annex 9, also in the corpus), but a civil servant's text:
// "Ametnikul on õigus", "Ametnik vastutab". Rebuilt in the board's current layout with other Word choices: the
// section headings are Heading 2 paragraphs with typed numbers without a final dot ("1 Üldosa", "2 Teenistusülesanded"),
// part 1 is a two-column table without row numbers ending in the purpose row (two paragraphs in the value cell),
// the duties are a three-column table (number | task | expected result) with a header row and typed numbers
// ("2.1"), and the rights and responsibilities are Word automatic bullet lists. An extra last section
// "6 Valmisolek suurkriisiks" describes the on-call duty.
// Seen in the source: the directive's list of annexes (lisa 4: ekspert (suurkriisid)) and the approval line.
// Completed in the board's current form, as its other annexes of 2024–2025 show it: part 1, the purpose and
// sections 2–6.
// Nothing planted.
import { li, p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'Heading2' });
const row = (label: string, value: string | ReturnType<typeof p>[]) => [p(label, { bold: true }), value];
const bullet = (text: string) => li(text, 'bullets');
const duty = (n: string, task: string, result: string) => [n, task, result];

export const doc: CorpusDoc = {
  lists: {
    bullets: [{ format: 'bullet', text: '•' }],
  },
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori', { align: 'right' }),
    p('07.01.2026 käskkirjaga nr 1 Lisa 4', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('1 Üldosa'),
    table(
      [
        row('Struktuuriüksus', 'Ohvriabi osakond, kriisitoe talitus'),
        row('Teenistuskoht', 'Ekspert (suurkriisid)'),
        row('Vahetu juht', 'Talituse juhataja'),
        row('Alluvad', 'Puuduvad'),
        row('Teenistuja asendab', 'Eksperti (vaimne heaolu kriisides)'),
        row('Teenistuja asendaja', 'Ekspert (vaimne heaolu kriisides), talituse juhataja'),
        row('Teenistuskoha eesmärk', [
          p('Tagada, et suurõnnetuse, massilise ohvritega sündmuse või muu ulatusliku kriisi korral on kannatanutele ja nende lähedastele psühhosotsiaalne kriisiabi kiiresti ja koordineeritult kättesaadav.'),
          p('Hoida ameti kriisitoe valmisolek ajakohasena ning arendada koostööd teiste päästevõrgustiku asutustega.'),
        ]),
      ],
      { widths: [2800, 6200] },
    ),
    p(''),
    H('2 Teenistusülesanded'),
    table(
      [
        [p('Nr', { bold: true }), p('Ülesanne', { bold: true }), p('Oodatav tulemus', { bold: true })],
        duty('2.1', 'Suurkriisi psühhosotsiaalse abi plaani koostamine ja ajakohastamine.', 'Plaan on kinnitatud, vähemalt kord aastas üle vaadatud ja teenistujatele tutvustatud.'),
        duty('2.2', 'Kriisitoe meeskonna väljakutsumise ja töö korraldamine suurkriisi ajal.', 'Meeskond on sündmuskohal või kokkulepitud kohas plaanis ettenähtud aja jooksul.'),
        duty('2.3', 'Koostöö Päästeameti, Politsei- ja Piirivalveameti, Häirekeskuse ja kohalike omavalitsustega kriisiabi korraldamisel.', 'Rollid ja teabevahetus on kokku lepitud ning harjutustel läbi proovitud.'),
        duty('2.4', 'Kriisiõppuste kavandamine ja neis osalemine ameti esindajana.', 'Õppuste tulemused on analüüsitud ning parendused plaani viidud.'),
        duty('2.5', 'Vabatahtlike ja partnerite kriisiabi väljaõppe korraldamine koostöös koolitusekspertidega.', 'Koolitatud inimeste register on ajakohane ja piisav.'),
        duty('2.6', 'Suurkriisi järel abi vajanud inimeste järeltoe korraldamine ja sündmuse kokkuvõtte koostamine.', 'Kannatanud on suunatud järelteenustele; kokkuvõte on esitatud talituse juhatajale.'),
        duty('2.7', 'Talituse juhataja antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud õigeaegselt ja korrektselt.'),
      ],
      { widths: [800, 4400, 3800] },
    ),
    p(''),
    H('3 Õigused'),
    p('Ametnikul on õigus:'),
    bullet('saada ameti teistelt struktuuriüksustelt ja teistelt asutustelt ülesannete täitmiseks vajalikku teavet;'),
    bullet('kaasata suurkriisi ajal kriisitoe meeskonda ameti teisi teenistujaid talituse juhataja kehtestatud korras;'),
    bullet('esindada ametit kriisiabi valdkonna töörühmades ja õppustel;'),
    bullet('teha talituse juhatajale ettepanekuid kriisitoe valmisoleku parandamiseks.'),
    H('4 Vastutus'),
    p('Ametnik vastutab:'),
    bullet('teenistusülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    bullet('teenistuse käigus teatavaks saanud isikuandmete ja juurdepääsupiiranguga teabe hoidmise eest;'),
    bullet('kasutusse antud vara ja töövahendite heaperemeheliku kasutamise eest.'),
    H('5 Nõuded teenistujale'),
    table(
      [
        [p('Haridus', { bold: true }), 'Magistrikraad või sellega võrdsustatud haridus psühholoogia, sotsiaaltöö või tervishoiu valdkonnas.'],
        [p('Töökogemus', { bold: true }), 'Vähemalt kolmeaastane kogemus kriisiabi, päästetöö või hädaolukorraks valmisoleku valdkonnas.'],
        [p('Keeleoskus', { bold: true }), 'Eesti keel C1-tasemel, inglise ja vene keel B2-tasemel.'],
        [p('Arvutioskus', { bold: true }), 'Oskab kasutada kontoritarkvara, ameti infosüsteeme ja kriisiteavituse töövahendeid.'],
      ],
      { widths: [2800, 6200] },
    ),
    H('6 Valmisolek suurkriisiks'),
    p('Ametnikule rakendatakse valveaega talituse juhataja kinnitatud graafiku alusel. Valve ajal peab ametnik olema kättesaadav telefoni teel ja jõudma vajaduse korral tööle kahe tunni jooksul.'),
  ],
};
