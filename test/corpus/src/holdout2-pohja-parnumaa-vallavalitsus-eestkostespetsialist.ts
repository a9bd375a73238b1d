// Põhja-Pärnumaa Vallavalitsus, 2024: the guardianship specialist's job description, approved by the rural
// municipality mayor's directive nr 15-3/28 (04.09.2024) and published as an attachment to the municipality's reply
// letter to Sotsiaalkindlustusamet (register entry 2-10/3556-2, 12.02.2026). A municipal official's form: three
// approval lines at the right ("Kinnitatud" / "Põhja-Pärnumaa vallavanema" / "… käskkirjaga nr …"), the title
// "EESTKOSTESPETSIALISTI AMETIJUHEND", and part 1 "1. ÜLDOSA" as a borderless two-column table of eight typed-number
// labels and values, among them "Ametiasutus", "Teenistuskoha asukoht" and "Teenistuskoha liik" (whose value,
// "Ametnik", tells the variant), and the substitutes as "Asendab keda" / "Asendab kes". The requirements come early,
// as section 3 ("NÕUDED HARIDUSELE, TÖÖKOGEMUSELE, TEADMISTELE JA OSKUSTELE", "Haridus :" with the space before the
// colon as published), before the duties; knowledge items are typed three-level numbers ("3.3.1.").
// Seen in the source: the approval lines, the title, the whole of part 1, the purpose, and section 3 up to the start
// of item 3.3.2. Completed in the common form of municipal job descriptions: the rest of 3.3, language and computer
// skills, "4. TEENISTUSÜLESANDED", "5. ÕIGUSED", "6. VASTUTUS" and "7. LÕPPSÄTTED".
// Nothing planted.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [label, value];

export const doc: CorpusDoc = {
  body: [
    p('Kinnitatud', { align: 'right' }),
    p('Põhja-Pärnumaa vallavanema', { align: 'right' }),
    p('04. septembri 2024. a. käskkirjaga nr 15-3/28', { align: 'right' }),
    p(''),
    p('EESTKOSTESPETSIALISTI AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1. ÜLDOSA'),
    table(
      [
        row('1.1. Ametiasutus', 'Põhja-Pärnumaa Vallavalitsus'),
        row('1.2. Struktuuriüksus', 'Sotsiaalosakond'),
        row('1.3. Teenistuskoha asukoht', 'Põhja-Pärnumaa vald'),
        row('1.4. Teenistuskoha nimetus', 'Eestkostespetsialist'),
        row('1.5. Teenistuskoha liik', 'Ametnik'),
        row('1.6. Vahetu juht', 'Abivallavanem'),
        row('1.7. Asendab keda', 'Sotsiaaltööspetsialisti'),
        row('1.8. Asendab kes', 'Sotsiaalspetsialist, sotsiaaltööspetsialist'),
      ],
      { widths: [3200, 5800], borders: false },
    ),
    p(''),
    H('2. TEENISTUSKOHA EESMÄRK'),
    p(
      'Tagada piiratud teovõimega täisealiste vallaelanike eestkoste nõuetekohane korraldus ning viia valla poolt ellu ja koordineerida projekti „Isikukeskse erihoolekande teenusmudeli rakendamine kohalikes omavalitsustes“ tegevusi.',
    ),
    p(''),
    H('3. NÕUDED HARIDUSELE, TÖÖKOGEMUSELE, TEADMISTELE JA OSKUSTELE'),
    p('3.1. Haridus : Kõrgharidus erialase ettevalmistusega'),
    p('3.2. Töökogemus: Varasem töökogemus sotsiaalvaldkonnas'),
    p('3.3. Teadmised ja oskused:'),
    p('3.3.1. Eesti riigikorralduse alusseaduste, kodanike põhiõiguste ja avaliku halduse ülesehituse tundmine;'),
    p('3.3.2. Kohaliku omavalitsuse töökorraldust, avalikku teenistust ja haldusmenetlust käsitlevate õigusaktide tundmine;'),
    p('3.3.3. Perekonnaseaduse, sotsiaalhoolekande seaduse ja tsiviilkohtumenetluse eestkostet puudutavate sätete tundmine;'),
    p('3.3.4. Oskus hinnata abivajadust, koostada juhtumiplaani ja teha koostööd teiste spetsialistidega;'),
    p('3.3.5. Väga hea suhtlemis- ja kirjaliku väljendusoskus.'),
    p('3.4. Keeleoskus: eesti keel C1-tasemel, vene või inglise keel suhtlustasandil.'),
    p('3.5. Arvutioskus: oskab kasutada kontoritarkvara, dokumendihaldussüsteemi ja sotsiaalteenuste ja -toetuste andmeregistrit (STAR).'),
    p('3.6. Isikuomadused: empaatiavõime, usaldusväärsus, otsustus- ja pingetaluvus.'),
    p(''),
    H('4. TEENISTUSÜLESANDED'),
    p('4.1. Korraldab valla eestkostel olevate täisealiste isikute eestkostet ning esindab valda eestkostjana.'),
    p('4.2. Valmistab ette ja esitab kohtule eestkoste seadmise, muutmise ja lõpetamise avaldused ning osaleb kohtuistungitel.'),
    p('4.3. Koostab eestkostetavate vara nimekirjad ja iga-aastased aruanded ning esitab need tähtaegselt kohtule.'),
    p('4.4. Hindab eestkostetavate abivajadust, koostab juhtumiplaanid ning korraldab neile vajalike sotsiaalteenuste osutamise.'),
    p('4.5. Viib projekti raames ellu isikukeskse erihoolekande teenusmudeli tegevused ning koordineerib teenuseosutajate tööd.'),
    p('4.6. Peab projekti tegevuste ja kulude arvestust ning koostab Sotsiaalkindlustusametile nõutud aruanded.'),
    p('4.7. Sisestab menetluste andmed sotsiaalteenuste ja -toetuste andmeregistrisse (STAR).'),
    p('4.8. Nõustab eestkostetavate lähedasi ning teeb koostööd tervishoiuasutuste, hoolekandeasutuste ja kohtuga.'),
    p('4.9. Täidab vahetu juhi antud muid ühekordseid ülesandeid, mis on seotud teenistuskoha eesmärgiga.'),
    p(''),
    H('5. ÕIGUSED'),
    p('Ametnikul on õigus:'),
    p('5.1. saada vallavalitsuse teistelt teenistujatelt ja valla asutustelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    p('5.2. teha vahetule juhile ettepanekuid eestkostetöö ja projekti tegevuste paremaks korraldamiseks;'),
    p('5.3. esindada vallavalitsust oma valdkonnas suhetes teiste asutuste ja isikutega;'),
    p('5.4. saada ametialast täienduskoolitust ja supervisiooni.'),
    p(''),
    H('6. VASTUTUS'),
    p('Ametnik vastutab:'),
    p('6.1. ametijuhendis nimetatud ülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    p('6.2. teenistuse käigus teatavaks saanud isikuandmete ja muu juurdepääsupiiranguga teabe hoidmise eest;'),
    p('6.3. eestkostetavate vara ja rahaliste vahendite sihipärase kasutamise ja arvestuse eest;'),
    p('6.4. kasutusse antud töövahendite heaperemeheliku kasutamise eest.'),
    p(''),
    H('7. LÕPPSÄTTED'),
    p('7.1. Ametijuhendit muudetakse vallavanema käskkirjaga avaliku teenistuse seaduses sätestatud korras.'),
    p('7.2. Ametijuhendi täitmist hinnatakse iga-aastasel arenguvestlusel.'),
  ],
};
