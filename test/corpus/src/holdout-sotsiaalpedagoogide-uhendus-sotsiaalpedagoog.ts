// Eesti Sotsiaalpedagoogide Ühendus (ESPÜ, the professional association of social pedagogues): a recommended
// ("soovituslik") job description of a social pedagogue working in an educational institution, published as the
// page "Ametijuhend" of the association's site. A model text, not one employer's: the page title "Ametijuhend", an
// unheaded introduction (the text follows the occupational standard, is a recommendation, and the parties may agree
// on changes), an unnumbered heading "Üldpõhimõtted" whose paragraph states the aim of the work, then numbered
// sections "1. Sotsiaalpedagoogi tööülesanded" with items typed "1.1" (no final dot) that start in lower case.
// There is no part 1: no position field, no manager, no substitute.
// Seen in the source: the introduction, Üldpõhimõtted and tasks 1.1–1.6. Completed in the same form: tasks
// 1.7–1.10, "2. Sotsiaalpedagoogi õigused", "3. Sotsiaalpedagoogi kohustused ja vastutus" and
// "4. Nõuded sotsiaalpedagoogile".
// Nothing planted: the missing manager and substitute are the model's.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Ametijuhend', { style: 'Heading1' }),
    p('Ametijuhend järgib sotsiaalpedagoogi kutsestandardit ja kehtivaid õigusakte. See kirjeldab haridusasutuses töötava sotsiaalpedagoogi ülesandeid, õigusi ja kohustusi ning on mõeldud soovituseks. Pooled võivad ametijuhendit omavahelisel kokkuleppel muuta.'),
    p(''),
    h('Üldpõhimõtted'),
    p('Sotsiaalpedagoogi töö eesmärgiks on hinnata õpilase sotsiaalseid oskusi ja välja selgitada, mis takistab tal eakohaselt toime tulla, ning toetada õpilase suhtlemisoskuse ja sotsiaalse pädevuse arengut. Sotsiaalpedagoog kaardistab koolis ilmnevaid sotsiaalseid ja koolikohustuse täitmist takistavaid probleeme ning koordineerib nende ennetamist ja lahendamist. Tema töö keskmes on inimesed: töö koosneb klienditööst, iseseisvast tööst, koostööst teiste spetsialistidega ja enesetäiendamisest.'),
    p(''),
    h('1. Sotsiaalpedagoogi tööülesanded'),
    p('1.1 kavandab, korraldab, viib ellu ja analüüsib haridusasutuse sotsiaalpedagoogilist tegevust, tehes tihedat koostööd lastevanemate (eestkostjate) ja haridustöötajatega ning kaasates vajaduse korral koolivälised spetsialistid.'),
    p('1.2 märkab abi vajavat last, selgitab välja tema olukorra ja teeb esmase sotsiaalpedagoogilise hindamise, et leida lapse lähikeskkonna ressursid ja sobiv sekkumine.'),
    p('1.3 aitab lapsel oma käitumist mõtestada ning õpetab ja julgustab teda kasutama sotsiaalseid oskusi toetavaid strateegiaid.'),
    p('1.4 nõustab lapsevanemaid lapse sotsiaalse arengu küsimustes, selgitab, mis takistab lapse eakohast toimetulekut, aitab leida sobivaid kasvatusviise ning jagab teavet haridusasutuseväliste abi- ja nõustamisvõimaluste kohta.'),
    p('1.5 nõustab haridusasutuse töötajaid ja juhtkonda turvalise ning laste heaolu toetava õpikeskkonna kujundamisel ja koordineerib ennetus- ja lahendustegevusi.'),
    p('1.6 teeb koostööd teiste tugispetsialistidega ning osaleb lapse arengu toetamiseks moodustatud võrgustikus.'),
    p('1.7 jälgib koolikohustuse täitmist, selgitab koos klassijuhatajaga välja puudumiste põhjused ja teeb ettepanekuid nende kõrvaldamiseks.'),
    p('1.8 osaleb õpilase individuaalse arengu jälgimise kaardi ja tugimeetmete kavandamisel ning nende tulemuslikkuse hindamisel.'),
    p('1.9 dokumenteerib oma töö ja säilitab juhtumite andmed vastavalt isikuandmete kaitse nõuetele.'),
    p('1.10 annab haridusasutuse juhtkonnale õppeaasta lõpus ülevaate oma tegevusest ja teeb ettepanekuid järgmiseks õppeaastaks.'),
    p(''),
    h('2. Sotsiaalpedagoogi õigused'),
    p('2.1 saada haridusasutuse töötajatelt tööks vajalikku teavet ja kaasata neid juhtumite lahendamisse.'),
    p('2.2 saada tööks vajalikud ruumid, mis võimaldavad konfidentsiaalset nõustamist, ning vajalikud töövahendid.'),
    p('2.3 osaleda supervisioonil ja erialastel täienduskoolitustel.'),
    p('2.4 teha haridusasutuse juhtkonnale ettepanekuid õpikeskkonna ja tugiteenuste parendamiseks.'),
    p(''),
    h('3. Sotsiaalpedagoogi kohustused ja vastutus'),
    p('3.1 järgib oma töös sotsiaalpedagoogi eetikakoodeksit ja õigusaktide nõudeid.'),
    p('3.2 vastutab talle teatavaks saanud isikuandmete ja muu konfidentsiaalse teabe hoidmise eest.'),
    p('3.3 vastutab tööülesannete kvaliteetse ja õigeaegse täitmise ning oma töö dokumenteerimise õigsuse eest.'),
    p(''),
    h('4. Nõuded sotsiaalpedagoogile'),
    p('4.1 haridus: sotsiaalpedagoogika, sotsiaaltöö või sellega võrdsustatud kõrgharidus.'),
    p('4.2 eesti keele oskus C1-tasemel.'),
    p('4.3 hea suhtlemis- ja koostööoskus, empaatiavõime ja pingetaluvus.'),
  ],
};
