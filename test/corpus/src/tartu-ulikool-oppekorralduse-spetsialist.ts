// Tartu Ülikool: an "ametikirjeldus" (the university's name for a non-academic job description, part
// of the employment contract) as its document system prints it. Title "AMETIKIRJELDUS" in the Title
// style; part 1 is a borderless two-column table whose labels are the system's field names
// ("Ametinimetus eesti keeles", "Ametinimetus inglise keeles", "Ametikoha liik", "Palgaaste",
// "Töö vahetu korraldaja ametinimetus", "Kes asendab", "Keda asendab"); no structural-unit field.
// The requirements ("Tööülesannete täitmiseks vajalikud eeldused") come before the purpose
// ("Töö eesmärk"); duties use Word automatic numbering.
// Seen in the source (the university's published guide to entering an ametikirjeldus): the field
// names and their order up to "Töö eesmärk", and the rule "Määrab töö vahetu korraldaja" when there
// is no fixed substitute. Completed in the common form: the duties, rights and responsibility
// sections and the closing signature lines.
// Planted: the value of "Keda asendab" is left blank.
import { LISTS, b, li, p, table, type CorpusDoc } from '../lib/docx-builder';

export const doc: CorpusDoc = {
  lists: { duties: LISTS.decimal, rights: LISTS.bullet, resp: LISTS.bullet },
  header: ['TARTU ÜLIKOOL'],
  body: [
    p('AMETIKIRJELDUS', { style: 'Title', align: 'center' }),
    p(''),
    table(
      [
        [p([b('Ametinimetus eesti keeles')]), 'õppekorralduse spetsialist'],
        [p([b('Ametinimetus inglise keeles')]), 'Academic Affairs Specialist'],
        [p([b('Ametikoha liik')]), 'spetsialist'],
        [p([b('Palgaaste')]), '7'],
        [p([b('Töö vahetu korraldaja ametinimetus')]), 'instituudi juhataja'],
        [p([b('Kes asendab')]), 'instituudi teine õppekorralduse spetsialist'],
        [p([b('Keda asendab')]), ''],
      ],
      { widths: [3600, 5400], borders: false },
    ),
    p(''),
    p('Tööülesannete täitmiseks vajalikud eeldused', { bold: true }),
    p('Kõrgharidus. Vähemalt kaheaastane kogemus õppekorralduse või asjaajamise valdkonnas.'),
    p('Eesti keele oskus C1-tasemel ning inglise keele oskus B2-tasemel.'),
    p('Ülikooli õppekorralduseeskirja ja õppeinfosüsteemi tundmine; kontoritarkvara kasutamise oskus.'),
    p('Täpsus, suhtlemisoskus ja valmisolek töötada korraga mitme ülesandega.'),
    p(''),
    p('Töö eesmärk', { bold: true }),
    p(
      'Korraldada instituudi õppekavade õppetöö nii, et tunniplaan, õppeinfosüsteemi andmed ja üliõpilaste dokumendid oleksid õigeaegsed ja korrektsed, ning nõustada üliõpilasi ja õppejõude õppekorralduse küsimustes.',
    ),
    p(''),
    p('Tööülesanded', { bold: true }),
    li('Koostab koostöös õppejõududega semestri tunniplaani ja broneerib õppetööks vajalikud ruumid.', 'duties'),
    li('Sisestab ja kontrollib õppeinfosüsteemis õppeainete, registreerimiste ja hindamiste andmeid.', 'duties'),
    li('Nõustab üliõpilasi õppekava täitmise, akadeemilise puhkuse ja varasemate õpingute arvestamise küsimustes.', 'duties'),
    li('Valmistab ette lõputööde kaitsmise ja lõpetamisega seotud dokumendid.', 'duties'),
    li('Vormistab instituudi õppetööga seotud korraldused ja peab nende kohta arvestust.', 'duties'),
    li('Täidab töö vahetu korraldaja antud muid ühekordseid ülesandeid, mis tulenevad ametikoha eesmärgist.', 'duties'),
    p(''),
    p('Õigused', { bold: true }),
    li('saada ülikooli teistelt struktuuriüksustelt tööks vajalikku teavet ja dokumente;', 'rights'),
    li('teha töö vahetule korraldajale ettepanekuid õppekorralduse parandamiseks;', 'rights'),
    li('osaleda ametikohaga seotud koolitustel.', 'rights'),
    p(''),
    p('Vastutus', { bold: true }),
    li('tööülesannete õigeaegse ja nõuetekohase täitmise eest;', 'resp'),
    li('õppeinfosüsteemi sisestatud andmete õigsuse eest;', 'resp'),
    li('tööga seoses teatavaks saanud isikuandmete ja muu asutusesiseseks kasutamiseks mõeldud teabe hoidmise eest.', 'resp'),
    p(''),
    p('Töötaja\t(allkirjastatud digitaalselt)'),
    p('Töö vahetu korraldaja\t(allkirjastatud digitaalselt)'),
  ],
};
