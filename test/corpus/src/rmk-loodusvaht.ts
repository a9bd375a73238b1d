// Riigimetsa Majandamise Keskus (RMK, the state forest management centre; its staff work under
// employment contracts): a nature warden's job description approved by the head of the visitor
// management department. RMK's register frame: a right-aligned "KINNITATUD" block whose date is
// "(digitaalallkirja kuupäev)" (RMK's convention for digitally signed documents, not a blank to fill).
// Part 1 as a three-column table (number | label | value) with the section heading in a merged first
// row; purpose as a paragraph; duties as a task | expected result table with typed numbers; rights,
// responsibility and requirements as typed-number paragraphs.
// Seen in the sources: RMK's approval block and department names from its published directives
// (register, 2022–2025), the post "loodusvaht" in the visitor-management area from the board's list of
// posts (2016), and the warden's work as RMK itself described it (RMK newsletter, 2009). Not seen: a
// whole warden's job description. Completed in the common form: the part-1 rows, the section
// headings and all body wording; the directive number in the approval block is invented.
// Planted: the expected-result cell of duty 3.4 is left blank.
import { b, cell, p, table, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('RMK külastuskorraldusosakonna', { align: 'right' }),
    p('juhataja (digitaalallkirja kuupäev)', { align: 'right' }),
    p('käskkirjaga nr 1-5/64', { align: 'right' }),
    p(''),
    p('LOODUSVAHI AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    table(
      [
        [cell(p([b('1. ÜLDANDMED')]), { span: 3 })],
        ['1.1', 'Struktuuriüksus', 'külastuskorraldusosakond'],
        ['1.2', 'Ametikoht', 'loodusvaht'],
        ['1.3', 'Vahetu juht', 'puhkeala juhataja'],
        ['1.4', 'Asendaja', 'sama puhkeala teine loodusvaht'],
        ['1.5', 'Asendatav', 'sama puhkeala teine loodusvaht'],
      ],
      { widths: [900, 2700, 5400] },
    ),
    p(''),
    h('2. AMETIKOHA EESMÄRK'),
    p(
      'Loodusvahi ametikoha eesmärk on, et RMK puhkealade ja kaitsealade külastusobjektid oleksid korras ja ohutud ning külastajad saaksid looduses liikumiseks vajalikku teavet ja juhendamist.',
    ),
    p(''),
    h('3. TÖÖÜLESANDED JA OODATAVAD TULEMUSED'),
    table(
      [
        [p([b('Tööülesanne')]), p([b('Oodatav tulemus')])],
        [
          '3.1. Selgitab külastajatele looduses liikumise reegleid ning suunab nad telkimis-, lõkke- ja parkimiskohtadesse.',
          'Külastajad teavad, kus ja kuidas võib telkida ja lõket teha; koormus jaguneb objektide vahel ühtlaselt.',
        ],
        [
          '3.2. Kontrollib külastusobjektide seisukorda ja heakorda ning lepinguliste partnerite tehtud hooldustöid.',
          'Objektid on korras ja ohutud; puudustest on partnerit ja puhkeala juhatajat teavitatud.',
        ],
        [
          '3.3. Täidab objektide seirekaarte (seisukord, külastajate hinnanguline arv, teabematerjalid, lõkkepuud, kogutud prügi).',
          'Seirekaardid on täidetud ja annavad ülevaate iga objekti olukorrast.',
        ],
        ['3.4. Kavandab koos puhkeala juhatajaga järgmise hooaja töid ja objektide varustust koormustaluvuse ja külastajauuringute põhjal.', ''],
        [
          '3.5. Osaleb looduskeskuse ja puhkeala ürituste ning loodushariduslike programmide ettevalmistamisel ja läbiviimisel.',
          'Üritused ja programmid toimuvad kavandatud ajal ja mahus.',
        ],
        [
          '3.6. Edastab teabepunktide töötajatele teavet objektide kasutuse ja vabade kohtade kohta.',
          'Teabepunktid saavad külastajaid õigesti suunata.',
        ],
      ],
      { widths: [5000, 4000] },
    ),
    p(''),
    h('4. ÕIGUSED'),
    p('4.1. Saada RMK teistelt töötajatelt tööks vajalikku teavet.'),
    p('4.2. Teha külastajatele märkusi ja nõuda looduses liikumise reeglite täitmist.'),
    p('4.3. Kasutada tööülesannete täitmiseks ametiautot ja RMK töövahendeid.'),
    p(''),
    h('5. VASTUTUS'),
    p('5.1. Vastutab tööülesannete õigeaegse ja kvaliteetse täitmise eest.'),
    p('5.2. Vastutab tema kasutusse antud vara säilimise ja heaperemeheliku kasutamise eest.'),
    p(''),
    h('6. NÕUDED'),
    p('6.1. Haridus: kesk- või kõrgharidus, soovitatavalt loodusteaduste või turismi valdkonnas.'),
    p('6.2. Keeleoskus: eesti keel B2-tasemel, inglise ja vene keel suhtlustasemel.'),
    p('6.3. Muud nõuded: B-kategooria juhiload, hea suhtlemisoskus ja valmisolek töötada õhtuti ja nädalavahetustel.'),
  ],
};
