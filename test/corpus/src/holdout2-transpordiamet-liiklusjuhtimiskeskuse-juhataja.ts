// Transpordiamet, 2024: annex 1 of eight to the director general's directive nr 2.1-2/24/183 (05.08.2024) approving
// the job descriptions of the road maintenance service's traffic management centre — the head of the centre.
// The agency's title block ("Lisa 1" at the right; "TRANSPORDIAMET", "TEEHOIUTEENISTUS", the position in the
// genitive, "AMETIJUHEND" centred), but rebuilt here without any table: every part-1 item is one paragraph
// "1.1. Struktuuriüksuse nimetus<TAB>liiklusjuhtimiskeskus" (typed number, label, a tab, the value), as the
// register's text shows each label and value on one line. The purpose is an inline heading on the same pattern:
// "2. Teenistuskoha eesmärk<TAB>on liiklusjuhtimiskeskuse … juhtimine …", its value running on from the label,
// and it names the post's main tasks in a second sentence. Sections 3–6 are bold typed headings over typed
// "3.1."-items.
// Seen in the source: the title block, part 1 (1.1–1.6) and the start of the purpose. Completed in the agency's
// typed-number form: the rest of the purpose, "3. Teenistusülesanded", "4. Õigused", "5. Vastutus" and
// "6. Teenistuskohale esitatavad nõuded".
// Planted: duty number 3.5 is skipped (3.4 is followed by 3.6).
import { p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const item = (label: string, value: string) => p(`${label}\t${value}`);

export const doc: CorpusDoc = {
  body: [
    p('Lisa 1', { align: 'right' }),
    p('TRANSPORDIAMET', { bold: true, align: 'center' }),
    p('TEEHOIUTEENISTUS', { bold: true, align: 'center' }),
    p('LIIKLUSJUHTIMISKESKUSE JUHATAJA', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1. Üldosa'),
    item('1.1. Struktuuriüksuse nimetus', 'liiklusjuhtimiskeskus'),
    item('1.2. Teenistuskoha nimetus', 'juhataja'),
    item('1.3. Ametisse nimetab', 'Transpordiameti peadirektor'),
    item('1.4. Allub', 'teehoiuteenistuse direktorile (edaspidi direktor)'),
    item('1.5. Asendaja', 'liiklusjuhtimiskeskuse teenistuja'),
    item('1.6. Asendab', 'direktorit või liiklusjuhtimiskeskuse teenistujat'),
    p(''),
    p([
      { text: '2. Teenistuskoha eesmärk', bold: true },
      '\ton liiklusjuhtimiskeskuse (edaspidi osakond) töö juhtimine ja suunamine nii, et osakond täidaks teehoiuteenistuse põhimäärusest tulenevad ülesanded ja toetaks ameti strateegiliste eesmärkide saavutamist. Ametikoha põhiülesanded on tagada riigiteede liikluse ööpäevaringne jälgimine ja juhtimine, liiklusinfo õigeaegne edastamine teekasutajatele ning intelligentsete transpordisüsteemide arendamine.',
    ]),
    p(''),
    H('3. Teenistusülesanded'),
    p('3.1. Juhib osakonna tööd, seab osakonnale eesmärgid ja jaotab ülesanded osakonna teenistujate vahel.'),
    p('3.2. Korraldab riigiteede liiklusolukorra ööpäevaringse seire ja liiklusjuhtide vahetustega töö.'),
    p('3.3. Tagab, et teekasutajad saavad teavet liiklust takistavatest sündmustest, ilmastikuoludest ja piirangutest viivitamata.'),
    p('3.4. Juhib liikluse seireseadmete, teeseadmete ja tee infosüsteemide arendamist ning nende töökindluse tagamist.'),
    p('3.6. Korraldab eriveolubade menetlemise ja koostöö teiste ameti struktuuriüksustega eriveoteenuse arendamisel.'),
    p('3.7. Teeb koostööd Häirekeskuse, Politsei- ja Piirivalveameti ning kohalike omavalitsustega liiklusõnnetuste ja kriiside lahendamisel.'),
    p('3.8. Koostab osakonna eelarve ettepaneku ja jälgib selle täitmist.'),
    p('3.9. Osaleb osakonna teenistujate värbamises, viib läbi arenguvestlusi ja toetab teenistujate arengut.'),
    p('3.10. Täidab direktori antud muid ühekordseid ülesandeid oma pädevuse piires.'),
    p(''),
    H('4. Õigused'),
    p('4.1. Saada ameti teistelt struktuuriüksustelt ja teenistujatelt ülesannete täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2. Anda osakonna teenistujatele korraldusi ja kontrollida nende täitmist.'),
    p('4.3. Esindada ametit oma valdkonnas suhetes teiste asutuste ja isikutega.'),
    p('4.4. Teha direktorile ettepanekuid osakonna töö ja liikluskorralduse parendamiseks.'),
    p(''),
    H('5. Vastutus'),
    p('5.1. Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    p('5.3. Vastutab talle kasutada antud vara heaperemeheliku kasutamise eest.'),
    p(''),
    H('6. Teenistuskohale esitatavad nõuded'),
    p('6.1. Haridus: kõrgharidus, soovitavalt transpordi-, tehnika- või infotehnoloogiavaldkonnas.'),
    p('6.2. Töökogemus: vähemalt kolmeaastane kogemus liikluskorralduse, teehoiu või infosüsteemide valdkonnas, sh juhtimiskogemus.'),
    p('6.3. Keeleoskus: eesti keel C1-tasemel, inglise keel B2-tasemel.'),
    p('6.4. Arvutioskus: oskab kasutada kontoritarkvara ja ameti infosüsteeme.'),
  ],
};
