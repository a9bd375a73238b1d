// Viljandi Kesklinna Kool: the school cleaner's job description, published as a web page of the school's site
// (page "Koristaja", printable view) and marked "LISA 1" (an annex to the employment contract or the director's
// directive). An old, short school form: the page title "Koristaja", then the heading "Viljandi Kesklinna Kooli
// koristaja ametijuhend", "LISA 1", and part 1 "1.Üldsätted" (no space after the number) as "Label: value" lines —
// "Ametikoha nimetus", "Alluvus" (a sentence naming the manager, with the substitutes' sentence run on after a line
// break and no space after the first full stop, as published), "Eesmärk" — followed by two plain sentences on who
// hires the cleaner (the English "director" typed for "direktor", as published) and what the cleaner follows.
// "2. Kohustused ja ülesanded." (heading with a final full stop) lists the duties as plain paragraphs without
// numbers or bullet characters.
// Seen in the source: the title lines, "LISA 1", the whole of 1.Üldsätted and section 2 up to the duty on
// communicating with teachers and pupils. Completed in the form of such school job descriptions: the rest of
// section 2 and sections 3 (Õigused), 4 (Vastutus) and 5 (Nõuded), headings written like section 2's.
// Nothing planted.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const label = (name: string, value: string) => p([{ text: `${name}:`, bold: true }, ` ${value}`]);

export const doc: CorpusDoc = {
  body: [
    p('Koristaja', { style: 'Heading1' }),
    p('Viljandi Kesklinna Kooli koristaja ametijuhend', { bold: true }),
    p(''),
    p('LISA 1'),
    h('1.Üldsätted'),
    p(''),
    label('Ametikoha nimetus', 'Koristaja'),
    label('Alluvus', 'Koristaja allub otseselt direktori asetäitjale majandusalal.Koristajad asendavad\nvajadusel üksteist.'),
    label('Eesmärk', 'Viljandi Kesklinna Kooli ruumide ja koolimaja ümbruse puhtuse ning korra hoidmine.'),
    p('Koristaja võtab tööle ja sõlmib temaga töölepingu Viljandi Kesklinna Kooli director.'),
    p('Koristaja lähtub oma töös Viljandi Kesklinna Kooli põhimäärusest, töökorralduse reeglitest ja käesolevast ametijuhendist.'),
    p(''),
    h('2. Kohustused ja ülesanded.'),
    p(''),
    p('Klassiruumide, koridoride ja teiste kooliruumide igapäevane koristamine.'),
    p('Põrandate kuiv- ja niiskpuhastus, vajaduse korral põrandate vahatamine.'),
    p('Tolmu eemaldamine aknalaudadelt, mööblilt ja tehnikaseadmetelt (kapid, lauad, riiulid, toolid, arvutid, telerid jm).'),
    p('Uste, ukselinkide ja ukseklaaside puhastamine.'),
    p('Seinte niiskpuhastus ning seinte ja lagede tolmuharjaga puhastamine.'),
    p('Pesuruumide, tualettide ja nende sisseseade puhastamine ning desinfitseerimine.'),
    p('Prügikastide tühjendamine ja prügikottide vahetamine, vajaduse korral prügikastide pesemine.'),
    p('Akende pesemine vastavalt vajadusele, kuid vähemalt kaks korda õppeaasta jooksul.'),
    p('Kardinate vahetamine ja pesulasse viimine.'),
    p('Pehme mööbli ja vaipade puhastamine tolmuimejaga.'),
    p('Koristatud ruumide tuulutamine.'),
    p('Toataimede ja lillevaaside eest hoolitsemine: kastmine, ümberistutamine ja väetamine.'),
    p('Puhastusvahendite vastuvõtmine ning nende kasutamine ja hoidmine kehtestatud korras.'),
    p('Koristusruumi ja koristusvahendite korrashoid.'),
    p('Tööd segavatest riketest ja muust olulisest info edastamine kooli juhtkonnale.'),
    p('Tööaja otstarbekas kasutamine.'),
    p('Tuleohutuse ja elektriseadmete ohutu kasutamise nõuete järgimine.'),
    p('Muude koolile vajalike ühekordsete tööülesannete täitmine, kui need ei takista põhitööd.'),
    p('Osalemine kooli koristuspersonali nõupidamistel.'),
    p('Viisakas ja abivalmis suhtlemine õpetajate, õpilaste, lastevanemate ja kooli külalistega.'),
    p('Koolimaja uste sulgemine ja valgustuse väljalülitamine tööpäeva lõpus oma tööpiirkonnas.'),
    p(''),
    h('3. Õigused.'),
    p(''),
    p('Saada tööks vajalikud puhastusvahendid, töövahendid ja tööriided.'),
    p('Saada direktori asetäitjalt majandusalal juhendamist ja oma tööd puudutavat teavet.'),
    p('Teha ettepanekuid koristustöö paremaks korraldamiseks.'),
    p('Keelduda tööst, mis ohustab tema elu või tervist, ja teatada sellest viivitamata vahetule juhile.'),
    p(''),
    h('4. Vastutus.'),
    p(''),
    p('Koristaja vastutab käesolevas ametijuhendis nimetatud ülesannete korrektse ja õigeaegse täitmise eest.'),
    p('Koristaja vastutab talle kasutada antud töövahendite ja kooli vara heaperemeheliku kasutamise eest.'),
    p('Koristaja vastutab töötervishoiu ja tööohutuse nõuete järgimise eest.'),
    p(''),
    h('5. Nõuded.'),
    p(''),
    p('Haridus: vähemalt põhiharidus.'),
    p('Eesti keele oskus A2-tasemel.'),
    p('Kohusetunne, täpsus ja koostöövalmidus.'),
  ],
};
