// Transpordiamet, 2026: annex 1 to the director general's directive nr 2.1-2/26/001 (25.01.2026) approving the job
// descriptions of two department heads of the road maintenance service — the head of the development department.
// The agency's title block ("Lisa 1"; "TRANSPORDIAMET", "TEEHOIUTEENISTUS", the position in the nominative
// "ARENDAMISE OSAKONNA JUHATAJA", "AMETIJUHEND"), rebuilt here with Word automatic numbering throughout, as the
// register's consistent "1.", "1.1." numbers allow: the section headings take "1.", "2.", … from a numbering attached
// to their own paragraph style ("TA pealkiri"), and the part-1 items and duties are second-level items of the same
// list ("1.1.", "3.1."); no number is typed. Part 1 has no table: each item is "label<TAB>value" ("Struktuuriüksuse
// nimetus<TAB>arendamise osakond"); there is no "Alluvad" item. The purpose is a plain paragraph under its numbered
// heading and is written as a noun phrase ("Arendamise osakonna … juhtimine …"), not as "on …". The duties are noun
// phrases too ("Osakonna tegevuste juhtimine ja planeerimine, …").
// Seen in the source: the title block, part 1 (substitute and substituted), the purpose and duties 3.1–3.2.
// Completed in the agency's form: the other duties, rights, responsibility and the requirements.
// Nothing planted.
import { li, p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'TAPealkiri' });
const item = (text: string) => li(text, 'ta', 1);
const field = (label: string, value: string) => li(`${label}\t${value}`, 'ta', 1);

export const doc: CorpusDoc = {
  lists: {
    ta: [
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2.' },
    ],
  },
  styles: {
    TAPealkiri: { name: 'TA pealkiri', basedOn: 'Normal', bold: true, list: ['ta', 0], outline: 0 },
  },
  body: [
    p('Lisa 1', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('TEEHOIUTEENISTUS', { bold: true, align: 'center' }),
    p('ARENDAMISE OSAKONNA JUHATAJA', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('Üldosa'),
    field('Struktuuriüksuse nimetus', 'arendamise osakond'),
    field('Teenistuskoha nimetus', 'juhataja'),
    field('Ametisse nimetab', 'Transpordiameti peadirektor'),
    field('Allub', 'teehoiuteenistuse direktorile (edaspidi direktor)'),
    field('Asendaja', 'direktor või osakonna teenistuja'),
    field('Asendab', 'direktorit või osakonna teenistujat'),
    H('Teenistuskoha eesmärk'),
    p(
      'Arendamise osakonna (edaspidi osakond) töö juhtimine ja suunamine, et amet saavutaks oma strateegilised eesmärgid taristu ehitamisel, remondil, liikluskorraldusel ja korrashoiul ning taristuga seotud lubade ja õiguste andmisel, pöörates teenuste arendamisel erilist tähelepanu digilahendustele ja keskkonnahoiule.',
    ),
    H('Teenistusülesanded'),
    item('Osakonna töö juhtimine ja kavandamine, valdkonna strateegiate ja arengukavade koostamine, elluviimine ja täitmise jälgimine.'),
    item('Teenuste arendustöö korraldamine ning arendusprojektide ja teenuste haldamise juhtimine.'),
    item('Taristu ehitus- ja remonditööde kavandamise põhimõtete väljatöötamine ja nende rakendamise koordineerimine.'),
    item('Teenuste digitaliseerimise ja andmepõhise juhtimise edendamine koostöös ameti infotehnoloogia üksustega.'),
    item('Osakonna eelarve ettepaneku koostamine ja eelarve täitmise jälgimine.'),
    item('Osakonna teenistujate värbamine, arenguvestluste läbiviimine ja teenistujate arengu toetamine.'),
    item('Ameti esindamine valdkonna töörühmades ja koostöö korraldamine ministeeriumi, kohalike omavalitsuste ja ettevõtjatega.'),
    item('Direktori antud muude ühekordsete ülesannete täitmine oma pädevuse piires.'),
    H('Õigused'),
    item('Saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    item('Anda osakonna teenistujatele korraldusi ja kontrollida nende täitmist.'),
    item('Esindada ametit oma valdkonnas suhetes teiste asutuste ja isikutega.'),
    item('Teha direktorile ettepanekuid osakonna töö ja ameti teenuste parendamiseks.'),
    H('Vastutus'),
    item('Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    item('Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    item('Vastutab talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    H('Teenistuskohale esitatavad nõuded'),
    item('Haridus: magistrikraad või sellele vastav kvalifikatsioon, soovitavalt tehnika- või majandusvaldkonnas.'),
    item('Töökogemus: vähemalt viieaastane kogemus taristu, transpordi või teenuste arendamise valdkonnas, sh juhtimiskogemus.'),
    item('Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    item('Arvutioskus: oskab kasutada kontoritarkvara, projektijuhtimise töövahendeid ja ameti infosüsteeme.'),
  ],
};
