// EELK Usuteaduse Instituut (the Institute of Theology of the Estonian Evangelical Lutheran Church, a private
// institution of higher education): the job description of its academic staff, published as a page of the
// institute's site (in the English menu "Job description for academic staff (in Estonian)"). One document for
// all teaching and research staff, written as a regulation: a two-line centred title whose first line is the
// institute's name in the genitive ("EELK  USUTEADUSE INSTITUUDI", two spaces as published) and whose second is
// "AKADEEMILISE PERSONALI AMETIJUHEND"; parts with typed numbers ("1. Üldsätted"), clauses "1.1." with a final dot
// (one, "1.3", without it, as published), a bulleted list under 1.6. No part 1 of fields: no position of one
// person, no manager, no substitute; the qualification requirements are left to the institute's rules on
// electing academic staff (clause 1.2), not stated here.
// Seen in the source: the title, part 1 with clauses 1.1–1.6 and the six bullets of 1.6, the heading of part 2
// "Akadeemilise personali kohustused ja õigused" and the start of clause 2.1 (how an academic's workload is
// divided between tasks). Completed in the same regulation form: the rest of part 2 (duties 2.1–2.6, then the
// rights after "Akadeemilisel töötajal on õigus:") and a short part 3 on responsibility.
// Planted: a misspelling from the known list in a bullet of 1.6 ("organisatioonide").
import { LISTS, li, p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });
const bullet = (text: string) => li(text, 'bullets');

export const doc: CorpusDoc = {
  lists: { bullets: LISTS.bullet },
  body: [
    p('EELK  USUTEADUSE INSTITUUDI', { bold: true, align: 'center' }),
    p('AKADEEMILISE PERSONALI AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    h('1. Üldsätted'),
    p('1.1. Instituudi akadeemiline personal koosneb õppejõududest ja teadustöötajatest.'),
    p(
      '1.2. Õppejõududele ja teadustöötajatele seatud nõuded ja nende töö eesmärk tulenevad kõrgharidusstandardist, ülikooliseadusest, rakenduskõrgkooli seadusest, teadus- ja arendustegevuse korralduse seadusest, EELK Usuteaduse Instituudi (edaspidi: instituut) põhikirjast, õppekorralduseeskirjast ja arengukavast ning instituudi akadeemilistele ametikohtadele valimise eeskirjast.',
    ),
    p('1.3 Akadeemilise personali põhiülesanded on õppetöö ja õppemetoodiline töö ning teadus- ja arendustegevus.'),
    p(
      '1.4. Õppetöö hõlmab auditoorset tööd (loengud ja seminarid), konsultatsioone ja iseseisva töö juhendamist, praktika korraldamist ja juhendamist, üliõpilaste töö jooksvat ja lõplikku hindamist, eksamite korraldamist, suulist ja kirjalikku tagasisidet ning nende tegevuste dokumenteerimist; samuti seminaritööde ja kõigi tasemete lõputööde juhendamist, retsenseerimist ja oponeerimist.',
    ),
    p(
      '1.5. Õppemetoodiline töö hõlmab auditoorse töö ettevalmistamist, e-õppe materjalide, õppevahendite, õppimisjuhendite ja abimaterjalide koostamist ning õppekavade arendamises osalemist.',
    ),
    p('1.6. Teadus- ja arendustegevus on:'),
    bullet('alus- või rakendusuuringute tegemine;'),
    bullet('uurimistulemuste avaldamine ettekannete ja erialaste publikatsioonidena ning oma ala tutvustamine;'),
    bullet('teadustoetuste taotlemine ja toetatud projektide elluviimine;'),
    bullet('osalemine koostööprojektides;'),
    bullet('osalemine erialaste organisatioonide, ajakirjade ja kogumike toimetamise töös;'),
    bullet('osalemine konverentsidel.'),
    p(''),
    h('2. Akadeemilise personali kohustused ja õigused'),
    p(
      '2.1. Õppejõu või teadustöötaja koormus jaguneb õppetöö, õppemetoodilise töö ning teadus- ja arendustegevuse vahel vastavalt tema ametikohale ja kokkuleppele akadeemilise üksuse juhiga.',
    ),
    p('2.2. Akadeemiline töötaja viib läbi talle määratud õppeaineid ainekava ja tunniplaani järgi ning hoiab ainekavad ajakohasena.'),
    p('2.3. Akadeemiline töötaja juhendab üliõpilaste iseseisvat tööd, praktikat ja lõputöid ning hindab üliõpilaste tööd õigeaegselt ja põhjendatult.'),
    p('2.4. Akadeemiline töötaja tegeleb oma erialal teadus- ja arendustööga ning avaldab selle tulemusi.'),
    p('2.5. Akadeemiline töötaja osaleb instituudi nõukogude, komisjonide ja töörühmade töös ning õppekavade arendamises.'),
    p('2.6. Akadeemiline töötaja täiendab end erialaselt ja pedagoogiliselt ning järgib instituudi õigusakte ja akadeemilise eetika põhimõtteid.'),
    p('2.7. Akadeemilisel töötajal on õigus:'),
    bullet('valida õppe- ja teadustöös kasutatavaid meetodeid akadeemilise vabaduse põhimõttel;'),
    bullet('kasutada instituudi raamatukogu, ruume ja töövahendeid oma tööülesannete täitmiseks;'),
    bullet('saada instituudilt tööks vajalikku teavet ning teha ettepanekuid õppe- ja teadustöö korraldamiseks;'),
    bullet('osaleda täienduskoolitustel ja taotleda loomepuhkust instituudi eeskirjades sätestatud korras.'),
    p(''),
    h('3. Vastutus'),
    p(
      '3.1. Akadeemiline töötaja vastutab oma ülesannete õigeaegse ja nõuetekohase täitmise, talle usaldatud vara heaperemeheliku kasutamise ning tööga seoses teatavaks saanud isikuandmete ja muu konfidentsiaalse teabe hoidmise eest.',
    ),
  ],
};
