// Valga Linnavalitsus, 2007: the sotsiaalabiamet's laste hoolekande spetsialist, approved by the
// mayor's directive. A KINNITATUD block on the right, a three-line centred title whose last word is
// typed letter-spaced ("a m e t i j u h e n d"), part 1 as typed "1.1. Label: value" lines
// (Ametikoht, Struktuuriüksus, Alluvus, Asendamine), duties numbered to three levels (3.1.1.),
// the purpose under "Ametikoha põhieesmärk" and the duties under "Põhieesmärgist tulenevad
// konkreetsed tööülesanded".
// Seen in the source: the approval block, the title, part 1, the purpose and duties 3.1 (3.1.1–3.1.5)
// and the start of 3.2. Completed in the common form: the rest of 3.2, 3.3, "4. Õigused"
// (worded "Töötajal on õigus", following the seen "töötajat asendab"), "5. Vastutus",
// "6. Nõuded ametikohale" and the acquaintance lines.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD', { align: 'right' }),
    p('Valga linnapea 02.04.2007', { align: 'right' }),
    p('käskkirjaga nr 26', { align: 'right' }),
    p(''),
    p('Valga Linnavalitsuse sotsiaalabiameti', { bold: true, align: 'center' }),
    p('laste hoolekande spetsialisti', { bold: true, align: 'center' }),
    p('a m e t i j u h e n d', { bold: true, align: 'center' }),
    p(''),
    h('1. Üldosa'),
    p('1.1. Ametikoht: laste hoolekande spetsialist'),
    p('1.2. Struktuuriüksus: sotsiaalabiamet'),
    p('1.3. Alluvus: allub sotsiaalabiameti juhatajale, vahetult alluvaid ei ole'),
    p('1.4. Asendamine: töötajat asendab tema äraolekul sotsiaalabiameti lastekaitsespetsialist'),
    p(''),
    h('2. Ametikoha põhieesmärk'),
    p('Ametikoha põhieesmärk on aidata toimetulekuraskustes lastega peresid sotsiaaltöö meetoditega (nõustamine, kodukülastused, juhtumikorraldus), et lapse heaolu ja turvalisus oleksid tagatud.'),
    p(''),
    h('3. Põhieesmärgist tulenevad konkreetsed tööülesanded'),
    p('3.1. Töö toimetulekuraskustes ja probleemsete lastega peredega. Kui kogukonnast või võrgustikust tuleb teade, et lapse kasvatamises, hooldamises või järelevalves on probleeme:'),
    p('3.1.1. saabunud teabe kirjalik fikseerimine;'),
    p('3.1.2. pere kohta taustateabe kogumine ameti teistelt spetsialistidelt, võrgustikust ja kogukonnast ning selle dokumenteerimine;'),
    p('3.1.3. kodukülastused koos ameti spetsialistide, lastekaitsespetsialisti, sotsiaalpedagoogide, politsei või teiste võrgustiku liikmetega ning külastuste dokumenteerimine;'),
    p('3.1.4. pere nõustamine ja juhendamine toetuste, avalike teenuste ja sotsiaalteenuste kasutamisel;'),
    p('3.1.5. ettepanekute tegemine lastekaitsespetsialistile, ameti spetsialistidele ja teistele võrgustiku liikmetele pere toimetuleku, lapse heaolu ja turvalisuse ning lapse õppe või päevahoiu korraldamiseks.'),
    p('3.2. Lastekaitsespetsialisti juhendamisel tehtav individuaalne töö peredega pere jaoks seatud eesmärkide ja tegevusplaani järgi. Sellesse kuulub:'),
    p('3.2.1. kodukülastused, mille käigus jälgitakse tegevusplaani täitmist ja pere olukorra muutumist;'),
    p('3.2.2. vanemate juhendamine lapse hooldamisel, kasvatamisel ja igapäevaelu korraldamisel;'),
    p('3.2.3. pere olukorra ja tegevusplaani täitmise kohta lastekaitsespetsialistile ülevaate andmine.'),
    p('3.3. Dokumentatsiooni pidamine:'),
    p('3.3.1. perede toimikute ja kodukülastuste kirjete pidamine;'),
    p('3.3.2. sotsiaalabiameti juhataja nõudmisel tööaruannete koostamine.'),
    p('3.4. Sotsiaalabiameti juhataja antud muude ühekordsete tööülesannete täitmine.'),
    p(''),
    h('4. Õigused'),
    p('Töötajal on õigus:'),
    p('4.1. saada linnavalitsuse teistelt struktuuriüksustelt ja linna asutustelt tööülesannete täitmiseks vajalikku teavet;'),
    p('4.2. teha sotsiaalabiameti juhatajale ettepanekuid töö paremaks korraldamiseks;'),
    p('4.3. saada tööks vajalikku täiendkoolitust ja supervisiooni;'),
    p('4.4. kasutada tööülesannete täitmiseks ameti töövahendeid ja transporti.'),
    p(''),
    h('5. Vastutus'),
    p('Töötaja vastutab:'),
    p('5.1. tööülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    p('5.2. tööülesannete täitmisel teatavaks saanud isikuandmete ja delikaatsete andmete hoidmise eest;'),
    p('5.3. talle kasutada antud vara säilimise eest.'),
    p(''),
    h('6. Nõuded ametikohale'),
    p('6.1. Haridus: sotsiaaltöö- või pedagoogiline kõrgharidus.'),
    p('6.2. Töökogemus: soovitavalt kogemus töös laste ja peredega.'),
    p('6.3. Keeleoskus: eesti keel kõrgtasemel, vene keel suhtlustasandil.'),
    p('6.4. Arvutioskus: tekstitöötlus, e-post ja linna andmebaaside kasutamine.'),
    p(''),
    p('Ametijuhendiga tutvunud:'),
    p('Töötaja: ______________________'),
    p('Kuupäev: ______________________'),
  ],
};
