// Surju Vallavalitsus (a rural municipality in Pärnumaa, merged into Häädemeeste vald in 2017): the land adviser
// (maanõunik), an official, published as a web page under "Vallaametnike ametijuhendid". The municipality's form
// (typed "1.1 …" items in lower case, separated by line breaks inside one paragraph, no part-1 labels), with all
// six section headings in sentence case ("1. Üldsätted" … "6. Kvalifikatsiooninõuded"). Unlike the municipality's
// other pages in the corpus, Üldsätted names only whom the adviser substitutes ("1.3 maanõunik asendab
// vallavanemat") and nobody who substitutes the adviser; "4. Vastutus" is a single unnumbered sentence.
// Seen in the source: 1. Üldsätted (1.1–1.3), 2. Ametikoha eesmärk, 3. Ametiülesanded (3.1–3.14), 4. Vastutus,
// 5. Õigused (5.1–5.3) and the heading "6. Kvalifikatsiooninõuded" with the start of 6.1. The page heading is not
// in the stored text; it is rebuilt from the page's address ("maanouniku-ametijuhend") in the form of the sibling
// pages. Completed in the municipality's form: the rest of section 6.
// Nothing planted.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const lines = (...items: string[]) => p(items.join(' \n'));

export const doc: CorpusDoc = {
  body: [
    p('Maanõuniku ametijuhend', { style: 'Heading2' }),
    h('1. Üldsätted'),
    lines(
      '1.1 maanõuniku nimetab ametisse ja vabastab ametist vallavanem',
      '1.2 maanõunikule annab tööülesandeid ja kontrollib nende täitmist vallavanem',
      '1.3 maanõunik asendab vallavanemat',
    ),
    h('2. Ametikoha eesmärk'),
    p('Maareformi elluviimine ja valla maakasutuse korraldamine'),
    h('3. Ametiülesanded'),
    lines(
      '3.1 korraldab õigusvastaselt võõrandatud maa tagastamist ja kompenseerimist, maa erastamist ostueesõigusega ja maa ostmist',
      '3.2 teeb vallavalitsusele ettepanekuid maa paremaks kasutamiseks',
      '3.3 tähistab looduses ajutised maakasutused, sõlmib maakasutajatega lepingud ja peab maakasutuse arvestust',
      '3.4 peab ja täiendab valla maaregistrit',
      '3.5 kontrollib maakasutust ja maa kaitset käsitlevate õigusaktide järgimist',
      '3.6 korraldab valla üldplaneeringu ja detailplaneeringute koostamist',
      '3.7 teeb volikogule ettepanekuid maa munitsipaalomandisse taotlemiseks ja maa ostmiseks vallale',
      '3.8 lahendab vallavalitsusele maaküsimustes esitatud avaldused ja koostab neile kirjalikud vastused',
      '3.9 valmistab ette maamaksu arvestamise dokumendid ja esitab maksuametile maamaksu määramiseks vajalikud andmed',
      '3.10 valmistab ette vallavalitsuse ja volikogu maaküsimusi käsitlevad eelnõud',
      '3.11 korraldab valla teede korrashoidu',
      '3.12 korraldab valla ehitustegevusega seotud töid',
      '3.13 korraldab valla heakorratöid ja koordineerib keskkonnaalast tööd',
      '3.14 täidab vallavanema antud muid seadusest ja muudest õigusaktidest tulenevaid ülesandeid',
    ),
    h('4. Vastutus'),
    p('Vastutab ametiülesannete täpse, õigeaegse ja kohusetundliku täitmise eest'),
    h('5. Õigused'),
    lines(
      '5.1 teha ettepanekuid maaõigusaktide rikkumises süüdi olevate isikute vastutusele võtmiseks või menetluse alustamiseks',
      '5.2 osaleda volikogu ja vallavalitsuse istungitel, kus arutatakse tema ülesannetesse kuuluvaid küsimusi',
      '5.3 saada tööks vajalikku täienduskoolitust',
    ),
    h('6. Kvalifikatsiooninõuded'),
    lines(
      '6.1 maanõunikul peab olema maakorralduse või maamõõtmise alane kõrg- või keskeriharidus',
      '6.2 eesti keele oskus kõrgtasemel',
      '6.3 maareformi, planeerimist ja kohalikku omavalitsust reguleerivate õigusaktide tundmine',
      '6.4 arvuti ja maainfosüsteemide kasutamise oskus',
    ),
  ],
};
