// Transpordiamet, 2024: annex 4 to the director general's directive nr 2.1-2/24/069 (04.03.2024), the job
// description of the head of the aviation service's airworthiness department — the agency's aviation service, whose
// documents are not yet in the corpus. A page number "1" in the header, "Lisa 4" at the right, and a centred title
// block of four lines (the agency, the service, the position in the genitive, "AMETIJUHEND"). Part 1 and the purpose
// are a borderless table of typed-number labels and values; "1.5. Asendaja" and "1.6. Asendab" share one row, their
// labels in one cell and their values in the other (the register's text gives both labels, then both values). The
// substitute is named in the nominative plural ("osakonna teenistujad või lennundusteenistuse direktor"). The purpose
// value starts in lower case and is a noun phrase ("lennukõlblikkuse osakonna (edaspidi osakond) juhtimine …").
// The duties are typed "3.1." paragraphs, long noun phrases of several sentences each.
// Seen in the source: the page number, the title block, part 1, the purpose and duties 3.1–3.3. Completed in the
// agency's typed-number form: the other duties, rights, responsibility and the requirements.
// Planted: a gap in the duty numbering (3.4 is followed by 3.6).
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const row = (label: string, value: string) => [label, value];
const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  header: ['1'],
  body: [
    p('Lisa 4', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('LENNUNDUSTEENISTUS', { bold: true, align: 'center' }),
    p('LENNUKÕLBLIKKUSE OSAKONNA JUHATAJA', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    table(
      [
        [p('1. Üldosa', { bold: true }), ''],
        row('1.1. Struktuuriüksuse nimetus', 'lennukõlblikkuse osakond (edaspidi osakond)'),
        row('1.2. Teenistuskoha nimetus', 'juhataja'),
        row('1.3. Ametisse nimetab', 'Transpordiameti peadirektor'),
        row('1.4. Allub', 'lennundusteenistuse direktorile (edaspidi direktor)'),
        [
          [p('1.5. Asendaja'), p('1.6. Asendab')],
          [p('osakonna teenistujad või lennundusteenistuse direktor'), p('direktorit või osakonna teenistujaid')],
        ],
        [
          p('2. Teenistuskoha eesmärk', { bold: true }),
          'lennukõlblikkuse osakonna (edaspidi osakond) juhtimine ja osakonna tegevuse koordineerimine ameti strateegiliste eesmärkide saavutamiseks lennundusega seotud tegevuste valdkonnas.',
        ],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    H('3. Teenistusülesanded'),
    p('3.1. Osakonna töö juhtimine ja kavandamine, valdkonna strateegiate väljatöötamises osalemine, tegevuskavade koostamine ja elluviimine ning nende täitmise kontrollimine.'),
    p('3.2. Osakonna ametikohtade kavandamine ja toimiva meeskonna kujundamine, ülesannete otstarbeka jaotuse ja tõhusa töökorralduse tagamine. Vajaduse korral ettepanekute tegemine osakonna struktuuri ja ametijuhendite muutmiseks. Osakonna teenistujate juhendamine ja nõustamine ning nende arengu toetamine (sh arengu- ja tulemusvestlused ning katseaja lõpu vestlused).'),
    p('3.3. Osakonnas tööalase teabe liikumise ja arengut soosiva töökeskkonna loomine. Osakonna tööplaani ja eelarve koostamine, tegevuste tähtsuse järjekorda seadmine ning plaani ja eelarve täitmise jälgimine.'),
    p('3.4. Õhusõidukite lennukõlblikkuse tagamise ja hoolduse organisatsioonide sertifitseerimise ning nende üle järelevalve tegemise korraldamine.'),
    p('3.6. Lennukõlblikkuse sertifikaatide ja lennukõlblikkuse läbivaatuse tõendite väljaandmise ning õhusõidukite registri andmete õigsuse tagamine.'),
    p('3.7. Euroopa Liidu Lennundusohutusametiga ja teiste riikide lennundusasutustega koostöö korraldamine ning ameti esindamine rahvusvahelistes töörühmades.'),
    p('3.8. Osakonna pädevusse kuuluvate haldusaktide allkirjastamine ja nende õiguspärasuse tagamine.'),
    p('3.9. Direktori antud muude ühekordsete ülesannete täitmine oma pädevuse piires.'),
    H('4. Õigused'),
    p('4.1. Saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2. Anda osakonna teenistujatele korraldusi ja kontrollida nende täitmist.'),
    p('4.3. Esindada ametit oma valdkonnas suhetes teiste asutuste ja isikutega.'),
    p('4.4. Teha direktorile ettepanekuid osakonna töö paremaks korraldamiseks.'),
    H('5. Vastutus'),
    p('5.1. Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2. Vastutab tema allkirjastatud haldusaktide õiguspärasuse eest.'),
    p('5.3. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('5.4. Vastutab talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('6. Teenistuskohale esitatavad nõuded'),
    p('6.1. Haridus: magistrikraad või sellele vastav kvalifikatsioon, soovitavalt lennundus- või tehnikavaldkonnas.'),
    p('6.2. Töökogemus: vähemalt viieaastane kogemus lennunduses, sh juhtimiskogemus.'),
    p('6.3. Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel.'),
    p('6.4. Arvutioskus: oskab kasutada kontoritarkvara ja ameti infosüsteeme.'),
  ],
};
