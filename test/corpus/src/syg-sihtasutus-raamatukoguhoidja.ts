// SÜG Sihtasutus (the foundation that ran Saaremaa Ühisgümnaasium), 2003: a school librarian's job
// description published on the school's site among "töötajate ametijuhendid". An old, short form:
// an approval block at the right, the heading "SÜG Sihtasutuse ametijuhend", five typed-number
// "label:<TAB>value" items (1. Ametinimetus, 2. Otsene ülem, 3. Kvalifikatsiooninõuded with two
// sub-labels, 4. Kokkuvõte tööülesannetest, 5. Tööülesanded as prose), then an acknowledgment line
// with a signing blank. No substitute, no rights, no responsibility, no language requirement: those
// gaps are the original's, not planted.
// Seen in the source: the whole document. Every sentence is rewritten; the labels, numbering and the
// approval facts are kept.
import { p, type CorpusDoc } from '../lib/docx-builder';

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('SÜG Sihtasutuse', { align: 'right' }),
    p('juhatuse liikme', { align: 'right' }),
    p('05. 03. 2003. a.', { align: 'right' }),
    p('käskkirjaga nr 28', { align: 'right' }),
    p(''),
    p('SÜG Sihtasutuse ametijuhend', { bold: true, align: 'center' }),
    p(''),
    p([{ text: '1. Ametinimetus:', bold: true }, '\tRAAMATUKOGUHOIDJA']),
    p([{ text: '2. Otsene ülem:', bold: true }, '\traamatukogu juhataja']),
    p([{ text: '3. Kvalifikatsiooninõuded:', bold: true }]),
    p('Teoreetiline väljaõpe:\terialane kesk- või kõrgharidus'),
    p('Muud nõuded:\traamatukogu infotöö põhimõtete tundmine, arvutikasutamise oskus'),
    p(''),
    p([{ text: '4. Kokkuvõte tööülesannetest:', bold: true }]),
    p(
      'Peab arvet raamatukogu fondi üle, hoiab ja täiendab seda; annab kooli töötajatele kokkuvõtlikku teavet uutest raamatutest ja perioodikast ning loob ja hoiab korras teabe otsimise süsteemid.',
    ),
    p(''),
    p([{ text: '5. Tööülesanded:', bold: true }]),
    p(
      'Õpetab õpilasi kasutama teatmekirjandust; toetab laste lugemishuvi ja tutvustab neile kirjandust; koostab näitusi ja väljapanekuid; teenindab lugejaid ning peab külastuste ja laenutuste arvestust; jälgib, et raamatud ja muud teavikud tuuakse tähtajaks tagasi; nõustab ÜKT tegijaid; liigitab ja kataloogib põhikogu teavikud elektronkataloogi ning paigutab need vastavalt vajadusele avariiulitele või hoidlasse.',
    ),
    p(
      'Teeb aineõpetajatega koostööd klassivälise lugemise korraldamisel ning linna keskraamatukoguga vajaliku kirjanduse hankimisel.',
    ),
    p(
      'Hoiab raamatukogus sõbralikku ja vaba õhkkonda ning kujundab koos raamatukogu juhataja, õpetajate ja õpilastega raamatukogust kooli info- ja kultuurikeskuse.',
    ),
    p(''),
    p('Kinnitan allkirjaga, et olen ametijuhendiga tutvunud ja kohustun seda täitma.'),
    p(''),
    p('____________________________________\t____ . __________ 200 __. a.'),
    p('(nimi ja allkiri)'),
  ],
};
