// Vabariigi Presidendi Kantselei, 2013: protokolliosakonna juhataja ametijuhend as published on the
// office's web site (kadriorg.ee, "Ametijuhendid"). A web page turned document: the title "Protokolliosakonna
// juhataja ametijuhend" in the Title style, one approval line, section headings with Roman numerals and no
// dot ("I ÜLDOSA", "II AMETIKOHA EESMÄRK", "III TEENISTUSKOHUSTUSED JA OODATAV TULEMUS"), part 1 as typed
// "1.1 Label" paragraphs each followed by its value in the next paragraph (the substitutes' value is two
// lines, one per case), duties typed "3.1" with sub-items "3.1.1", each duty followed by its expected result
// as a plain paragraph (no table).
// Seen in the source: everything up to duty 3.4. Completed in the same form: the rest of duty 3.4, duties
// 3.5–3.7, and sections IV–VI (rights, responsibility, requirements).
// Planted: the Estonian language requirement is set to C2.
import { i, p, type CorpusDoc } from '../lib/docx-builder';

const label = (text: string) => p(text, { bold: true });
const result = (text: string) => p([i(text)]);

export const doc: CorpusDoc = {
  body: [
    p('Protokolliosakonna juhataja ametijuhend', { style: 'Title' }),
    p('KINNITATUD Kantselei direktori 27. märtsi 2013 käskkirjaga nr 3.1-2/8'),
    p(''),
    p('I ÜLDOSA', { bold: true }),
    label('1.1 Struktuuriüksuse nimetus'),
    p('Protokolliosakond'),
    label('1.2 Ametikoha nimetus'),
    p('Juhataja'),
    label('1.3 Kellele allub'),
    p('Kantselei direktor'),
    label('1.4 Alluvad'),
    p('Osakonna teenistujad'),
    label('1.5 Asendajad'),
    p('Nõunik – jooksva töö küsimustes\nSiseosakonna juhataja - ametniku ülesannetes'),
    label('1.6 Keda asendab'),
    p('Puudub'),
    p(''),
    p('II AMETIKOHA EESMÄRK', { bold: true }),
    p(
      'Vabariigi Presidendi ja presidendi abikaasa tegevuse protokolliline kavandamine ja korraldamine kooskõlas Eesti ja rahvusvaheliste tavade ning otstarbekusega. Vabariigi Presidendi ajakava koostamine.',
    ),
    p(''),
    p('III TEENISTUSKOHUSTUSED JA OODATAV TULEMUS', { bold: true }),
    p('3.1 Juhib protokolliosakonna tööd, sh:'),
    p('3.1.1 Õpetab osakonna teenistujaid välja ja juhendab neid'),
    p('3.1.2 Koostab osakonna teenistujatele töökorralduslikud juhendid ja hoiab need ajakohasena'),
    p('3.1.3 Jaotab töö osakonna sees'),
    p('3.1.4 Korraldab kantselei sisekorra dokumentides ette nähtud juhtudel vajalikud hanked või viib need ise läbi'),
    p('3.1.5 Osaleb kantselei eelarve koostamisel osakonna valdkonna osas'),
    result(
      'Osakonna töö on tulemuslik ja katkestusteta, teenistujad tunnevad neile kehtivaid eeskirju ja tavasid ning töökorralduslikud juhendid on ajakohased; kantselei eelarve arvestab osakonna vajadusi ja osakond tegutseb eelarve piires',
    ),
    p('3.2 Koordineerib vanema käsundusohvitseri ja noorema käsundusohvitseri tööd'),
    result('Käsundusohvitserid teavad Vabariigi Presidendi päevakava ja sellest tulenevaid ülesandeid'),
    p('3.3 Koostab Vabariigi Presidendi suuniste järgi ja nõunike ettepanekuid arvestades Vabariigi Presidendi ajakava'),
    result('Ajakava vastab Vabariigi Presidendi soovidele'),
    p('3.4 Leiab Vabariigi Presidendi ja presidendi abikaasa kohtumistele ja üritustele sobivad toimumiskohad ning korraldab nende ettevalmistamise'),
    result('Kohtumised ja üritused toimuvad sobivas kohas ning on õigeks ajaks ette valmistatud'),
    p('3.5 Korraldab koostöös Välisministeeriumiga Vabariigi Presidendi välisvisiitide ja Eestisse saabuvate riigipeade visiitide protokollilise poole'),
    result('Visiitide kava on kokku lepitud ja visiidid toimuvad protokollinõuete kohaselt'),
    p('3.6 Nõustab kantselei teenistujaid ja teisi asutusi Vabariigi Presidendiga seotud protokolliküsimustes'),
    result('Nõu on antud õigel ajal ja see on asjakohane'),
    p('3.7 Täidab kantselei direktori antud ühekordseid ülesandeid'),
    result('Ülesanded on täidetud tähtajaks'),
    p(''),
    p('IV ÕIGUSED', { bold: true }),
    p('4.1 Saada kantselei teenistujatelt ja teistelt asutustelt teenistusülesannete täitmiseks vajalikku teavet'),
    p('4.2 Anda osakonna teenistujatele nende töö kohta korraldusi'),
    p('4.3 Teha kantselei direktorile ettepanekuid osakonna töö parandamiseks'),
    p('V VASTUTUS', { bold: true }),
    p('5.1 Vastutab teenistuskohustuste õigeaegse ja korrektse täitmise eest'),
    p('5.2 Vastutab osakonna töö tulemuste ja osakonnale antud vara säilimise eest'),
    p('5.3 Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest'),
    p('VI NÕUDED AMETIKOHALE', { bold: true }),
    p('6.1 Haridus: kõrgharidus'),
    p('6.2 Töökogemus: vähemalt kolmeaastane töökogemus protokolli, välissuhtluse või ürituste korraldamise alal, sealhulgas juhtimiskogemus'),
    p('6.3 Keeleoskus: eesti keel C2-tasemel, inglise keel C1-tasemel, vene või prantsuse keel B2-tasemel'),
    p('6.4 Teadmised: tunneb diplomaatilist protokolli ja riiklike tseremooniate korraldamise tavasid'),
    p('6.5 Isikuomadused: hea organiseerimisvõime, taktitunne, pingetaluvus ja valmisolek töötada paindliku tööajaga'),
  ],
};
