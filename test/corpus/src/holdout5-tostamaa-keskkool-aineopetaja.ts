// Tõstamaa Keskkool (a municipal school with basic and upper-secondary classes; the page is one of the school's job
// descriptions published under tostamaa.ee, folder "ametijuhendid"): the subject teacher's job description. No
// part 1, no headings and no sections at all: under the title "Aineõpetaja ametijuhend" the whole document is ONE
// numbered list of sentences, each starting with "Aineõpetaja …"/"Aineõpetajal …" — who signs the employment
// contract (1), "Aineõpetaja allub vahetult õppealajuhatajale." (2), workload, grades and working time (3–9),
// loyalty and conduct (10–12), consultation hours (13), and on in the same way (HTML list numbers, here Word's
// automatic numbers).
// Seen in the source: the title and items 1–12 whole, item 13 up to its sixth sentence. Completed in the same form
// (one flat list, no headings): the rest of 13 and items 14–29 — duties, then rights as sentences
// "Aineõpetajal on õigus …" and responsibility as "Aineõpetaja vastutab …" items inside the same list. No purpose,
// no qualification or language requirement and no substitute were seen, and none were added.
// Nothing planted.
import { LISTS, li, p, type CorpusDoc } from '../lib/docx-builder';

const item = (text: string) => li(text, 'items');

export const doc: CorpusDoc = {
  lists: { items: LISTS.decimal },
  body: [
    p('Aineõpetaja ametijuhend', { style: 'Heading1' }),
    p(''),
    item('Aineõpetajaga sõlmib töölepingu kooli direktor.'),
    item('Aineõpetaja allub vahetult õppealajuhatajale.'),
    item('Aineõpetaja töötab täis- või osakoormusega.'),
    item('Aineõpetajal võib olla nooremõpetaja, õpetaja, vanemõpetaja või õpetaja-metoodiku ametijärk.'),
    item('Aineõpetaja võib koolis töötada ka sisemise kohakaasluse alusel.'),
    item('Täiskoormusega põhikohaga aineõpetaja üldtööaeg on 35 tundi nädalas; selle aja veedab ta koolimajas või valmistab tunde ette kodus.'),
    item('Seadus annab aineõpetajale lühendatud tööaja, et ta saaks end väljaspool kooli täiendada; põhikoolis ja gümnaasiumis on selleks 5 tundi nädalas.'),
    item('Täiskoormusega põhikohaga aineõpetaja on koolimajas viis päeva nädalas, kui direktori käskkiri ei sätesta tema tööaega teisiti.'),
    item('Aineõpetaja tööpäeva ajakava tuleneb tunniplaanist.'),
    item('Aineõpetaja on koolile lojaalne ega halvusta kooli, juhtkonda, kolleege, õpilasi ega lapsevanemaid.'),
    item('Aineõpetaja on õpilastele eeskujuks ja täidab ise kooli asjaajamise tavasid, käitumisnorme ja traditsioone.'),
    item('Aineõpetaja järgib head tava ning aktuste ja teiste ürituste korraldamise korda.'),
    item('Aineõpetajal on kindlad vastuvõtuajad (konsultatsioonid), mis on teatatud õpilastele ja õppealajuhatajale. Vastuvõtuajad toetavad kooli mainet ja aitavad hoida suhteid õpilastega. Nad on vajalikud ka siis, kui neid kasutavad vaid üksikud õpilased. Õpilane teab, et on oodatud, ja tunneb end turvaliselt.'),
    item('Aineõpetaja koostab õppeaasta alguseks oma ainete töökavad ja esitab need õppealajuhatajale.'),
    item('Aineõpetaja valmistab tunnid ette ja viib need läbi tunniplaani järgi.'),
    item('Aineõpetaja hindab õpilaste teadmisi ja oskusi kooli hindamisjuhendi järgi ning teatab hinded õpilastele õigeaegselt.'),
    item('Aineõpetaja täidab e-kooli ja muu õppedokumentatsiooni õigeaegselt.'),
    item('Aineõpetaja annab klassijuhatajale teada õpilaste õpiraskustest ja korduvatest puudumistest.'),
    item('Aineõpetaja osaleb õppenõukogu ja ainekomisjoni koosolekutel.'),
    item('Aineõpetaja valmistab huvilisi õpilasi ette olümpiaadideks ja konkurssideks.'),
    item('Aineõpetaja täidab korrapidamise graafikus talle määratud ülesandeid.'),
    item('Aineõpetaja hoiab oma klassiruumi ja õppevahendid korras.'),
    item('Aineõpetaja täidab tule- ja tööohutuse nõudeid ning tagab tunnis õpilaste ohutuse.'),
    item('Aineõpetaja täidab direktori ja õppealajuhataja ühekordseid tööülesandeid, mis on seotud õppetööga.'),
    item('Aineõpetajal on õigus valida õppekava piires õppemeetodid ja -materjalid.'),
    item('Aineõpetajal on õigus saada kooli juhtkonnalt tööks vajalikku teavet.'),
    item('Aineõpetajal on õigus osaleda täienduskoolitustel ja teha juhtkonnale ettepanekuid kooli töö parandamiseks.'),
    item('Aineõpetaja vastutab oma tööülesannete täpse ja õigeaegse täitmise eest.'),
    item('Aineõpetaja vastutab talle usaldatud õppevahendite ja vara säilimise eest.'),
  ],
};
