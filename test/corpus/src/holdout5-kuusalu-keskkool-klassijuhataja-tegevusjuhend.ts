// Kuusalu Keskkool: the class teacher's "tegevusjuhend", a page of the school's site (Dokumendid > Juhendid, a Word
// file offered for download; the corpus already holds the same school's teacher's job description, a different
// document of another form). The document is titled "Klassijuhataja tegevusjuhend" — not "ametijuhend" — and has
// no part 1 and no labels: "I. ÜLDSÄTTED" with three typed-number items (what the class teacher is, who appoints
// him or her, and "Klassijuhataja tööd koordineerivad direktor, direktori asetäitja õppealal ja huvijuht."), then
// "II. KLASSIJUHATAJA PÄDEVUS JA TÖÖÜLESANDED" with the lead-in "Klassijuhataja:" and typed items starting again
// at 1 ("1. Omab ülevaadet …", "2. On kursis …"). Roman section numbers.
// Seen in the source: the title, section I whole, the heading and lead-in of section II and its items 1–11 whole,
// item 12 in part. Completed in the same form: the rest of item 12, items 13–17, "III. KLASSIJUHATAJA ÕIGUSED"
// (lead-in "Klassijuhatajal on õigus:", items 1–4) and "IV. KLASSIJUHATAJA VASTUTUS" (items 1–2). No purpose,
// manager, substitute or requirements were seen, and none were added.
// Planted: the misspelling "kordineerivad" (for "koordineerivad") in item I.3.
import { p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Klassijuhataja tegevusjuhend', { style: 'Heading1' }),
    p(''),
    H('I. ÜLDSÄTTED'),
    p('1. Klassijuhataja juhib oma klassi õppe- ja kasvatustööd ning hoiab sidet õpilaste, õpetajate, kooli juhtkonna, lastevanemate ja õppenõukogu vahel.'),
    p('2. Klassijuhataja nimetab õppeaasta alguseks terveks õppeaastaks ametisse kooli direktor, kui õpetaja on sellega nõus. Õppeaasta keskel vahetatakse klassijuhatajat vaid erandjuhul.'),
    p('3. Klassijuhataja tööd kordineerivad direktor, direktori asetäitja õppealal ja huvijuht.'),
    p(''),
    H('II. KLASSIJUHATAJA PÄDEVUS JA TÖÖÜLESANDED'),
    p('Klassijuhataja:'),
    p('1. Teab, millega tema klassi õpilased koolipäeva jooksul tegelevad.'),
    p('2. Teab oma klassi õpilaste tervisest seda, mis on koolitöö jaoks oluline.'),
    p('3. Koostab koos õpilastega klassi ürituste plaani ja hoolitseb selle täitmise eest.'),
    p('4. Peab õppeaasta jooksul iga õpilasega vähemalt ühe arenguvestluse, võimaluse korral koos lapsevanemaga.'),
    p('5. Arendab süsteemselt õpilaste õpioskusi, silmaringi ja huvisid.'),
    p('6. Selgitab koos aineõpetajate, sotsiaalpedagoogi ja psühholoogiga välja käitumis- ja õpiraskustega õpilased, teavitab juhtkonda ja teeb ettepanekuid nende suunamiseks tugisüsteemi.'),
    p('7. Jälgib õpilaste koormust ja teeb vajaduse korral juhtkonnale ettepanekuid selle muutmiseks.'),
    p('8. Tutvustab õpilastele kooli kodukorda ja jälgib selle täitmist.'),
    p('9. Võtab ühendust lapsevanemaga või teavitab sotsiaalpedagoogi, kui õpilase puudumise põhjusest ei ole päeva jooksul teatatud või kui teade tekitab kahtlust.'),
    p('10. Lubab õpilase koolist ära, kui puudumise luba on vormistatud, ja teeb selle kohta märke e-kooli ja puudumiste päevikusse.'),
    p('11. Selgitab välja õpilase halva käitumise või puuduliku edasijõudmise põhjused ja aitab neid kõrvaldada.'),
    p('12. Teab, millega tema klassi õpilased tegelevad väljaspool kooli (klubid, ringid, huvikoolid), ja arvestab sellega klassi tegevuse kavandamisel.'),
    p('13. Korraldab klassi lastevanemate koosolekuid vähemalt kaks korda õppeaastas.'),
    p('14. Vormistab klassi dokumentatsiooni (e-kool, õpilasraamat, iseloomustused) õigeaegselt.'),
    p('15. Annab õpilastele ja vanematele teavet kooli tegevusest ja sündmustest.'),
    p('16. Esindab oma klassi õppenõukogus ning valmistab ette klassi kohta käivad otsuste eelnõud.'),
    p('17. Korraldab õppeaasta lõpus klassiruumi ja klassile antud vara korrastamise.'),
    p(''),
    H('III. KLASSIJUHATAJA ÕIGUSED'),
    p('Klassijuhatajal on õigus:'),
    p('1. saada aineõpetajatelt ja tugispetsialistidelt oma klassi õpilaste kohta vajalikku teavet;'),
    p('2. teha kooli juhtkonnale ettepanekuid õpilaste tunnustamiseks ja mõjutusmeetmete rakendamiseks;'),
    p('3. kutsuda lapsevanem kooli vestlusele;'),
    p('4. saada klassijuhataja tööks vajalikku täiendkoolitust.'),
    p(''),
    H('IV. KLASSIJUHATAJA VASTUTUS'),
    p('1. Klassijuhataja vastutab käesolevas juhendis nimetatud ülesannete täitmise eest.'),
    p('2. Klassijuhataja vastutab klassi dokumentatsiooni õigsuse eest.'),
  ],
};
