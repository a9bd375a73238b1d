// Surju Vallavalitsus (a rural municipality in Pärnumaa, merged into Häädemeeste vald in 2017): the junior
// accountant and clerk (nooremraamatupidaja-asjaajaja), published as a web page under "Vallaametnike
// ametijuhendid" next to the chief accountant's and the social adviser's pages already in the corpus. The same
// municipal form (typed "1.1 …" items in lower case, separated by line breaks inside one paragraph, no part-1
// labels), but this page writes its section headings differently: "1. ÜLDSÄTTED" in capitals, then "2. Ametikoha
// eesmärk", "3. Ametiülesanded", "4. Vastutus", "5. Õigused" in sentence case, and "6.Kvalifikatsiooninõuded"
// without a space after the number; responsibility comes before rights. The post has two managers in one item
// ("allub pearaamatupidajale, asjaajajana allub vallasekretärile"), two task-givers, and a substitution item whose
// cases are as published: "nooremraamatupidaja - asjaajaja asendab vallasekretär" (position first, in the
// nominative, the substitute after the verb).
// Seen in the source: 1. ÜLDSÄTTED (1.1–1.4), 2. Ametikoha eesmärk, 3. Ametiülesanded (3.1–3.16), 4. Vastutus
// (4.1–4.3), 5. Õigused (5.1–5.3) and the start of the heading "6.Kvalifikatsioonin…". The page heading is not in
// the stored text; it is rebuilt from the page's address ("nooremraamatupidaja-asjaajaja-ametijuhend") in the form
// of the sibling pages. Completed in the municipality's form: the items of section 6.
// Nothing planted.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const lines = (...items: string[]) => p(items.join(' \n'));

export const doc: CorpusDoc = {
  body: [
    p('Nooremraamatupidaja-asjaajaja ametijuhend', { style: 'Heading2' }),
    h('1. ÜLDSÄTTED'),
    lines(
      '1.1 nooremraamatupidaja - asjaajaja nimetab ametisse ja vabastab ametist vallavanem',
      '1.2 nooremraamatupidaja allub pearaamatupidajale, asjaajajana allub vallasekretärile',
      '1.3 nooremraamatupidaja - asjaajajale annavad tööülesandeid pearaamatupidaja ja vallasekretär',
      '1.4 nooremraamatupidaja - asjaajaja asendab vallasekretär',
    ),
    h('2. Ametikoha eesmärk'),
    p('Valla raamatupidamis- ja asjaajamistöö tegemine'),
    h('3. Ametiülesanded'),
    lines(
      '3.1 peab põhivara ja väikevahendite arvestust',
      '3.2 koostab maksekorraldused ja teeb pangaülekanded',
      '3.3 võtab elanikelt ja asutustelt vastu sularaha',
      '3.4 toob pangast sularaha ja viib selle panka',
      '3.5 peab kassasse laekunud ja kassast välja makstud raha täpset arvestust',
      '3.6 maksab sularahas välja palgad ja toetused ning teeb muud kassatehingud',
      '3.7 koostab kassaaruanded täpselt ja õigel ajal',
      '3.8 korraldab vallavalitsuse kirjavahetust ja posti',
      '3.9 vormistab vallavalitsuse ja volikogu kirjad, otsused, määrused ja korraldused',
      '3.10 vormistab volikogu istungite protokollid',
      '3.11 vormistab vallavanema käskkirjad ja muud vajalikud dokumendid',
      '3.12 teeb paljundustöid',
      '3.13 registreerib elanike elukoha muutused ja peab kaitseväekohustuslaste arvestust',
      '3.14 peab rahvastikuregistrit',
      '3.15 peab vallavalitsuse teenistujate tööajatabelit',
      '3.16 täidab vallavanema antud muid seadusest tulenevaid teenistusalaseid korraldusi',
    ),
    h('4. Vastutus'),
    lines(
      '4.1 vastutab kassaaruannete ja muude kassadokumentide õigsuse eest',
      '4.2 vastutab raha ja muude talle usaldatud vahendite säilimise eest',
      '4.3 vastutab ametiülesannete õigeaegse ja täpse täitmise ning ametialase teabe kaitsmise eest',
    ),
    h('5. Õigused'),
    lines(
      '5.1 saada vallavalitsuse teenistujatelt ülesannete täitmiseks vajalikke dokumente, õiendeid ja muid materjale',
      '5.2 nõuda tingimusi, mis on vajalikud tema vastutusel olevate materiaalsete väärtuste hoidmiseks',
      '5.3 saada tööks vajalikku täienduskoolitust',
    ),
    h('6.Kvalifikatsiooninõuded'),
    lines(
      '6.1 keskeriharidus raamatupidamise või asjaajamise erialal',
      '6.2 riigikeele oskus kesktasemel',
      '6.3 arvuti, raamatupidamisprogrammi ja kontoritehnika kasutamise oskus',
      '6.4 asjaajamist ja rahvastikuregistrit reguleerivate õigusaktide tundmine',
    ),
  ],
};
