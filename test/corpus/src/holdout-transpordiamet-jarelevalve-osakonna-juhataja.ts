// Transpordiamet, 2025: annex 1 to the director general's directive nr 2.1-2/25/022 (26.09.2025) approving the job
// descriptions of the road maintenance service's supervision department. "Lisa 1" and a centred title block of four
// lines (agency, service, position in the genitive, "AMETIJUHEND"); part 1 and the purpose as a borderless table of
// typed-number labels and values. Unlike the agency's document already in the corpus, three part-1 items share one
// table row: the label cell holds "1.5. Alluvad", "1.6. Asendaja" and "1.7. Asendab" as three paragraphs and the
// value cell their three values in the same order (as the register's text shows: the three labels, then the three
// values). The purpose row's value runs on from its label ("2. Teenistuskoha eesmärk" | "on …") and names the
// post's main tasks in a second sentence.
// Seen in the source: the title block, part 1 and the purpose. Completed in the agency's typed-number form:
// "3. Teenistusülesanded", "4. Õigused", the responsibility section and the requirements.
// Planted: the heading "Vastutus" appears twice (sections 5 and 6), the responsibility items split between them.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const row = (label: string, value: string) => [label, value];
const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Lisa 1', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('TEEHOIUTEENISTUS', { bold: true, align: 'center' }),
    p('JÄRELEVALVE OSAKONNA JUHATAJA', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    table(
      [
        [p('1. Üldosa', { bold: true }), ''],
        row('1.1. Struktuuriüksuse nimetus', 'järelevalve osakond'),
        row('1.2. Teenistuskoha nimetus', 'juhataja'),
        row('1.3. Ametisse nimetab', 'Transpordiameti peadirektor'),
        row('1.4. Allub', 'Teehoiuteenistuse direktorile (edaspidi direktor)'),
        [
          [p('1.5. Alluvad'), p('1.6. Asendaja'), p('1.7. Asendab')],
          [p('järelevalve osakonna teenistujad'), p('järelevalve osakonna teenistuja'), p('teenistuse direktorit või järelevalve osakonna teenistujaid')],
        ],
        [
          p('2. Teenistuskoha eesmärk', { bold: true }),
          'on järelevalve osakonna (edaspidi osakond) töö juhtimine ja koordineerimine, et täita teehoiuteenistuse põhimäärusest tulenevaid ülesandeid ja saavutada ameti strateegilised eesmärgid. Ametikoha põhiülesanne on korraldada riiklikku järelevalvet avalikult kasutatavate teede ehitamise, kohalike teede seisundinõuete ning riigiteede kaitsevööndi ja kasutamise nõuete täitmise üle.',
        ],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    H('3. Teenistusülesanded'),
    p('3.1. Juhib osakonna tööd, kavandab selle eesmärgid ja jaotab ülesanded osakonna teenistujate vahel.'),
    p('3.2. Korraldab riikliku järelevalve menetlusi teede ehitamise, seisundinõuete ja kaitsevööndi nõuete täitmise üle ning kinnitab nende tulemused.'),
    p('3.3. Koostab ja allkirjastab oma pädevuse piires ettekirjutusi ja muid haldusakte ning jälgib nende täitmist.'),
    p('3.4. Teeb koostööd kohalike omavalitsuste, teiste järelevalveasutuste ja teeehitusettevõtjatega järelevalve tõhusamaks korraldamiseks.'),
    p('3.5. Koostab osakonna eelarve ettepaneku ja jälgib eelarve täitmist.'),
    p('3.6. Osaleb osakonna teenistujate värbamises, viib läbi arenguvestlusi ja toetab teenistujate arengut.'),
    p('3.7. Täidab direktori antud muid ühekordseid ülesandeid oma pädevuse piires.'),
    H('4. Õigused'),
    p('4.1. Saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2. Anda osakonna teenistujatele korraldusi ja kontrollida nende täitmist.'),
    p('4.3. Esindada ametit oma valdkonnas suhetes teiste asutuste ja isikutega.'),
    p('4.4. Teha direktorile ettepanekuid osakonna töö paremaks korraldamiseks.'),
    H('5. Vastutus'),
    p('5.1. Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2. Vastutab tema allkirjastatud haldusaktide õiguspärasuse eest.'),
    H('6. Vastutus'),
    p('6.1. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('6.2. Vastutab talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('7. Teenistuskohale esitatavad nõuded'),
    p('7.1. Haridus: kõrgharidus, soovitavalt tehnika- või õigusvaldkonnas.'),
    p('7.2. Töökogemus: vähemalt kolmeaastane kogemus teedeehituse või järelevalve valdkonnas, sh juhtimiskogemus.'),
    p('7.3. Keeleoskus: eesti keel C1-tasemel, inglise keel B1-tasemel.'),
    p('7.4. Arvutioskus: oskab kasutada kontoritarkvara ja ameti infosüsteeme.'),
  ],
};
