// Tartu Ülikool, 2001: an "ametikirjeldus" in the form set by the rector's directive of 23.04.2001
// nr 14 ("Ametikirjelduse koostamise kord"): a document belonging to a non-academic employee's
// employment contract, in five parts — üldosa, tööülesanded, töö tulemuslikkuse näitajad, õigused,
// kohustused — signed by the employee and the work's immediate organiser and approved by the
// employer's authorised representative. Unit lines above the title; typed numbers throughout;
// part 1 as "1.1. Label: value" lines; the requirements ("Tööülesannete täitmiseks vajalikud
// eeldused") as a part-1 item with typed sub-items; Estonian at "kõrgtase"; an extra section of
// performance indicators; no section called "Vastutus": responsibility is worded inside "Kohustused".
// Seen in the source (the directive and its procedure, published on the institute's public pages):
// the five parts and their order, that part 1 gives the title, the kind of post and the pay grade,
// that the document states the prerequisites, and the signing and approval rule. Completed in the
// university's later form (same field names: töö vahetu korraldaja, asendamine, töö eesmärk): the
// remaining part-1 items and all body text.
import { p, type CorpusDoc } from '../lib/docx-builder';

const h = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Töölepingu lisa', { align: 'right' }),
    p('TARTU ÜLIKOOL', { bold: true }),
    p('Füüsika-keemiateaduskond'),
    p('Keskkonnafüüsika instituut'),
    p(''),
    p('AMETIKIRJELDUS', { bold: true, align: 'center' }),
    p(''),
    h('1. Üldosa'),
    p('1.1. Ametinimetus: insener'),
    p('1.2. Ametikoha liik: tugipersonal'),
    p('1.3. Palgaaste: 9'),
    p('1.4. Struktuuriüksus: keskkonnafüüsika instituut'),
    p('1.5. Töö vahetu korraldaja: instituudi juhataja'),
    p('1.6. Asendaja: instituudi vanemlaborant'),
    p('1.7. Asendatav: instituudi vanemlaborant'),
    p('1.8. Tööülesannete täitmiseks vajalikud eeldused:'),
    p('1.8.1. haridus: kõrgharidus füüsika, elektroonika või tehnika erialal;'),
    p('1.8.2. keeleoskus: eesti keele oskus kõrgtasemel, inglise keele oskus erialase kirjanduse lugemiseks;'),
    p('1.8.3. oskused: mõõteseadmete ja andmesalvestite käsitsemise ning andmetöötlustarkvara kasutamise oskus;'),
    p('1.8.4. isikuomadused: täpsus, iseseisvus ja valmisolek välitöödeks.'),
    p('1.9. Töö eesmärk: tagada instituudi aeroelektriliste ja meteoroloogiliste mõõtmiste katkematu toimimine ning mõõteandmete kvaliteet õppe- ja teadustöö tarbeks.'),
    p(''),
    h('2. Tööülesanded'),
    p('2.1. Hooldab ja kalibreerib õhuioonide ja aerosooli mõõteseadmeid ning parandab nende väiksemaid rikkeid.'),
    p('2.2. Paigaldab välimõõtejaamade seadmed ja kontrollib nende tööd kokkulepitud ajakava järgi.'),
    p('2.3. Kogub mõõteandmed, kontrollib nende terviklikkust ja kannab need instituudi andmearhiivi.'),
    p('2.4. Valmistab ette praktikumide katseseadmed ja juhendab üliõpilasi seadmete kasutamisel.'),
    p('2.5. Peab arvestust instituudi seadmete ja tarvikute üle ning teeb ettepanekuid nende hankimiseks.'),
    p(''),
    h('3. Töö tulemuslikkuse näitajad'),
    p('3.1. Mõõtmiste katkestused on lühikesed ja nende põhjused on kirja pandud.'),
    p('3.2. Andmearhiiv on täielik ja kuu andmed on arhiivis järgmise kuu esimesel nädalal.'),
    p('3.3. Praktikumide seadmed on õppetöö alguseks töökorras.'),
    p(''),
    h('4. Õigused'),
    p('4.1. Saada tööks vajalikku teavet instituudi ja ülikooli teistelt töötajatelt.'),
    p('4.2. Kasutada tööülesannete täitmiseks instituudi seadmeid, töökoda ja transporti.'),
    p('4.3. Teha töö vahetule korraldajale ettepanekuid mõõtmiste ja töökorralduse parandamiseks.'),
    p('4.4. Osaleda erialastel täienduskoolitustel.'),
    p(''),
    h('5. Kohustused'),
    p('5.1. Täita tööülesandeid õigeaegselt ja hoolikalt ning järgida ülikooli töökorralduse reegleid.'),
    p('5.2. Vastutada tema kasutusse antud seadmete ja materjalide säilimise ning sihipärase kasutamise eest.'),
    p('5.3. Järgida töö- ja elektriohutuse nõudeid ning juhendada nende järgimisel üliõpilasi.'),
    p('5.4. Hoida tööga seoses teatavaks saanud konfidentsiaalset teavet.'),
    p(''),
    p('Töötaja\t____________________\t(allkiri)'),
    p('Töö vahetu korraldaja\t____________________\t(allkiri)'),
    p('Kooskõlastatud\t____________________\t(tööandja volitatud esindaja)'),
  ],
};
