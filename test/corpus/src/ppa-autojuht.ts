// Politsei- ja Piirivalveamet, administratsiooni logistikabüroo Ida majandustalitus, 07.01.2025: annex 8 to the
// deputy director general's directive approving the unit's job descriptions (nr 1.9-23.4/1p-1). Annex reference
// block, then the title naming the position as a bold centred line (not the Title style): "AUTOJUHI AMETIJUHEND".
// Part 1 "1. ÜLDOSA" is written as "label<TAB>value" lines, the structural unit's value running on after a line
// break; it has no position row and no substitute rows (Struktuuriüksuse nimetus, Kellele allub, Alluvad,
// Teenistustingimuste erisused). The purpose is one paragraph under its heading; the duties are a two-column
// table, task | expected result, with typed "3.1" numbers and results as typed "- " dash lines.
// Seen in the source: everything up to duty 3.5. Completed in the common form: the rest of the duties table,
// "4. ÕIGUSED", "5. VASTUTUS" and "6. TEENISTUSKOHALE ESITATAVAD NÕUDED" with typed "6.1 Haridus: …" lines.
// Nothing planted: the substitute is given nowhere in the document, which a reviewer reports as it is.
import { p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const h = (text: string): Para => p(text, { bold: true });
const dashes = (...lines: string[]): Para[] => lines.map((l) => p(`- ${l}`));

export const doc: CorpusDoc = {
  body: [
    p('Politsei- ja Piirivalveameti peadirektori asetäitja varade alal', { align: 'right' }),
    p('käskkirja „Politsei- ja Piirivalveameti administratsiooni', { align: 'right' }),
    p('logistikabüroo Ida majandustalituse ametijuhendite kinnitamine“', { align: 'right' }),
    p('lisa 8', { align: 'right' }),
    p('07.01.2025 nr 1.9-23.4/1p-1', { align: 'right' }),
    p(''),
    p('AUTOJUHI AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    h('1. ÜLDOSA'),
    p('Struktuuriüksuse nimetus\tadministratsiooni logistikabüroo Ida majandustalituse\n\tmaismaasõidukite grupp'),
    p('Kellele allub\tIda majandustalituse maismaasõidukite grupijuhile'),
    p('Alluvad\tpuuduvad'),
    p('Teenistustingimuste erisused\tpuuduvad'),
    p(''),
    h('2. TEENISTUSKOHA EESMÄRK'),
    p('Politsei- ja Piirivalveameti (edaspidi PPA) Ida regiooni üksuste ja teenistujate tellitud sõitude ning majandusvedude tegemine.'),
    p(''),
    h('3. TEENISTUSKOHA ÜLESANDED JA TULEMUSED'),
    table(
      [
        [h('Teenistuskoha ülesanded'), h('Tulemuslikkuse mõõtmise kriteeriumid/ Soovitud töötulemus')],
        ['3.1 Veab Ida regiooni üksuste teenistujaid ja nende varustust vastavalt teenistuse vajadustele;', dashes('vajalikud sõidud on tehtud;')],
        ['3.2 veab dokumente ja kaubasaadetisi;', dashes('dokumendid ja saadetised jõuavad kohale õigel ajal;')],
        [
          '3.3 teeb veo- ja laadimistöid, sh toimetab kauba lähtekohast sõidukisse ja sihtkohas vastuvõtja ruumidesse;',
          dashes('saadetised on laaditud ja üle antud terviklikult;'),
        ],
        [
          '3.4 hoiab talle kasutada antud sõiduki puhta ja tehniliselt korras ning peab vajaduse korral sõidupäevikut;',
          dashes('sõiduk on puhas ja sõidukorras;', 'sõidudokumendid on täidetud nõuetekohaselt;'),
        ],
        [
          '3.5 korraldab vajaduse korral sõiduki rikke kõrvaldamise ja hoolduse ning teavitab sellest vahetut juhti;',
          dashes('rikked on kõrvaldatud viivitamata ja vahetu juht on teavitatud;'),
        ],
        [
          '3.6 vormistab kütusekulu ja sõitude aruanded ning esitab need tähtaegselt;',
          dashes('aruanded on esitatud õigel ajal ja andmed on õiged;'),
        ],
        [
          '3.7 täidab vahetu juhi antud muid ühekordseid ülesandeid oma pädevuse piires.',
          dashes('ülesanded on täidetud tähtaegselt.'),
        ],
      ],
      { widths: [4800, 4200] },
    ),
    p(''),
    h('4. ÕIGUSED'),
    p('4.1 Saada vahetult juhilt ja teistelt teenistujatelt ülesannete täitmiseks vajalikku teavet.'),
    p('4.2 Keelduda sõidust, kui sõiduk ei ole tehniliselt korras või sõit ohustaks liiklusohutust.'),
    p('4.3 Teha vahetule juhile ettepanekuid veoteenuse paremaks korraldamiseks.'),
    h('5. VASTUTUS'),
    p('5.1 Vastutab ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2 Vastutab talle kasutada antud sõiduki ja muu vara heaperemeheliku kasutamise eest.'),
    p('5.3 Vastutab liiklusseaduse nõuete järgimise eest.'),
    h('6. TEENISTUSKOHALE ESITATAVAD NÕUDED'),
    p('6.1 Haridus: keskharidus.'),
    p('6.2 Töökogemus: vähemalt kolmeaastane autojuhi töökogemus.'),
    p('6.3 Keeleoskus: eesti keel B1-tasemel.'),
    p('6.4 Muud nõuded: B- ja C-kategooria juhiload, kehtiv tervisetõend.'),
  ],
};
