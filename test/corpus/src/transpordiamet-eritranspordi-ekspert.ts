// Transpordiamet, 2026: annex 1 to a directive. Title block of four lines, part 1 and the purpose as
// label/value rows with typed numbers, an extra section "Valveaja rakendamine" that shifts the rest.
// Seen in the source: everything up to section 3; the later sections follow the same typed-number form.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const row = (label: string, value: string) => [label, value];

export const doc: CorpusDoc = {
  body: [
    p('Lisa 1', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('TEEHOIUTEENISTUSE', { bold: true, align: 'center' }),
    p('LIIKLUSJUHTIMISKESKUSE', { bold: true, align: 'center' }),
    p('ERITRANSPORDI TEENUSE EKSPERDI', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    table(
      [
        [p('1. Üldosa', { bold: true }), ''],
        row('1.1. Struktuuriüksuse nimetus', 'liiklusjuhtimiskeskus'),
        row('1.2. Teenistuskoha nimetus', 'eritranspordi teenuse ekspert'),
        row('1.3. Ametisse nimetab', 'Transpordiameti peadirektor'),
        row('1.4. Allub', 'liiklusjuhtimiskeskuse juhatajale (edaspidi juhataja)'),
        row('1.5. Asendaja', 'juhataja või liiklusjuhtimiskeskuse teenistuja'),
        row('1.6. Asendab', 'juhatajat'),
        [
          p('2. Teenistuskoha eesmärk', { bold: true }),
          'on korraldada suurte ja raskete vedude lubade menetlemist ning hoida korras liiklusreguleerijate andmekogu, olles selle peakasutaja.',
        ],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    p(''),
    p('3. Valveaja rakendamine', { bold: true }),
    p('3.1. Teenistuskohal rakendatakse valveaega, mille jooksul ekspert on valmis vajaduse korral kiiresti tegutsema; valveaeg arvestatakse tööaja hulka.'),
    p('3.2. Valvegraafiku lepivad juhataja ja keskuse teenistujad kokku iga kuu alguses.'),
    p('4. Teenistusülesanded', { bold: true }),
    p('4.1. Menetleb eriveo- ja liikluskeelulubade taotlusi ning teeb nende kohta otsuseid.'),
    p('4.2. Haldab liiklusreguleerijate andmekogu ja nõustab selle kasutajaid.'),
    p('4.3. Teeb ettepanekuid lubade menetlussüsteemi arendamiseks ja osaleb arendustöödes.'),
    p('4.4. Vastab teabenõuetele ja kodanike pöördumistele oma valdkonnas.'),
    p('5. Õigused', { bold: true }),
    p('5.1. Saada ameti teistelt teenistujatelt tööks vajalikku teavet ja dokumente.'),
    p('5.2. Teha juhatajale ettepanekuid töö paremaks korraldamiseks.'),
    p('6. Vastutus', { bold: true }),
    p('6.1. Vastutab teenistusülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('6.2. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('7. Teenistuskohale esitatavad nõuded', { bold: true }),
    p('7.1. Haridus: kõrgharidus.'),
    p('7.2. Töökogemus: vähemalt kaheaastane kogemus transpordi või menetlustöö valdkonnas.'),
    p('7.3. Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    p('7.4. Arvutioskus: oskab kasutada kontoritarkvara ja ameti infosüsteeme.'),
  ],
};
