// Riigi Tugiteenuste Keskus, 2024: one of four job descriptions annexed to the director general's directive
// nr 1-2/24/85 (toetuste maksete osakonna juhataja, finantsekspert, finantsspetsialist, Norra ja Euroopa
// Majanduspiirkonna sertifitseeriva asutuse finantsspetsialist); this is the last one. "Kinnitatud
// peadirektori käskkirjaga" and a title block in capitals of five lines (office, department, unit, area of
// responsibility, "FINANTSSPETSIALISTI AMETIJUHEND"); section headings numbered without a dot ("1 ÜLDOSA");
// part 1 as a table whose label cells carry the number and a label in capitals ("1.1 STRUKTUURIÜKSUS");
// duties as a table of groups, each opened by a row "3.1 ÜLESANNE | 3.1 SOOVITUD TULEMUS" and followed by
// items "3.1.1 …" with their results.
// Seen in the source: the approval line, the title block, part 1, the purpose and the first group header of
// the duties. Completed in the same form: the duty items and groups 3.2–3.3, and sections 4–6 (rights,
// responsibility, "NÕUDED TEENISTUJALE").
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const group = (n: string) => [p(`${n} ÜLESANNE`, { bold: true }), p(`${n} SOOVITUD TULEMUS`, { bold: true })];

export const doc: CorpusDoc = {
  body: [
    p('Kinnitatud peadirektori käskkirjaga', { align: 'right' }),
    p(''),
    p('RIIGI TUGITEENUSTE KESKUSE', { bold: true, align: 'center' }),
    p('TOETUSTE MAKSETE OSAKONNA', { bold: true, align: 'center' }),
    p('NORRA JA EUROOPA MAJANDUSPIIRKONNA SERTIFITSEERIV ASUTUS', { bold: true, align: 'center' }),
    p('PEADIREKTORI VASTUTUSVALDKOND', { bold: true, align: 'center' }),
    p('FINANTSSPETSIALISTI AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1 ÜLDOSA'),
    table(
      [
        ['1.1 STRUKTUURIÜKSUS', 'Toetuste maksete osakond'],
        ['1.2 TEENISTUSKOHA NIMETUS', 'Finantsspetsialist'],
        ['1.3 VAHETU JUHT', 'Osakonnajuhataja'],
        ['1.4 ASENDAJA', 'Vahetu juhi poolt määratud isik'],
        ['1.5 KEDA ASENDAB', 'Vahetu juhi poolt määratud isikut'],
      ],
      { widths: [3300, 5700] },
    ),
    p(''),
    H('2 TEENISTUSKOHA EESMÄRK'),
    p(
      'Täita toetuste maksete osakonna ülesandeid eelkõige Norra ja Euroopa Majanduspiirkonna finantsmehhanismi ning struktuurivahendite finantskontrolli, aruandluse, kontrollide vahearuannete, kulude sertifitseerimise ja töökordade alal. Panustada korraldusasutuse ülesannete ja kogu toetuste valdkonna arendamisse ning hoida klientide rahulolu.',
    ),
    p(''),
    H('3 TEENISTUSKOHA ÜLESANDED JA SOOVITUD TULEMUS'),
    table(
      [
        group('3.1'),
        [
          '3.1.1 Kontrollib toetuse saajate ja rakendusüksuste esitatud kuludeklaratsioonide abikõlblikkust ja nende aluseks olevaid dokumente.',
          'Kontroll on tehtud tähtaegselt ja kontroll-lehel dokumenteeritud; puudustest on toetuse saajat ja rakendusüksust teavitatud.',
        ],
        [
          '3.1.2 Teeb kohapealseid kontrolle ja kontrollib valimi põhjal tehingute õigsust.',
          'Kontrolli aruanne on koostatud ja tähelepanekud on registris.',
        ],
        [
          '3.1.3 Peab arvestust tagasinõuete ja tühistatud summade üle.',
          'Tagasinõuete andmed on ajakohased ja vastavad raamatupidamisandmetele.',
        ],
        group('3.2'),
        [
          '3.2.1 Koostab Norra ja Euroopa Majanduspiirkonna finantsmehhanismi kulude sertifitseerimise ja maksetaotluste dokumendid.',
          'Sertifitseerimise dokumendid on koostatud õigeaegselt ja doonorriikide nõuete kohaselt.',
        ],
        [
          '3.2.2 Koostab kontrollide vahearuanded ja osaleb aastaaruande koostamisel.',
          'Vahearuanded on esitatud tähtajaks ja nende andmed on kontrollitavad.',
        ],
        group('3.3'),
        [
          '3.3.1 Teeb ettepanekuid osakonna töökordade ja kontroll-lehtede ajakohastamiseks.',
          'Töökorrad vastavad kehtivatele õigusaktidele ja praktikale.',
        ],
        [
          '3.3.2 Nõustab toetuse saajaid ja rakendusüksusi kulude abikõlblikkuse ja aruandluse küsimustes.',
          'Kliendid on saanud selge vastuse kokkulepitud aja jooksul.',
        ],
        [
          '3.3.3 Täidab vahetu juhi antud muid ühekordseid ülesandeid.',
          'Ülesanded on täidetud tähtajaks ja korrektselt.',
        ],
      ],
      { widths: [4800, 4200] },
    ),
    p(''),
    H('4 ÕIGUSED'),
    p('4.1 Saada keskuse teenistujatelt, rakendusüksustelt ja toetuse saajatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2 Teha vahetule juhile ettepanekuid töö paremaks korraldamiseks.'),
    p('4.3 Osaleda ametialastel koolitustel.'),
    H('5 VASTUTUS'),
    p('5.1 Vastutab teenistusülesannete õigeaegse ja kvaliteetse täitmise eest.'),
    p('5.2 Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('5.3 Vastutab tema koostatud kontrolli- ja sertifitseerimisdokumentide õigsuse eest.'),
    H('6 NÕUDED TEENISTUJALE'),
    p('6.1 Haridus: kõrgharidus, eelistatult majanduse, rahanduse või raamatupidamise erialal.'),
    p('6.2 Töökogemus: vähemalt kaheaastane kogemus finantskontrolli, auditi või raamatupidamise alal.'),
    p('6.3 Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    p('6.4 Teadmised: tunneb toetuste andmist reguleerivaid õigusakte ja riigi raamatupidamise üldeeskirja.'),
    p('6.5 Arvutioskus: kasutab vabalt tabeltöötlust ja toetuste infosüsteeme.'),
  ],
};
