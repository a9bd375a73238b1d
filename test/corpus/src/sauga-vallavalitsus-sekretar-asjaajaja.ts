// Sauga Vallavalitsus (a rural municipality, since 2017 part of Pärnu linn): the kantselei's
// sekretär-asjaajaja, a junior official (nooremametnik), published as a web page among the
// municipality's "Ametijuhendid". Page heading "Sekretär-asjaajaja ametijuhend", no part-1 labels:
// part 1 is five typed sentences "1.1 …" (numbers without a final dot) that state the subordination
// and the substitutes in prose. The duties repeat two typed numbers (3.2 twice, 3.7 twice) exactly as
// published. The source also writes "ō" for "õ" in some words; kept in a few body words.
// Seen in the source: the heading, 1. Üldosa (1.1–1.5), 2. Ametikoha eesmärk, 3. Teenistuskohustused
// up to 3.11. Completed in the common form of such municipal job descriptions of the time: 3.12–3.13,
// "4. Õigused ja vastutus" and "5. Kvalifikatsiooninõuded".
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Sekretär-asjaajaja ametijuhend', { style: 'Heading1' }),
    p(''),
    h('1. Üldosa'),
    p('1.1 Sekretär-asjaajaja on vallavalitsuse kantselei koosseisus olev nooremametnik ja allub vallasekretärile.'),
    p('1.2 Sekretär - asjaajaja nimetab ametisse ja vabastab teenistusest vallavanem vallasekretäri ettepanekul.'),
    p('1.3 Sekretär-asjaajajale kehtivad avaliku teenistuse seaduses kohaliku omavalitsuse ametnikule sätestatud ōigused ja kohustused.'),
    p('1.4 Sekretär-asjaajaja asendab registripidajat.'),
    p('1.5 Sekretär - asjaajajat asendab registripidaja.'),
    p(''),
    h('2. Ametikoha eesmärk'),
    p('Vallavalitsuse kantselei asjaajamise ja tehnilise teenindamise korraldamine.'),
    p(''),
    h('3. Teenistuskohustused'),
    p('3.1 Vallavalitsusele ja volikogule saabuvate dokumentide vastuvōtt, registreerimine ning täitjatele edastamine vallavanema resolutsiooni järgi; vastamise tähtaegade jälgimine.'),
    p('3.2 Dokumendihaldusprogrammi (Amphora) kannete tegemine ja dokumendiregistri korrashoid'),
    p('3.2 Väljaminevate kirjade ja saadetiste postitamine.'),
    p('3.3 Vallavanema ja volikogu esimehe juurde tulijate vastuvōtu korraldamine ning telefonisuhtlus.'),
    p('3.4 Kōnede suunamine ning helistajatele ja külastajatele teabe andmine vallavalitsuse töökorralduse, vastuvōtuaegade ja ülesannete jaotuse kohta.'),
    p('3.5 Vallavalitsuse ja volikogu kirjade vormistamine, paljundamine ja adressaatidele saatmine.'),
    p('3.6 Vallavanema käskkirjade vormistamine, lähetus- ja õppepuhkuse käskkirjade koostamine'),
    p('3.7 Vallavalitsuse üldaadressile saabuvate e-kirjade edastamine asjaosalistele ja vastamise tähtaegade jälgimine'),
    p('3.7 Vallavalitsuse koosolekute protokollimine vajaduse korral'),
    p('3.8 Volikogu istungite tehniline ettevalmistamine (eelnõude paljundamine ja väljasaatmine, istungi protokollimine, otsuste ja määruste vormistamine ning asjaosalistele saatmine)'),
    p('3.9 Sekretär-asjaajaja hoole all olevate toimikute pidamine'),
    p('3.10 Vallalehele lühiülevaate kirjutamine volikogu istungil vastu võetud otsustest'),
    p('3.11 Valla kodulehel uudiste ning volikogu ja vallavalitsuse vastu võetud õigusaktide avaldamine'),
    p('3.12 Lõpetatud toimikute korrastamine ja üleandmine valla arhiivi'),
    p('3.13 Vallavanema ja vallasekretäri antud muude ühekordsete teenistusülesannete täitmine'),
    p(''),
    h('4. Õigused ja vastutus'),
    p('4.1 Sekretär-asjaajajal on õigus saada vallavalitsuse teistelt teenistujatelt teenistuskohustuste täitmiseks vajalikku teavet ja dokumente.'),
    p('4.2 Sekretär-asjaajajal on õigus teha vallasekretärile ettepanekuid asjaajamise paremaks korraldamiseks.'),
    p('4.3 Sekretär-asjaajajal on õigus osaleda oma töövaldkonna koolitustel.'),
    p('4.4 Sekretär-asjaajaja vastutab teenistuskohustuste õigeaegse ja nõuetekohase täitmise eest.'),
    p('4.5 Sekretär-asjaajaja vastutab talle teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise ning talle antud vara säilimise eest.'),
    p(''),
    h('5. Kvalifikatsiooninõuded'),
    p('5.1 Vähemalt keskharidus ja asjaajamisalane ettevalmistus.'),
    p('5.2 Eesti keele oskus kõrgtasemel.'),
    p('5.3 Arvuti kasutamise oskus (tekstitöötlus, e-post, dokumendihaldusprogramm).'),
    p('5.4 Asjaajamist ja avalikku teavet reguleerivate õigusaktide tundmine.'),
  ],
};
