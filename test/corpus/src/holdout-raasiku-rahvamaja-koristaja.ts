// Raasiku Rahvamaja (the community culture house of Raasiku vald, Harjumaa): the cleaner's job description,
// published as an article on the culture house's site ("Koristaja ametijuhend", with the site's PDF/Print/E-mail
// links). Section headings with Roman numerals and no dot ("I ÜLDSÄTTED", "II AMETIÜLESANDED", "III ÕIGUSED"),
// items typed "1.1." with a final dot, a third level "2.1.1. Iga päev:" followed by lines typed with a leading dash
// (the first one with a space before the dash, as published), and "3.1.Koristajal …" with no space after the number.
// There are no part-1 labels: who hires the cleaner, whose orders she follows, her pay and working time are four
// sentences under I ÜLDSÄTTED. As published there is no purpose of the post and no substitute anywhere.
// Seen in the source: the title, I ÜLDSÄTTED (1.1–1.4), II AMETIÜLESANDED (2.1–2.6) and III ÕIGUSED 3.1–3.2.
// Completed in the same form: 3.3, "IV VASTUTUS" and "V KVALIFIKATSIOONINÕUDED".
// Nothing planted: the missing purpose and substitute are the original's.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Koristaja ametijuhend', { style: 'Heading2' }),
    p(''),
    h('I ÜLDSÄTTED'),
    p('1.1. Raasiku Rahvamaja koristaja võtab tööle ja vabastab töölt Raasiku Rahvamaja juhataja, kooskõlastades selle Raasiku Vallavalitsusega.'),
    p('1.2. Koristaja juhindub oma töös Raasiku Rahvamaja juhataja korraldustest ametijuhendis kirjeldatud kohustuste piires ning rahvamaja töösisekorraeeskirjast.'),
    p('1.3. Koristaja kuupalga määrab rahvamaja juhataja Raasiku Vallavolikogu kinnitatud eelarve piires; palk kehtib eelarveaasta lõpuni (01. jaanuar – 31. detsember).'),
    p('1.4. Koristaja töökoormus on 40 tundi nädalas. Tööaeg on paindlik ja see lepitakse kokku rahvamaja töögraafiku ning ürituste toimumise aegade järgi.'),
    p(''),
    h('II AMETIÜLESANDED'),
    p('2.1. Koristaja on kohustatud'),
    p('2.1.1. Iga päev:'),
    p(' - pühkima niiske lapiga tolmu mööblilt ja esemetelt;'),
    p('- pesema põrandad, trepid ja trepimademed;'),
    p('- hoidma puhtad tualettruumid, kasutades pottide, valamute, loputuskastide ja seinte puhastamiseks selleks ettenähtud vahendeid;'),
    p('- kastma toalilled;'),
    p('- tühjendama prügikastid;'),
    p('- puhastama peeglid ning uste klaas- ja puitpinnad;'),
    p('- puhastama kabinettide, koridoride ja saalide seinad;'),
    p('- hoidma korras rahvamaja ümbruse õueala.'),
    p('2.2. Kord aastas pesema rahvamaja aknad.'),
    p('2.3. Tegema aastaajast sõltuvaid välitöid (lehtede riisumine, lume koristamine sissepääsude eest jms).'),
    p('2.4. Pesema pesumasinas laudlinad.'),
    p('2.5. Aitama üritusi tehniliselt ette valmistada ja korrastama ruumid pärast üritusi.'),
    p('2.6. Riiklikel lipupäevadel heiskama ja langetama rahvamaja riigilipu.'),
    p(''),
    h('III ÕIGUSED'),
    p('3.1.Koristajal on õigus saada rahvamaja juhatajalt tööks vajalikud vahendid.'),
    p('3.2. Saada rahvamaja juhatajalt nõu ja abi oma töö paremaks korraldamiseks.'),
    p('3.3. Teha rahvamaja juhatajale ettepanekuid ruumide korrashoiu ja töövahendite uuendamise kohta.'),
    p(''),
    h('IV VASTUTUS'),
    p('4.1. Koristaja vastutab ametiülesannete kohusetundliku ja õigeaegse täitmise eest.'),
    p('4.2. Koristaja vastutab talle kasutada antud vahendite ja rahvamaja vara säästliku ja sihipärase kasutamise eest.'),
    p('4.3. Koristaja vastutab tuleohutus- ja tööohutusnõuete järgimise eest oma töös.'),
    p(''),
    h('V KVALIFIKATSIOONINÕUDED'),
    p('5.1. Haridus: vähemalt põhiharidus.'),
    p('5.2. Eesti keele oskus A2-tasemel.'),
    p('5.3. Korrektsus, vastutustunne ja valmisolek töötada paindliku tööajaga.'),
  ],
};
