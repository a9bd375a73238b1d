// Eesti Keele Instituut (the Institute of the Estonian Language, a state research and development institution):
// "TEADUSTÖÖTAJATE AMETIJUHEND", a page of the institute's old site that describes two research posts in one
// document. A one-line title; two parts named after the posts with typed numbers ("1. Vanemteadur", "2. Teadur");
// clauses "1.1." with a final dot, each a short paragraph of prose: what the post is for, what it leads and must
// publish in an election period, its teaching load, and who organises its work ("vahetuks töökorraldajaks on
// sektorijuhataja"). No part 1 of fields, no purpose heading, no rights, no substitute and no qualification
// requirements; one closing, unnumbered paragraph defines the size of a doctoral thesis used in the clauses.
// Seen in the source: the whole page (title, parts 1 and 2 with clauses 1.1–1.4 and 2.1–2.4, the closing paragraph).
// Nothing completed; the sentences are rewritten in our own words.
// Nothing planted.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('TEADUSTÖÖTAJATE AMETIJUHEND', { bold: true }),
    p(''),
    h('1. Vanemteadur'),
    p(
      '1.1. Vanemteadur on oma erialal tunnustatud teadlane, kelle peamine ülesanne on teha ja juhendada teadustööd ning tegeleda arendustööga (sealhulgas sõnaraamatute koostamisega).',
    ),
    p(
      '1.2. Vanemteadur juhib teadusteemat või uurimisprojekti või vastutab selle olulise osa täitmise eest. Ta vastutab uurimistöö korraldamise ja ülesannete täitmise eest ning võib juhendada teiste teadustööd. Valimisperioodi (kuni 5 aastat) jooksul avaldab ta artikleid vähemalt poolteise doktoritöö mahus. Tema töö tulemuslikkust näitab muu hulgas see, kas ta suudab teadustööks uurimistoetusi leida.',
    ),
    p(
      '1.3. Vanemteaduri tööülesannete hulka kuulub magistrantide ja doktorantide juhendamine ning oma eriala loengute pidamine. Temalt oodatakse õppetööd vähemalt 24 akadeemilist tundi kalendriaastas, magistri- ja doktoritööde juhendamine kaasa arvatud.',
    ),
    p('1.4. Vanemteaduri vahetu töökorraldaja on sektorijuhataja, kui töökorraldus ei näe ette teisiti.'),
    p(''),
    h('2. Teadur'),
    p('2.1. Teadur on teadustöötaja, kes osaleb teadusteema täitmises ja arendustöös.'),
    p('2.2. Valimisperioodi (kuni 5 aastat) jooksul avaldab ta artikleid vähemalt ühe doktoritöö mahus.'),
    p(
      '2.3. Teaduri ametikoht eeldab õppetöös osalemist: temalt oodatakse vähemalt 12 akadeemilist tundi õppetööd kalendriaastas, magistritööde juhendamine kaasa arvatud.',
    ),
    p('2.4. Teaduri vahetu töökorraldaja on sektorijuhataja, kui töökorraldus ei näe ette teisiti.'),
    p(''),
    p(
      'Doktoritöö maht = vähemalt kolm eelretsenseeritud teaduspublikatsiooni või üks rahvusvahelise levikuga teadusmonograafia. Kaks teadusartiklit võib asendada ühe sõnaraamatu peatoimetamisega.',
    ),
  ],
};
