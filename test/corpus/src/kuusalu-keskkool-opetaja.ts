// Kuusalu Keskkool (a municipal school of Kuusalu vald): the teacher's job description, published
// on the school's site under "Dokumendid > Juhendid". Short school form: a heading "Õpetaja
// ametijuhend", sections in capitals with typed numbers (1. ÜLDSÄTTED, 2. PÕHIÜLESANDED,
// 3. KOHUSTUSED, 4. ÕIGUSED), items typed "1.1" (no final dot), the sources the teacher follows as a
// real bullet list, extra tasks under 3.3 as typed "- " lines, and the rights introduced by
// "Õpetajal on õigus:". There is no part-1 block: the manager and the substitute are not named,
// and the seen sections have no purpose and no requirements.
// Seen in the source: the heading and sections 1–3 in full, section 4 up to 4.2.
// Completed: the rest of section 4, "5. VASTUTUS" and "6. LÕPPSÄTTED" (no requirements section was
// added, as none was seen).
import { LISTS, li, p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  lists: { sources: LISTS.bullet },
  body: [
    p('Õpetaja ametijuhend', { style: 'Title' }),
    p(''),
    h('1. ÜLDSÄTTED'),
    p('1.1 Õpetaja lähtub oma töös:'),
    li('Eesti Vabariigi seadustest ja Vabariigi Valitsuse määrustest;', 'sources'),
    li('haridus- ja teadusministeeriumi õigusaktidest;', 'sources'),
    li('kooli õppekavast;', 'sources'),
    li('direktori ja õppealajuhataja või nende asendajate korraldustest;', 'sources'),
    li('käesolevast juhendist ja selle lisast.', 'sources'),
    p(''),
    h('2. PÕHIÜLESANDED'),
    p('2.1 Õpetaja töö lähtub kooli põhieesmärkidest.'),
    p('2.2 Õpetaja juhib õpilast omandama õppekavas nõutud teadmisi ja oskusi.'),
    p('2.3 Õpetaja toetab õpilase positiivse ellusuhtumise ja maailmavaate kujunemist.'),
    p('2.4 Õpetaja hoiab ja arendab õpilase õpihuvi.'),
    p('2.5 Õpetaja valmistab õpilasi ette oma aine olümpiaadideks, konkurssideks ja võistlusteks.'),
    p(''),
    h('3. KOHUSTUSED'),
    p('3.1 Õpetaja koostab õppekava täitmiseks ainele töökava.'),
    p('3.2 Õpetaja täidab nõutud dokumente ja esitab andmed tähtajaks.'),
    p('3.3 Õpetaja täidab kooli juhtkonnaga kokku lepitud lisaülesandeid:'),
    p('- klassijuhataja töö;'),
    p('- õpilasürituste korraldamine ja neil osalemine;'),
    p('- õpilaste saatmine õppekäikudel, ekskursioonidel ja matkadel;'),
    p('- korrapidamine;'),
    p('- muud kokkulepitud ülesanded;'),
    p('3.4 Õpetaja osaleb vähemalt ühe ainesektsiooni töös.'),
    p('3.5 Õpetaja järgib töö- ja tuleohutuse nõudeid ning tagab nende täitmise oma tunnis.'),
    p('3.6 Õpetaja jälgib, et õpilased täidavad kodukorda, ja sekkub kohe, kui seda rikutakse.'),
    p('3.7 Õpetaja reageerib kooli tööd segavatele puudustele, kõrvaldab need võimaluse korral või teavitab vastutavat juhtkonna liiget.'),
    p('3.8 Õpetaja suhtleb klassijuhatajaga ja annab talle teada õpiraskustega õpilastest.'),
    p('3.9 Õpetaja osaleb kooli juhtimises eelkõige õppenõukogu ja ainesektsiooni kaudu.'),
    p('3.10 Õpetaja on koolile lojaalne.'),
    p('3.11 Õpetaja kujundab oma käitumisega kooli head mainet.'),
    p(''),
    h('4. ÕIGUSED'),
    p('Õpetajal on õigus:'),
    p('4.1 teha koolijuhtkonnale ettepanekuid töö paremaks korraldamiseks;'),
    p('4.2 osaleda kooli arengukava ja õppekava koostamisel;'),
    p('4.3 valida õppekava piires õppemeetodid ja -materjalid;'),
    p('4.4 saada tööks vajalikku täienduskoolitust;'),
    p('4.5 saada kooli juhtkonnalt ja tugispetsialistidelt tööks vajalikku teavet ja abi.'),
    p(''),
    h('5. VASTUTUS'),
    p('Õpetaja vastutab:'),
    p('5.1 õppetöö kvaliteedi ja õppekava täitmise eest oma ainetes;'),
    p('5.2 õpilaste elu ja tervise kaitse eest tunni ja tema korraldatud ürituste ajal;'),
    p('5.3 talle kasutada antud õppevahendite ja ruumide heaperemeheliku kasutamise eest;'),
    p('5.4 õpilaste ja nende perede kohta teatavaks saanud andmete hoidmise eest.'),
    p(''),
    h('6. LÕPPSÄTTED'),
    p('6.1 Ametijuhend on töölepingu lisa ja selle muutmine toimub poolte kokkuleppel.'),
    p('6.2 Õpetaja lisaülesanded lepitakse kokku iga õppeaasta alguses.'),
  ],
};
