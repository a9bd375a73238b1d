// Surju Vallavalitsus (a rural municipality in Pärnumaa, merged into Häädemeeste vald in 2017):
// sotsiaalnõunik, an official, published as a web page under "Vallaametnike ametijuhendid".
// Layout as published: no part-1 labels; each section's items are typed "1.1 …" (no final dot),
// start in lower case and are separated by LINE BREAKS inside one paragraph, not by paragraphs
// (section 3 is split in two paragraphs after 3.6, as on the page). Section 6's heading has no space
// after its number ("6.Kvalifikatsiooninõuded"), as in the municipality's other job descriptions.
// Seen in the source: 1. Üldsätted (1.1–1.4), 2. Ametikoha eesmärk, 3. Ametiülesanded up to 3.16;
// the headings and form of 4. Vastutus, 5. Õigused and 6.Kvalifikatsiooninõuded were seen in the
// same municipality's nooremraamatupidaja-asjaajaja and pearaamatupidaja job descriptions.
// Completed: the end of 3.16, duties 3.17–3.18 and the items of sections 4–6.
// Planted: the known misspelling "omavalistuse" in the purpose.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const lines = (...items: string[]) => p(items.join(' \n'));

export const doc: CorpusDoc = {
  body: [
    p('Sotsiaalnõuniku ametijuhend', { style: 'Heading2' }),
    h('1. Üldsätted'),
    lines(
      '1.1 sotsiaalnõuniku nimetab ametisse ja vabastab ametist vallavanem',
      '1.2 sotsiaalnõunikule annab tööülesandeid vallavanem',
      '1.3 sotsiaalnõunikule alluvad valla sotsiaalhooldustöötajad',
      '1.4 sotsiaalnõunikku asendab tema puhkuse ajal vallasekretär',
    ),
    h('2. Ametikoha eesmärk'),
    p('Valla sotsiaalhoolekande korraldamine sotsiaalhoolekande seaduse ja kohaliku omavalistuse õigusaktide kohaselt'),
    h('3. Ametiülesanded'),
    lines(
      '3.1 koostab valla arengukava sotsiaalhoolekande osa',
      '3.2 peab arvestust vallas elavate puuetega inimeste, eakate, töötute, lasterikaste perede ja teiste sotsiaalabi või hooldust vajavate inimeste kohta',
      '3.3 arvutab ja määrab toimetulekutoetust',
      '3.4 võtab vastu elanikke sotsiaalabi ja hoolduse küsimustes',
      '3.5 annab teavet pensionide ja riiklike toetuste taotlemise korra kohta',
      '3.6 aitab elanikel vormistada sotsiaalabi ja toetuste saamiseks vajalikke dokumente',
    ),
    lines(
      '3.7 esitab oma arvamuse vähekindlustatud isikutele ja peredele toetuste määramiseks',
      '3.8 korraldab eakatele ja puuetega inimestele küttepuude hankimise, veo ja ettevalmistamise',
      '3.9 teeb vallavanemale ettepanekuid sotsiaalhooldustöötajate töölevõtmiseks, asendamiseks ja töölt vabastamiseks',
      '3.10 korraldab sotsiaalhooldustöötajate koolitust ja määrab nende tööpiirkonnad',
      '3.11 valmistab kooskõlastatult vallasekretäriga ette sotsiaalküsimuste eelnõud volikogule ning teeb volikogule ja vallavalitsusele ettepanekuid valdkonna töö parandamiseks',
      '3.12 abistab volikogu sotsiaalkomisjoni töö korraldamisel',
      '3.13 esitab asjaomastele asutustele tähtaegselt aruanded, taotlused ja õiendid',
      '3.14 valmistab kooskõlastatult vallasekretäriga ette kohtule esitatavad materjalid eestkoste seadmiseks',
      '3.15 korraldab päevakeskuse tegevust',
      '3.16 abistab hooldust vajavaid inimesi hoolekandeasutusse paigutamisel',
      '3.17 teeb koostööd kooli, perearsti, politsei ja teiste asutustega abivajajate toetamisel',
      '3.18 täidab vallavanema antud muid teenistusalaseid korraldusi, mis tulenevad seadusest',
    ),
    h('4. Vastutus'),
    lines(
      '4.1 vastutab toetuste arvestamise ja määramiseks esitatud andmete õigsuse eest',
      '4.2 vastutab ametiülesannete õigeaegse ja täpse täitmise eest',
      '4.3 vastutab teenistuse käigus teatavaks saanud isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest',
    ),
    h('5. Õigused'),
    lines(
      '5.1 saada vallavalitsuse teenistujatelt ja valla asutustelt ametiülesannete täitmiseks vajalikke dokumente ja andmeid',
      '5.2 teha vallavanemale ettepanekuid sotsiaalhoolekande paremaks korraldamiseks',
      '5.3 saada tööks vajalikku täienduskoolitust',
    ),
    h('6.Kvalifikatsiooninõuded'),
    lines(
      '6.1 kõrgharidus sotsiaaltöö erialal',
      '6.2 riigikeele oskus kõrgtasemel',
      '6.3 arvuti kasutamise oskus',
      '6.4 sotsiaalhoolekannet ja kohalikku omavalitsust reguleerivate õigusaktide tundmine',
    ),
  ],
};
