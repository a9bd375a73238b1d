// Transpordiamet, 2024: annex 1 to the director general's directive nr 2.1-2/24/223 (10.10.2024), the job description
// of a senior inspector of unmanned air traffic management and training (UTM/TO) in the aviation service's unmanned
// aviation department — an inspector's post in the aviation service, not a road-maintenance head as in the agency's
// documents already in the corpus. A page number "1" in the header, "Lisa 1" at the right, and a centred title block
// of six lines: the agency, the service, the department in the genitive, the field over a line of its own, the
// position in the genitive with its abbreviation in brackets, "AMETIJUHEND". Part 1 and the purpose are a borderless
// table of typed-number labels and values; the values of 1.1 and 1.4 carry "(edaspidi …)". As the register's text
// shows ("1.5. Asendaja", "1.6. Asendab", then both values), the two substitution items share one row: both labels in
// the label cell, both values in the value cell, each value a long phrase in the partitive ("… teenistujaid vastavalt
// neile antud õigustele"). The purpose is a value cell of three verbless sentences. The duties are typed "3.1."
// paragraphs, some as sentences ("Annab sisendi …"), some as noun phrases ("… koostamine ning uuendamine …").
// Seen in the source: the page number, the title block, part 1, the purpose and duties 3.1–3.4. Completed in the
// agency's typed-number form: the other duties, rights, responsibility and the requirements.
// Nothing planted.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const row = (label: string, value: string) => [label, value];
const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  header: ['1'],
  body: [
    p('Lisa 1', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('LENNUNDUSTEENISTUS', { bold: true, align: 'center' }),
    p('MEHITAMATA LENNUNDUSE OSAKONNA', { bold: true, align: 'center' }),
    p('MEHITAMATA LENNULIIKLUSE KORRALDUSE JA KOOLITUSE', { bold: true, align: 'center' }),
    p('VANEMINSPEKTORI (UTM/TO)', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    table(
      [
        [p('1. Üldosa', { bold: true }), ''],
        row('1.1. Struktuuriüksuse nimetus', 'mehitamata lennunduse osakond (edaspidi osakond)'),
        row('1.2. Teenistuskoha nimetus', 'mehitamata lennuliikluse korralduse ja koolituse (UTM/TO) vaneminspektor'),
        row('1.3. Ametisse nimetab', 'Transpordiameti peadirektor'),
        row('1.4. Allub', 'mehitamata lennunduse osakonna juhatajale (edaspidi juhataja)'),
        [
          [p('1.5. Asendaja'), p('1.6. Asendab')],
          [
            p('mehitamata lennunduse osakonna teenistujaid vastavalt neile antud õigustele'),
            p('mehitamata lennunduse osakonna teenistujaid vastavalt talle antud õiguste nimekirjale ja juhataja korraldusele või osakonna juhatajat'),
          ],
        ],
        [
          p('2. Teenistuskoha eesmärk', { bold: true }),
          'Geograafiliste alade kehtestamine ja muutmine ning riskihinnangute tegemine lubavates geograafilistes aladel. Koolitusorganisatsioonide sertifitseerimine ja nende üle järelevalve tegemine, kaugpilootide pädevustunnistuste väljaandmine. Mehitamata lennuliikluse järelevalve.',
        ],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    H('3. Teenistusülesanded'),
    p('3.1. Annab sisendi lennundusvaldkonna strateegia ja arengukava koostamiseks ning aitab neid ellu viia.'),
    p('3.2. Jagab oma töö kohta teavet nii ameti sees kui ka välispartneritele.'),
    p('3.3. Pakub oma vastutusvaldkonnas välja parendusi ja uusi lahendusi ning viib need ellu.'),
    p('3.4. Vastutusvaldkonna menetluskordade, juhendite ja teabematerjalide koostamine ning uuendamine ja tegevuse dokumenteerimine, arvestades rahvusvahelisi standardeid ja valdkonna häid tavasid.'),
    p('3.5. Kehtestab ja muudab mehitamata õhusõidukite geograafilisi alasid ning koostab nende kohta riskihinnanguid koostöös lennuliiklusteeninduse ja teiste asutustega.'),
    p('3.6. Menetleb koolitusorganisatsioonide sertifitseerimise taotlusi ja teeb sertifitseeritud organisatsioonide üle järelevalvet.'),
    p('3.7. Korraldab kaugpilootide teadmiste kontrolli ning annab välja kaugpiloodi pädevustunnistusi.'),
    p('3.8. Teeb mehitamata lennuliikluse järelevalvet, menetleb rikkumisi ja koostab oma pädevuse piires haldusakte.'),
    p('3.9. Esindab osakonda rahvusvahelistes töörühmades ja koostöös teiste riikide lennundusasutustega.'),
    p('3.10. Täidab juhataja antud muid ühekordseid ülesandeid oma pädevuse piires.'),
    H('4. Õigused'),
    p('4.1. Saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2. Teha riiklikku järelevalvet ja kohaldada riikliku järelevalve erimeetmeid seaduses sätestatud alustel ja korras.'),
    p('4.3. Esindada ametit oma valdkonnas suhetes teiste asutuste ja isikutega.'),
    p('4.4. Teha juhatajale ettepanekuid osakonna töö paremaks korraldamiseks.'),
    H('5. Vastutus'),
    p('5.1. Vastutab ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2. Vastutab tema koostatud haldusaktide ja riskihinnangute õigsuse eest.'),
    p('5.3. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('5.4. Vastutab talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('6. Teenistuskohale esitatavad nõuded'),
    p('6.1. Haridus: kõrgharidus, soovitavalt lennunduse, tehnika või õiguse valdkonnas.'),
    p('6.2. Töökogemus: vähemalt kolmeaastane kogemus lennunduse või mehitamata lennunduse valdkonnas.'),
    p('6.3. Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel.'),
    p('6.4. Arvutioskus: oskab kasutada kontoritarkvara, kaardirakendusi ja ameti infosüsteeme.'),
  ],
};
