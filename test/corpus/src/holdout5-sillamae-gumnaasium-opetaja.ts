// Sillamäe Gümnaasium: the teacher's job description, a page of the school's site (section "Õppematerjalid",
// page "Õpetaja"). The page title "Õpetaja ametijuhend" is followed by a heading "Õpetaja kvalifikatsiooninõuded" and
// the quoted regulation "§ 22. Gümnaasiumi ühe või kahe aine õpetaja kvalifikatsiooninõuded" with its two
// alternatives as "1)" and "2)" — the requirements stand ABOVE the document's own title. Then the school's name
// "Sillamäe Gümnaasiumi" on a line of its own, the title "ÕPETAJA  AMETIJUHEND" (two spaces, as published),
// "1. ÜLDSÄTTED" with typed items 1.1.–1.5. (1.2 typed without its final dot, as published): what the job
// description rests on, what the teacher follows (among them the employment contract), "1.4. Õpetaja allub Tööandja
// juhtimisele ja kontrollile …" and whom the teacher works with; then "2. ÕPETAJA TÖÖ EESMÄRGID" with 2.1.
// No labels, no substitute.
// Seen in the source: the page title, the requirements heading and the § 22 quotation, the school-name and title
// lines, the whole of section 1 and the start of 2.1. Completed in the same form (typed "N.N." items under
// upper-case numbered headings): the rest of section 2, "3. ÕPETAJA TÖÖÜLESANDED", "4. ÕPETAJA ÕIGUSED" and
// "5. ÕPETAJA VASTUTUS". No language requirement was seen and none was added.
// Planted: duty 3.6 is missing (3.5 is followed by 3.7), as when an item is deleted and the rest not renumbered.
import { p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Õpetaja ametijuhend', { style: 'Heading1' }),
    p(''),
    p('Õpetaja kvalifikatsiooninõuded', { style: 'Heading2' }),
    p('§ 22. Gümnaasiumi ühe või kahe aine õpetaja kvalifikatsiooninõuded', { bold: true }),
    p('Gümnaasiumis ühte või kahte ainet õpetavalt õpetajalt nõutakse:'),
    p('1) pedagoogilist kõrgharidust õpetatavas aines (ainetes) või ainevaldkonnas või'),
    p('2) muud kõrgharidust õpetatavas aines (ainetes) või ainevaldkonnas koos läbitud 160-tunnise pedagoogikakursusega.'),
    p(''),
    p('Sillamäe Gümnaasiumi', { align: 'center' }),
    p('ÕPETAJA  AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1. ÜLDSÄTTED'),
    p('1.1. Ametijuhend on koostatud õpetaja kutsestandardi, Sillamäe Gümnaasiumi õppekava eesmärkide ja gümnaasiumiõpetaja kvalifikatsiooninõuete põhjal ning kirjeldab, milleks õpetaja peab valmis olema.'),
    p('1.2 Sillamäe Gümnaasiumi (edaspidi gümnaasium) õpetaja (edaspidi Õpetaja) juhindub oma töös Eesti Vabariigi seadustest, Vabariigi Valitsuse ning haridus- ja teadusministri määrustest, gümnaasiumi direktori käskkirjadest ja korraldustest, gümnaasiumi põhimäärusest, õppekavast, arengukavast, töökorralduse reeglitest, õpetaja eetikakoodeksist, kodukorrast, oma töölepingust ja käesolevast ametijuhendist;'),
    p('1.3. Õpetaja järgib punktis 1.2. nimetatud aktide nõudeid igapäevatöös ja jälgib neis tehtavaid muudatusi.'),
    p('1.4. Õpetaja allub Tööandja juhtimisele ja kontrollile ning täidab õpetaja ametikohustusi Töölepingu ja ametijuhendi järgi.'),
    p('1.5. Õpetaja teeb tööülesannete täitmiseks koostööd gümnaasiumi direktori, õppealajuhataja, teiste õpetajate ja töötajate, õpilaste ja nende vanematega ning projektides teiste koolide kolleegidega.'),
    p(''),
    H('2. ÕPETAJA TÖÖ EESMÄRGID'),
    p('2.1. Õpetaja lähtub oma töös gümnaasiumi õppekavas seatud õppe- ja kasvatuseesmärkidest ning toetab iga õpilase arengut ja võimetekohast õppimist.'),
    p('2.2. Õpetaja loob õppimist soodustava, turvalise ja üksteist austava õpikeskkonna.'),
    p('2.3. Õpetaja kujundab õpilaste õpimotivatsiooni ja valmisolekut elukestvaks õppeks.'),
    p(''),
    H('3. ÕPETAJA TÖÖÜLESANDED'),
    p('3.1. Koostab oma ainete töökavad õppekava alusel ja esitab need õppealajuhatajale õppeaasta alguses.'),
    p('3.2. Valmistab ette ja viib läbi õppetunnid, arvestades õpilaste erinevaid võimeid ja vajadusi.'),
    p('3.3. Hindab õpilaste teadmisi ja oskusi gümnaasiumi hindamisjuhendi järgi ja annab neile tagasisidet.'),
    p('3.4. Täidab e-kooli ja muu õppedokumentatsiooni õigeaegselt ja korrektselt.'),
    p('3.5. Nõustab õpilasi ja nende vanemaid õppimisega seotud küsimustes ning annab järelvastamise võimalusi.'),
    p('3.7. Toetab õpiraskustega ja andekaid õpilasi koostöös tugispetsialistidega.'),
    p('3.8. Osaleb õppenõukogu ja ainesektsiooni töös ning kooli arendustegevuses.'),
    p('3.9. Täiendab end erialaselt ja pedagoogiliselt.'),
    p('3.10. Tagab tunnis ohutuse ning tule- ja tööohutusnõuete täitmise.'),
    p(''),
    H('4. ÕPETAJA ÕIGUSED'),
    p('4.1. Valida õppekava piires õppemeetodeid, -vahendeid ja -materjale.'),
    p('4.2. Saada gümnaasiumi juhtkonnalt tööks vajalikku teavet ja tuge.'),
    p('4.3. Osaleda täienduskoolitustel.'),
    p('4.4. Teha juhtkonnale ettepanekuid töö paremaks korraldamiseks.'),
    p(''),
    H('5. ÕPETAJA VASTUTUS'),
    p('5.1. Õpetaja vastutab ametijuhendis ja töölepingus nimetatud ülesannete kohase täitmise eest.'),
    p('5.2. Õpetaja vastutab õpilaste turvalisuse eest tunnis ja tema korraldatud üritustel.'),
    p('5.3. Õpetaja vastutab talle kasutada antud vara säilimise eest.'),
  ],
};
