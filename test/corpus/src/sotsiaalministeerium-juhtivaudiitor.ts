// Sotsiaalministeerium, 2010: annex 1 to the chancellor's directive nr 39-T, siseauditi osakonna
// juhtivaudiitori ametijuhend. Approval block at the top right, the bare title "AMETIJUHEND", part 1 as
// typed "1.1 Label: value" lines (values partly in capitals), section 2 "AMETIKOHA KIRJELDUS" that holds
// the purpose under a "Ametikoha eesmärk:" subheading and then a two-column table "Põhiülesanded: |
// Tulemus:" with typed duty numbers 1.–7. and a second block "Lisaülesanded: | Tulemus:" whose numbering
// starts again at 1.
// Seen in the source: the approval block, part 1, the purpose, all seven main duties with their results and
// the first additional duty. Completed in the common form of ministry job descriptions of that time: the
// rest of the additional duties, sections 3–6 (rights, responsibility, requirements with the 2010 language
// scale "kõrgtase", changing the job description) and the acknowledgement line.
// Planted: the result cell of main duty 6 is left blank.
import { b, p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const results = (...lines: string[]): Para[] => lines.map((l) => p(l));

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('Kantsleri 10.03.2010', { align: 'right' }),
    p('Käskkirjaga nr 39-T', { align: 'right' }),
    p('Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    p('1. ÜLDOSA', { bold: true }),
    p([b('1.1 Struktuuriüksus:'), ' SISEAUDITI OSAKOND']),
    p([b('1.2 Ametinimetus:'), ' JUHTIVAUDIITOR']),
    p([b('1.3 Kelle allub:'), ' siseauditi juht']),
    p([b('1.4 Alluvad:'), ' puuduvad']),
    p([b('1.5 Asendaja:'), ' siseauditi juhi määratud isik']),
    p([b('1.6 Keda asendab:'), ' siseauditi juhi määratud isikut']),
    p(''),
    p('2. AMETIKOHA KIRJELDUS', { bold: true }),
    p('Ametikoha eesmärk:', { bold: true }),
    p('Anda auditite kaudu sõltumatu hinnang sellele, kuidas Euroopa Liidu struktuuritoetusi kasutatakse.'),
    p(''),
    table(
      [
        [p('Põhiülesanded:', { bold: true }), p('Tulemus:', { bold: true })],
        ['1. Auditite kavandamine.', 'Auditi kavandamise dokumendid vastavad Rahandusministeeriumi kehtestatud protseduurireeglitele.'],
        [
          '2. Auditite juhtimine (auditi juhina) ja tegemine.',
          results(
            'Auditi käigus on peetud kinni auditiprogrammist ja tähtaegadest.',
            'Audit on lõpetatud õigel ajal ja nõutud kvaliteediga.',
            'Auditi takistustest ja puudustest on siseauditi juhile kohe teada antud.',
          ),
        ],
        [
          '3. Auditi käigu nõuetekohane dokumenteerimine.',
          results(
            'Iga auditi jooksul tehtud tähelepanek on dokumentidega tõendatud ja auditi kulgu saab hiljem jälgida.',
            'Auditi toimik on koostatud protseduurireeglite järgi.',
          ),
        ],
        [
          '4. Auditi lõpparuande koostamine.',
          results(
            'Aruanne esitab kontrollitud ja erapooletut teavet.',
            'Aruanne on selge ülesehitusega ja kergesti loetav.',
            'Aruanne järgib skeemi tähelepanek–järeldus–soovitus.',
            'Aruande projekt on auditeeritavaga läbi räägitud; tema kommentaarid on arvestatud või lisatud aruandesse koos vastukommentaaridega.',
          ),
        ],
        ['5. Auditi tulemuste esitamine.', 'Tulemused on edastatud auditeeritud valdkonna eest vastutavale isikule.'],
        ['6. Auditi järeltegevuste korraldamine.', ''],
        ['7. Ettepanekute tegemine auditi korralduse või oma töö paremaks muutmiseks.', 'Ettepanekud on põhjendatud ja ellu viidavad.'],
        [p('Lisaülesanded:', { bold: true }), p('Tulemus:', { bold: true })],
        ['1. Osalemine aasta tööplaani koostamisel.', 'Tööplaan on koostatud koostöös siseauditi juhiga ning arvestab osakonna riskihinnanguid.'],
        ['2. Osakonna metoodiliste juhendite koostamisel osalemine.', 'Juhendid on ajakohased ja osakonna audiitoritele kättesaadavad.'],
        ['3. Siseauditi juhi ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud tähtajaks ja korrektselt.'],
      ],
      { widths: [4200, 4800] },
    ),
    p(''),
    p('3. ÕIGUSED', { bold: true }),
    p('3.1 Saada ministeeriumi struktuuriüksustelt ja valitsemisala asutustelt auditiks vajalikku teavet ja dokumente.'),
    p('3.2 Pääseda auditi tegemiseks auditeeritava ruumidesse ja infosüsteemidesse.'),
    p('3.3 Teha siseauditi juhile ettepanekuid auditi korralduse ja töötingimuste parandamiseks.'),
    p('3.4 Osaleda erialastel koolitustel.'),
    p('4. VASTUTUS', { bold: true }),
    p('4.1 Vastutab ametijuhendis nimetatud ülesannete õigeaegse ja korrektse täitmise eest.'),
    p('4.2 Vastutab auditi käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('4.3 Vastutab auditi tähelepanekute ja järelduste tõepärasuse eest.'),
    p('5. AMETIKOHALE ESITATAVAD NÕUDED', { bold: true }),
    p('5.1 Haridus: kõrgharidus, soovitavalt majanduse või õiguse valdkonnas.'),
    p('5.2 Töökogemus: vähemalt kolmeaastane kogemus auditeerimise või finantskontrolli alal.'),
    p('5.3 Teadmised: siseauditi standardite ja Euroopa Liidu struktuuritoetusi reguleerivate õigusaktide tundmine.'),
    p('5.4 Keeleoskus: eesti keel kõrgtasemel, inglise keel kesktasemel.'),
    p('5.5 Arvutioskus: oskab kasutada tekstitöötlus-, tabeltöötlus- ja andmebaasiprogramme.'),
    p('5.6 Isikuomadused: objektiivsus, täpsus, analüüsivõime ja hea suhtlemisoskus.'),
    p('6. AMETIJUHENDI MUUTMINE', { bold: true }),
    p('6.1 Ametijuhendit muudetakse avaliku teenistuse seaduses sätestatud korras.'),
    p(''),
    p('Ametijuhendiga tutvunud: ____________________'),
  ],
};
