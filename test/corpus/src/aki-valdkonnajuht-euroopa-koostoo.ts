// Andmekaitse Inspektsioon, 2025: annex 1 to directive nr 1.3.-1/25/6-p (25.11.2025), head of the European
// co-operation and law field. Approval lines at the right, one title line that joins "AMETIJUHEND" and the
// position, part 1 as typed-number "label: value" lines with a tab after the number. As published, part 1 has
// no subordinates line and jumps from 1.3 to 1.5 ("1.3. Tema asendaja", "1.5. Tema asendab"); the gap is kept.
// No structural-unit field; the substitute-for value is "kodukorra kohaselt" (per the house rules).
// Seen in the source: the approval lines, the title line, part 1 and the start of the purpose. Completed: the rest
// of the purpose and every later section, in the inspectorate's typed-number form.
import { p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const n = (num: string, text: string) => p(`${num}\t${text}`);

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD Andmekaitse Inspektsiooni peadirektori', { align: 'right' }),
    p('25.11.2025 käskkirjaga nr 1.3.-1/25/6-p Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND Andmekaitse Inspektsiooni Euroopa koostöö ja õiguse valdkonna valdkonnajuht', { bold: true }),
    p(''),
    H('1. ÜLDOSA'),
    n('1.1.', 'Ametinimetus: valdkonnajuht'),
    n('1.2.', 'Allub: peadirektorile'),
    n('1.3.', 'Tema asendaja: valdkonnajuhi või peadirektori määratud ametnik'),
    n('1.5.', 'Tema asendab: kodukorra kohaselt'),
    n('1.6.', 'Ametikoha asukoht: põhitöökoht Tallinn, tööpiirkond Eesti'),
    H('2. AMETIKOHA PÕHIEESMÄRK'),
    p(
      'Ametikoha eesmärk on juhtida Euroopa koostöö ja õiguse valdkonda, sealhulgas inspektsiooni tööd Euroopa andmekaitseasutuste koostöömehhanismides, ning tagada, et inspektsiooni õiguslikud seisukohad oleksid ühtsed, põhjendatud ja õigel ajal valmis.',
    ),
    H('3. ÜLESANDED'),
    n('3.1.', 'juhib valdkonna tööd, jaotab ülesanded ja jälgib nende täitmist;'),
    n('3.2.', 'koordineerib inspektsiooni osalemist Euroopa Andmekaitsenõukogu ja teiste rahvusvaheliste koostöövormide töös;'),
    n('3.3.', 'korraldab piiriüleste menetluste koostöö ja vastastikuse abi taotluste menetlemise;'),
    n('3.4.', 'vastutab inspektsiooni õigusloomealaste arvamuste ja õiguslike seisukohtade kvaliteedi eest;'),
    n('3.5.', 'esindab inspektsiooni kohtus ja teistes asutustes peadirektori volituse alusel;'),
    n('3.6.', 'planeerib valdkonna eelarve ja teenistujate arengu ning viib läbi arenguvestlused;'),
    n('3.7.', 'täidab peadirektori antud muid ühekordseid ülesandeid.'),
    H('4. ÕIGUSED'),
    n('4.1.', 'anda valdkonna teenistujatele ülesandeid ja kontrollida nende täitmist;'),
    n('4.2.', 'saada inspektsiooni teistelt valdkondadelt tööks vajalikku teavet;'),
    n('4.3.', 'teha peadirektorile ettepanekuid valdkonna töö, koosseisu ja eelarve kohta;'),
    n('4.4.', 'kaasata töösse eksperte peadirektori nõusolekul.'),
    H('5. VASTUTUS'),
    n('5.1.', 'vastutab valdkonna ülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    n('5.2.', 'vastutab juurdepääsupiiranguga teabe ja isikuandmete kaitse eest;'),
    n('5.3.', 'vastutab valdkonnale antud vara ja eelarve otstarbeka kasutamise eest.'),
    H('6. KVALIFIKATSIOONINÕUDED'),
    n('6.1.', 'Haridus: õigusteaduse magistrikraad või sellega võrdsustatud kvalifikatsioon;'),
    n('6.2.', 'Töökogemus: vähemalt viieaastane kogemus Euroopa Liidu õiguse või andmekaitse valdkonnas, sellest vähemalt kaks aastat juhina;'),
    n('6.3.', 'Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel, soovitavalt ka prantsuse või saksa keel B1-tasemel;'),
    n('6.4.', 'Juhtimisoskus: oskab seada eesmärke, juhtida meeskonda ja anda tagasisidet.'),
  ],
};
