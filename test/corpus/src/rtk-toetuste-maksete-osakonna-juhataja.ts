// Riigi Tugiteenuste Keskus, 2024: the department head's job description, one of the four annexed to the
// director general's directive nr 1-2/24/85 (which names "toetuste maksete osakonna juhataja" first). The
// same template as rtk-finantsspetsialist: "Kinnitatud peadirektori käskkirjaga", a title block in capitals
// (department, area of responsibility, "OSAKONNAJUHATAJA AMETIJUHEND"), headings numbered without a dot,
// part 1 as a table of numbered labels in capitals, duties as groups opened by "3.1 ÜLESANNE | 3.1 SOOVITUD
// TULEMUS" rows.
// Seen in the source: the directive naming this position and, in the sibling annex, the template (title
// block, part-1 labels, section names 1–3, the group header row). Completed: every value and sentence of
// this annex, and sections 4–6 in the same form as the sibling.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const group = (n: string) => [p(`${n} ÜLESANNE`, { bold: true }), p(`${n} SOOVITUD TULEMUS`, { bold: true })];

export const doc: CorpusDoc = {
  body: [
    p('Kinnitatud peadirektori käskkirjaga', { align: 'right' }),
    p(''),
    p('RIIGI TUGITEENUSTE KESKUSE', { bold: true, align: 'center' }),
    p('TOETUSTE MAKSETE OSAKONNA', { bold: true, align: 'center' }),
    p('PEADIREKTORI VASTUTUSVALDKOND', { bold: true, align: 'center' }),
    p('OSAKONNAJUHATAJA AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1 ÜLDOSA'),
    table(
      [
        ['1.1 STRUKTUURIÜKSUS', 'Toetuste maksete osakond'],
        ['1.2 TEENISTUSKOHA NIMETUS', 'Osakonnajuhataja'],
        ['1.3 VAHETU JUHT', 'Peadirektor'],
        ['1.4 ASENDAJA', 'Peadirektori poolt määratud isik'],
        ['1.5 KEDA ASENDAB', 'Peadirektori poolt määratud isikut'],
      ],
      { widths: [3300, 5700] },
    ),
    p(''),
    H('2 TEENISTUSKOHA EESMÄRK'),
    p(
      'Juhtida toetuste maksete osakonda nii, et Euroopa Liidu ühtekuuluvuspoliitika fondide, Norra ja Euroopa Majanduspiirkonna finantsmehhanismi ning teiste välisvahendite maksed, finantskontroll ja kulude sertifitseerimine oleksid tehtud õigel ajal ja nõuetekohaselt. Arendada osakonna töökorraldust ja meeskonda ning hoida klientide rahulolu.',
    ),
    p(''),
    H('3 TEENISTUSKOHA ÜLESANDED JA SOOVITUD TULEMUS'),
    table(
      [
        group('3.1'),
        [
          '3.1.1 Kavandab osakonna tööd, seab osakonnale ja teenistujatele eesmärgid ning jälgib nende täitmist.',
          'Osakonna tööplaan on koostatud ja eesmärgid on täidetud; teenistujad teavad oma ülesandeid.',
        ],
        [
          '3.1.2 Juhib osakonna teenistujaid, peab nendega arenguvestlusi ja korraldab nende koolitust.',
          'Teenistujad on motiveeritud ja nende pädevus vastab ülesannetele.',
        ],
        [
          '3.1.3 Koostab osakonna eelarve ettepaneku ja jälgib eelarve täitmist.',
          'Osakond tegutseb kinnitatud eelarve piires.',
        ],
        group('3.2'),
        [
          '3.2.1 Korraldab toetuste väljamaksed, tagasinõuete arvestuse ja kuludeklaratsioonide kontrolli.',
          'Maksed on tehtud tähtaegselt ning kontrollid vastavad rakenduskava ja töökordade nõuetele.',
        ],
        [
          '3.2.2 Korraldab kulude sertifitseerimise ja maksetaotluste esitamise Euroopa Komisjonile ja doonorriikidele.',
          'Maksetaotlused on esitatud õigeaegselt ja auditeerijatel ei ole nende kohta olulisi tähelepanekuid.',
        ],
        [
          '3.2.3 Kinnitab osakonna koostatud aruanded ja vahearuanded.',
          'Aruanded on õiged ja esitatud tähtajaks.',
        ],
        group('3.3'),
        [
          '3.3.1 Esindab osakonda korraldusasutuse, auditeerimisasutuse ja ministeeriumidega suhtlemisel.',
          'Koostöö partneritega on toimiv ja kokkulepped on dokumenteeritud.',
        ],
        [
          '3.3.2 Algatab osakonna töökordade ja infosüsteemide arendamise.',
          'Töökorrad on ajakohased ja infosüsteemid toetavad osakonna tööd.',
        ],
        [
          '3.3.3 Täidab peadirektori antud muid ühekordseid ülesandeid.',
          'Ülesanded on täidetud tähtajaks ja korrektselt.',
        ],
      ],
      { widths: [4800, 4200] },
    ),
    p(''),
    H('4 ÕIGUSED'),
    p('4.1 Anda osakonna teenistujatele nende ülesannete täitmiseks korraldusi.'),
    p('4.2 Saada keskuse teistelt struktuuriüksustelt ja partneritelt osakonna tööks vajalikku teavet.'),
    p('4.3 Teha peadirektorile ettepanekuid osakonna struktuuri, teenistujate ja töökorralduse kohta.'),
    H('5 VASTUTUS'),
    p('5.1 Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2 Vastutab osakonna eelarve sihipärase kasutamise eest.'),
    p('5.3 Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    H('6 NÕUDED TEENISTUJALE'),
    p('6.1 Haridus: magistrikraad või sellele vastav kvalifikatsioon, eelistatult majanduse või rahanduse erialal.'),
    p('6.2 Töökogemus: vähemalt kolmeaastane töökogemus toetuste või finantsjuhtimise valdkonnas, sealhulgas juhtimiskogemus.'),
    p('6.3 Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    p('6.4 Teadmised: tunneb ühtekuuluvuspoliitika fondide ja välisvahendite rakendamist reguleerivaid õigusakte.'),
    p('6.5 Arvutioskus: kasutab vabalt kontoritarkvara ja toetuste infosüsteeme.'),
  ],
};
