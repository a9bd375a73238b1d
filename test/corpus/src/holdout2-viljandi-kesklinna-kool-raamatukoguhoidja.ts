// Viljandi Kesklinna Kool, 2005: the school librarian's job description, a web page of the school's site (page
// "Raamatukoguhoidja") marked "LISA 1" and approved by the director's directive nr 1.2/8 of 16.03.2005. The school's
// older form, unlike its cleaner's page already in the corpus: the page heading "Raamatukoguhoidja", then "LISA 1",
// the title line "VILJANDI Kesklinna Kooli RAAMATUKOGUHOIDJA AMETIJUHEND" (school name, position and "AMETIJUHEND"
// in one line, mixed case as published), an approval line "Kinnitatud dir.kk.nr. 1.2/8 16.03.2005", and
// "1. ÜLDSÄTTED" written as typed-number sentences: what the librarian follows (1.1 with sub-items 1.1.1–1.1.4, the
// last one the employment contract), who appoints (1.2), the required qualification as alternatives (1.3.1 "… või",
// 1.3.2), "1.4. Allub kooli direktorile." and the working time (1.5). No labels, no purpose, no substitute.
// Duties under "2. RAAMATUKOGUHOIDJA KOHUSTUSED" as typed "2.1."-items, short imperative sentences.
// Seen in the source: the page heading, "LISA 1", the title and approval lines, the whole of section 1 and the
// duties 2.1–2.4. Completed in the same form: the rest of section 2, "3. RAAMATUKOGUHOIDJA ÕIGUSED" and
// "4. RAAMATUKOGUHOIDJA VASTUTUS".
// Planted: the misspelling "informatiooni" (for "informatsiooni") in duty 2.8.
import { p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Raamatukoguhoidja', { style: 'Heading1' }),
    p(''),
    p('LISA 1'),
    p('VILJANDI Kesklinna Kooli RAAMATUKOGUHOIDJA AMETIJUHEND', { bold: true }),
    p('Kinnitatud dir.kk.nr. 1.2/8 16.03.2005'),
    H('1. ÜLDSÄTTED'),
    p('1.1. Raamatukoguhoidja lähtub oma töös Eesti Vabariigi seadustest ja muudest õigusaktidest, samuti:'),
    p('1.1.1. kooli direktori või tema asendaja käskkirjadest ning suulistest ja kirjalikest korraldustest;'),
    p('1.1.2. kooli põhimäärusest ja töösisekorra eeskirjast;'),
    p('1.1.3. käesolevast ametijuhendist;'),
    p('1.1.4. oma töölepingust.'),
    p('1.2. Raamatukoguhoidja võtab tööle kooli direktor.'),
    p('1.3. Nõutav kvalifikatsioon:'),
    p('1.3.1. kõrgharidus raamatukogunduse erialal või'),
    p('1.3.2. pedagoogiline kõrgharidus koos raamatukogunduse täienduskursuste läbimisega.'),
    p('1.4. Allub kooli direktorile.'),
    p('1.5. Tööaeg on 40 tundi nädalas.'),
    H('2. RAAMATUKOGUHOIDJA KOHUSTUSED'),
    p('2.1. Nõustab õpilasi ja õpetajaid lugemisvara valikul.'),
    p('2.2. Õpetab õpilasi raamatuid hoidma ja väärtustama.'),
    p('2.3. Toetab õpilaste lugemisharjumuse kujunemist.'),
    p('2.4. Täiendab raamatukogu kogusid õppekava vajadustest lähtudes, jälgib kirjastuste uudiskirjandust ning koostab õpikute ja ilukirjanduse tellimused.'),
    p('2.5. Võtab vastu uued teavikud, kannab need arvele ja kataloogib elektroonilisse kataloogi.'),
    p('2.6. Laenutab teavikuid, peab laenutuste ja külastuste arvestust ning nõuab tähtajaks tagastamata teavikud tagasi.'),
    p('2.7. Korraldab õpikute jagamise õppeaasta alguses ja nende kogumise õppeaasta lõpus.'),
    p('2.8. Annab õpilastele ja õpetajatele informatiooni raamatukogu teenuste ja uute teavikute kohta.'),
    p('2.9. Korraldab raamatukogus näitusi, lugemisüritusi ja raamatukogutunde.'),
    p('2.10. Kannab maha kulunud ja vananenud teavikud ning vormistab mahakandmise aktid.'),
    p('2.11. Hoiab raamatukogu ruumid ja riiulid korras ning tagab kogude säilimise.'),
    p('2.12. Koostab raamatukogu tööplaani ja õppeaasta tegevuse aruande.'),
    H('3. RAAMATUKOGUHOIDJA ÕIGUSED'),
    p('3.1. Saada kooli juhtkonnalt ja õpetajatelt tööks vajalikku teavet.'),
    p('3.2. Teha direktorile ettepanekuid raamatukogu töö paremaks korraldamiseks ja kogude täiendamiseks.'),
    p('3.3. Osaleda erialastel koolitustel ja raamatukoguhoidjate teabepäevadel.'),
    p('3.4. Kehtestada kokkuleppel direktoriga raamatukogu kasutamise eeskiri.'),
    H('4. RAAMATUKOGUHOIDJA VASTUTUS'),
    p('4.1. Vastutab käesolevas ametijuhendis nimetatud kohustuste täpse ja õigeaegse täitmise eest.'),
    p('4.2. Vastutab raamatukogu kogude ja inventari säilimise eest.'),
    p('4.3. Vastutab laenutus- ja arvestusdokumentide õigsuse eest.'),
  ],
};
