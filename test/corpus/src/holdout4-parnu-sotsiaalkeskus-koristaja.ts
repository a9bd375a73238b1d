// Pärnu Sotsiaalkeskus (a social welfare institution of the city of Pärnu): the cleaner's "tööülesannete
// kirjeldus", a page of the institution's site among its staff pages (the corpus already holds the care worker's
// page of the same series; this one is a different position and a longer, different list). No part 1 and no
// purpose: under the page title the document opens with "Koristaja on kohustatud:" and nineteen duties in the
// site's automatic list numbering (an HTML ordered list, here Word's automatic numbers), each an infinitive clause
// ending in ";" ("hooldama …", "puhastama …"); the list is followed by "Koristajal on õigus:" with its own
// automatic list starting again at 1. The duties speak of "tööandja", "töösisekord" and "töötaja".
// Seen in the source: the page (URL) title "Koristaja tööülesannete kirjeldus", the lead-in "Koristaja on
// kohustatud:", all nineteen duties and the lead-in "Koristajal on õigus:" with the first word of right 1.
// Completed in the form of the series' care-worker page: the rights, "Koristaja vastutab:", the subordination and
// substitution sentences and "Nõuded koristajale:".
// Nothing planted.
import { LISTS, li, p, type CorpusDoc } from '../lib/docx-builder';

const duty = (text: string) => li(text, 'duties');
const right = (text: string) => li(text, 'rights');
const bullet = (text: string) => li(text, 'bullets');

export const doc: CorpusDoc = {
  lists: { duties: LISTS.decimal, rights: LISTS.decimal, bullets: LISTS.bullet },
  body: [
    p('Koristaja tööülesannete kirjeldus', { bold: true, align: 'center' }),
    p(''),
    p('Koristaja on kohustatud:', { bold: true }),
    duty('hooldama iga päev põrandaid, arvestades iga põrandakatte materjali puhastusnõudeid;'),
    duty('puhastama iga päev porimatid tolmuimejaga;'),
    duty('pühkima iga päev tolmu (vajaduse korral niiskelt) laudadelt, toolidelt, aknalaudadelt, kappidelt ja riiulitelt, uksepiitadelt, arvutitelt, telefonidelt, lülititelt ja pistikupesadelt, põrandaliistudelt, radiaatoritelt ja ventilatsiooniavadelt;'),
    duty('puhastama iga päev või vastavalt vajadusele peeglid ja ukseklaasid;'),
    duty('tühjendama iga päev prügikastid ja vajaduse korral neid pesema;'),
    duty('puhastama ja desinfitseerima tualett- ja duširuumid ning pärast saunapäeva sauna leiliruumi;'),
    duty('täiendama vajaduse korral tualettruumide tarvikuid (paberkäterätikud, tualettpaber, vedelseep);'),
    duty('puhastama tolmuimejaga kord nädalas riidega kaetud toolid ja teise korruse kohvitoa diivani;'),
    duty('puhastama vajaduse korral uste, seinte, aknalaudade, töölaudade ja kööginurga mustunud kohad;'),
    duty('osalema koristusvahendite ja -tarvikute tellimisel ning kasutama neid säästlikult;'),
    duty('lahkudes majast viimasena panema maja valve alla ja lukustama uksed;'),
    duty('teatama asutuse juhatajale viivitamata majas avastatud tehnilistest riketest, lõhkumistest ja muudest probleemidest;'),
    duty('täitma kehtestatud ohutusjuhendeid, töösisekorda ja tööandja korraldusi;'),
    duty('kasutama tervisekahjustuste ja õnnetuste vältimiseks isikukaitsevahendeid;'),
    duty('jälgima, et tema töö või selle tagajärjed ei ohustaks töötaja enda ega teiste elu, tervist ega keskkonda;'),
    duty('kasutama talle antud masinaid, seadmeid ja töövahendeid heaperemehelikult ning hoidma neid korras;'),
    duty('järgima tule- ja elektriohutuse nõudeid;'),
    duty('järgima puhastusvahendite tehnoloogilist kaarti ning kasutama koristustarvikuid ja -tehnikat valmistaja juhiste järgi;'),
    duty('täitma tööandja ühekordseid töökorraldusi.'),
    p(''),
    p('Koristajal on õigus:', { bold: true }),
    right('nõuda tööks vajalikke puhastusvahendeid, tarvikuid ja isikukaitsevahendeid;'),
    right('saada asutuse juhatajalt tööks vajalikku teavet ja juhendamist;'),
    right('keelduda tööst, mis ohustab tema elu või tervist, ja teatada sellest juhatajale;'),
    right('teha juhatajale ettepanekuid koristustöö paremaks korraldamiseks.'),
    p(''),
    p('Koristaja vastutab:', { bold: true }),
    bullet('tööülesannete kohusetundliku ja õigeaegse täitmise eest;'),
    bullet('talle antud võtmete, töövahendite ja puhastusvahendite säilimise eest;'),
    bullet('maja valve alla panemise ja uste lukustamise eest.'),
    p(''),
    p('Koristaja allub asutuse juhatajale.'),
    p('Koristaja äraolekul asendab teda juhataja määratud töötaja.'),
    p(''),
    p('Nõuded koristajale:', { bold: true }),
    bullet('põhiharidus;'),
    bullet('eesti keele oskus A2-tasemel;'),
    bullet('puhastusvahendite ja -tehnika kasutamise oskus;'),
    bullet('kohusetundlikkus, täpsus ja usaldusväärsus.'),
  ],
};
