// Rakvere Muusikakool (a municipal music school of Rakvere linn): the teacher's job description,
// published on the school's site under "Dokumentatsioon > Ametijuhendid". Title line
// "ÕPETAJA AMETIJUHEND"; sections with typed Roman numerals (I ÜLDSÄTTED, II KOHUSTUSED, …); each
// section opens with a lead-in sentence naming the teacher ("Rakvere Muusikakooli õpetaja…",
// "… on kohustatud:") and its items are typed "1.", "2.", … restarting in every section; one item is
// typed without a space after its number ("4.töötab"), as published. Part 1 is the lead-in plus items
// (appointed by, qualification, "allub kooli direktorile", working time): no substitute, no purpose.
// Seen in the source: the title, section I in full and section II up to item 7.
// Completed: items 8–10 of section II, "III ÕIGUSED" and "IV VASTUTUS" in the same form, and a
// closing validity line.
// Planted: that closing line keeps a "[kuupäev]" placeholder.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('ÕPETAJA AMETIJUHEND', { style: 'Title', align: 'center' }),
    p(''),
    h('I ÜLDSÄTTED'),
    p(''),
    p('Rakvere Muusikakooli õpetaja…'),
    p('1. nimetatakse ametisse direktori poolt.'),
    p('2. omab kvalifikatsiooni, mille nõuded on kehtestatud haridus- ja teadusministri määrusega pedagoogide kvalifikatsiooninõuete kohta.'),
    p('3. allub kooli direktorile.'),
    p('4.töötab tunniplaani järgi. Täiskoormusega õpetaja tööaeg on 35 tundi nädalas, millest 24 on õppetunnid. Ülejäänud aja kasutab õpetaja tundideks valmistumiseks, oma töö analüüsimiseks, dokumentide täitmiseks, koosolekutel osalemiseks, lastevanematega suhtlemiseks, enesetäiendamiseks ja õpilaste järeleaitamiseks.'),
    p(''),
    h('II KOHUSTUSED'),
    p(''),
    p('Rakvere Muusikakooli õpetaja on kohustatud:'),
    p('1. Lähtuma õppetöös riiklike raamõppekavade alusel koostatud kooli õppe- ja ainekavadest ning kohandama neid õpilase võimetele, pidades silmas üleminekueksamite ja lõpueksamite tasemenõudeid.'),
    p('2. Arvestama erialaosakondade kehtestatud nõudeid ja tagama, et tema õpilased neid täidavad.'),
    p('3. Äratama ja hoidma õpilastes huvi muusika ja oma eriala vastu ning avardama nende muusikalist silmaringi, suunates neid kontsertidele ja salvestisi kuulama.'),
    p('4. Koostama oma õpilastele individuaalsed õppeplaanid ja tagama nende täitmise.'),
    p('5. Täitma järjepidevalt individuaal- või rühmatunni päevikut ja märkima puudumised.'),
    p('6. Hoidma tihedat sidet õpilase vanematega, teavitades neid õpilaspäeviku kaudu edasijõudmisest, käitumisest ja nõuetest, ning võimaluse korral kaasama vanemaid õppetöösse (tundide külastamine, esinemiste kuulamine).'),
    p('7. Teavitama viivitamata direktorit, kui õpilase õppeedukuse, käitumise või tundides osalemisega tekib probleeme.'),
    p('8. Valmistama õpilasi ette esinemisteks, konkurssideks ja eksamiteks ning osalema eksamikomisjonide töös.'),
    p('9. Osalema õppenõukogu ja oma osakonna koosolekutel.'),
    p('10. Hoidma korras talle kasutada antud klassiruumi, pille ja noote.'),
    p(''),
    h('III ÕIGUSED'),
    p(''),
    p('Rakvere Muusikakooli õpetajal on õigus:'),
    p('1. Valida õppekava piires õppemetoodika ja õppematerjalid.'),
    p('2. Teha direktorile ettepanekuid õppetöö ja kooli töö paremaks korraldamiseks.'),
    p('3. Saada tööks vajalikku täienduskoolitust ja osaleda erialastel kursustel.'),
    p('4. Kasutada tööks kooli pille, noote ja muid õppevahendeid.'),
    p(''),
    h('IV VASTUTUS'),
    p(''),
    p('Rakvere Muusikakooli õpetaja vastutab:'),
    p('1. Õppetöö kvaliteedi ja õppekava täitmise eest oma erialal.'),
    p('2. Õpilaste turvalisuse eest tundides ja tema korraldatud üritustel.'),
    p('3. Talle kasutada antud vara säilimise eest.'),
    p('4. Õpilaste ja nende perede kohta teatavaks saanud andmete hoidmise eest.'),
    p(''),
    p('Ametijuhend kehtib alates [kuupäev].'),
  ],
};
