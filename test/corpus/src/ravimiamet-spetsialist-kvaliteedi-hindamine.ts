// Ravimiamet, 2026: job description approved by directive nr 4 (January 2026), a civil servant's ("3. AMETNIK
// JUHINDUB") in the same template as the agency's employees' job descriptions. Approval block of four
// right-aligned lines (no day in the date, as published); a five-line centred title: "AMETIJUHEND", department,
// bureau, position, specialisation in brackets. Part 1 is a bordered two-column table with a single substitute row
// labelled "Asendaja (d)" and no subordinates row; the duties are a table "Ülesanne | Tulemuslikkuse näitaja" whose
// cells hold several paragraphs, with typed numbers without a final dot ("4.1").
// Seen in the source: everything up to section 3, and the duties table's header and first two rows. Completed: the
// remaining duty rows, rights, responsibility and requirements in the agency's typed-number form.
// Planted: the Estonian language requirement is set to C2.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [label, value];

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('Ravimiameti peadirektori', { align: 'right' }),
    p('jaanuari 2026', { align: 'right' }),
    p('käskkirjaga nr 4', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p('MÜÜGILUBADE OSAKOND', { bold: true, align: 'center' }),
    p('KVALITEEDI HINDAMISE BÜROO', { bold: true, align: 'center' }),
    p('SPETSIALIST', { bold: true, align: 'center' }),
    p('(müügiloa taotluse kvaliteediosa hindamise alal)', { align: 'center' }),
    p(''),
    H('1. ÜLDOSA'),
    table(
      [
        row('Struktuuriüksus', 'Müügilubade osakond kvaliteedi hindamise büroo'),
        row('Teenistuskoha nimetus', 'Spetsialist'),
        row('Teenistuskoha asukoht', 'Tartu linn'),
        row('Vahetu juht', 'Müügilubade osakonna kvaliteedi hindamise büroo juhataja'),
        row('Asendaja (d)', 'Vastavalt asendusskeemile'),
        row('Keda asendab', 'Vastavalt asendusskeemile'),
      ],
      { widths: [3200, 5800] },
    ),
    p(''),
    H('2. TEENISTUSKOHA EESMÄRK'),
    p(
      'Müügiloa taotluste dokumentatsiooni kvaliteediosa ekspertiisi tegemine ja hinnangu koostamine ning müügiloa-, muudatus- ja uuendamistaotluste menetluse käigu jälgimine.',
    ),
    H('3. AMETNIK JUHINDUB'),
    p(
      'Spetsialist lähtub oma töös Eestis ja Euroopa Liidus kehtivatest õigusaktidest, peadirektori käskkirjadest (sh käesolevast ametijuhendist), ameti arengustrateegiast ja tööplaanist, tööjuhenditest ning arenguvestlusel sõlmitud kokkulepetest.',
    ),
    H('4. TEENISTUSÜLESANDED'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Tulemuslikkuse näitaja', { bold: true })],
        [
          '4.1 Müügiloa- ja muudatustaotluste kvaliteediosa ekspertiis ning hinnangu koostamine.',
          [
            p('Kvaliteediosa on hinnatud õigusaktide, teaduslike suuniste ja tööjuhendite järgi.'),
            p('Hindamisaruanded valmivad tähtajaks; kinnitatud muudatused on registrisse kantud.'),
          ],
        ],
        [
          '4.2 Müügiloa- ja uuendamistaotluste menetluse jälgimine vastastikuse tunnustamise ja detsentraliseeritud menetluses.',
          [p('Menetluse etapid on tähtaegselt läbitud.'), p('Teistele liikmesriikidele on vajalik teave edastatud.')],
        ],
        [
          '4.3 Taotlejatele järelepärimiste koostamine ja nende vastuste hindamine.',
          'Järelepärimised on selged ja põhjendatud; vastused on hinnatud menetlustähtaja jooksul.',
        ],
        [
          '4.4 Osalemine Euroopa Ravimiameti ja liikmesriikide töörühmades büroo juhataja määratud ulatuses.',
          'Ameti seisukohad on töörühmades esindatud ja info on kolleegidele edastatud.',
        ],
        [
          '4.5 Tööjuhendite ja hindamise vormide ajakohastamises osalemine.',
          'Juhendid vastavad kehtivatele nõuetele ja suunistele.',
        ],
        ['4.6 Vahetu juhi antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud õigeaegselt.'],
      ],
      { widths: [4600, 4400] },
    ),
    p(''),
    H('5. ÕIGUSED'),
    p('Ametnikul on õigus:'),
    p('5.1 saada ameti teistelt teenistujatelt ülesannete täitmiseks vajalikku teavet;'),
    p('5.2 nõuda taotlejatelt hindamiseks vajalikke lisaandmeid õigusaktides sätestatud korras;'),
    p('5.3 teha vahetule juhile ettepanekuid töö paremaks korraldamiseks;'),
    p('5.4 osaleda erialastel koolitustel ja seminaridel.'),
    H('6. VASTUTUS'),
    p('Ametnik vastutab:'),
    p('6.1 ülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    p('6.2 antud hinnangute erapooletuse ja põhjendatuse eest;'),
    p('6.3 ärisaladuse ja muu juurdepääsupiiranguga teabe hoidmise eest.'),
    H('7. KVALIFIKATSIOONINÕUDED'),
    p('7.1 Haridus: farmaatsia või keemia magistrikraad või sellega võrdsustatud haridus.'),
    p('7.2 Töökogemus: soovitavalt kogemus ravimite kvaliteedi, tootmise või analüüsi alal.'),
    p('7.3 Keeleoskus: eesti keel C2-tasemel, inglise keel C1-tasemel.'),
    p('7.4 Arvutioskus: kontoritarkvara ja ameti infosüsteemide kasutamise oskus.'),
  ],
};
