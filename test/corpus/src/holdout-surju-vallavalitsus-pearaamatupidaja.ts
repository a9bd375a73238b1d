// Surju Vallavalitsus (a rural municipality in Pärnumaa, merged into Häädemeeste vald in 2017): the chief
// accountant (pearaamatupidaja), an official, published as a web page under "Vallaametnike ametijuhendid". The
// municipality's form: the page heading "Pearaamatupidaja ametijuhend", section headings in capitals with typed
// numbers ("1. ÜLDSÄTTED"), and each section's items typed "1.1 …" (no final dot) in lower case, separated by line
// breaks inside one paragraph. No part-1 labels: appointment, manager, subordinate and both substitutes are five
// sentences under ÜLDSÄTTED. Duty 3.6 opens a bracket it never closes, as published.
// Seen in the source: 1. ÜLDSÄTTED (1.1–1.5), 2. AMETIKOHA EESMÄRK, 3. AMETIÜLESANDED (3.1–3.15) and 4. VASTUTUS up
// to 4.5. Completed in the municipality's form (seen in its sotsiaalnõunik job description): the rights and the
// qualification requirements, the latter heading without a space after its number.
// Planted: the whole responsibility section ("4. VASTUTUS") is removed and the later sections renumbered
// ("4. ÕIGUSED", "5.KVALIFIKATSIOONINÕUDED"), so nothing is said about responsibility.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const lines = (...items: string[]) => p(items.join(' \n'));

export const doc: CorpusDoc = {
  body: [
    p('Pearaamatupidaja ametijuhend', { style: 'Heading2' }),
    h('1. ÜLDSÄTTED'),
    lines(
      '1.1 pearaamatupidaja nimetab ametisse ja vabastab ametist vallavanem',
      '1.2 pearaamatupidajale annab tööülesanded ja kontrollib nende täitmist vallavanem',
      '1.3 pearaamatupidajale allub nooremraamatupidaja',
      '1.4 pearaamatupidajat asendab nooremraamatupidaja',
      '1.5 pearaamatupidaja asendab nooremraamatupidajat',
    ),
    h('2. AMETIKOHA EESMÄRK'),
    p('Vallavalitsuse ja valla hallatavate asutuste raamatupidamise korraldamine raamatupidamise seaduse ja Vabariigi Valitsuse määruste kohaselt'),
    h('3. AMETIÜLESANDED'),
    lines(
      '3.1 viseerib rahaliste kohustustega seotud dokumendid',
      '3.2 korraldab valla raamatupidamist',
      '3.3 kontrollib eelarve täitmist ja koostab selle kohta aruande',
      '3.4 jälgib tulude laekumist eelarvesse',
      '3.5 arvestab kassapõhised ja tegelikud kulud hallatavate asutuste kaupa',
      '3.6 koostab ja esitab raamatupidamise aruanded (kuu-, kvartali- ja aastaaruanded ning maksudeklaratsioonid',
      '3.7 koostab ja esitab statistikaaruanded',
      '3.8 peab arveldusi deebitoride ja kreeditoridega',
      '3.9 tagab töötasude õigeaegse maksmise ja maksude ülekandmise',
      '3.10 korraldab varade arvestuse, ümberhindamise ja inventuurid',
      '3.11 teeb ettepanekuid oma valdkonna teenistujate valikul',
      '3.12 jagab oma valdkonna teavet volikogu ja komisjonide liikmetele ning vallavalitsuse teenistujatele',
      '3.13 teeb ettepanekuid oma valdkonna töö paremaks korraldamiseks',
      '3.14 töötab välja raamatupidamise sise-eeskirja ja esitab selle kooskõlastatult vallavanemaga kinnitamiseks',
      '3.15 täidab vallavanema antud muid seadusest tulenevaid teenistusalaseid korraldusi',
    ),
    h('4. ÕIGUSED'),
    lines(
      '4.1 saada vallavalitsuse teenistujatelt ja valla asutustelt raamatupidamiseks vajalikke dokumente ja andmeid',
      '4.2 tagastada vormistamata või nõuetele mittevastavad kuludokumendid nende koostajale',
      '4.3 teha vallavanemale ettepanekuid finantsarvestuse paremaks korraldamiseks',
      '4.4 saada tööks vajalikku täienduskoolitust',
    ),
    h('5.KVALIFIKATSIOONINÕUDED'),
    lines(
      '5.1 kõrgharidus majanduse või raamatupidamise erialal',
      '5.2 riigikeele oskus kõrgtasemel',
      '5.3 raamatupidamisprogrammide ja arvuti kasutamise oskus',
      '5.4 raamatupidamist, eelarvet ja kohalikku omavalitsust reguleerivate õigusaktide tundmine',
    ),
  ],
};
