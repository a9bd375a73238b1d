// Sotsiaalkindlustusamet, 2024: annex 1 to the director general's directive nr 164 (15.11.2024), the head of the
// continuity and migration bureau of the social welfare continuity department. The board's current layout (approval
// lines at the right ending in "Lisa 1", the title "AMETIJUHEND", part 1 as a two-column table without row numbers
// whose last row is the purpose), but rebuilt here with the section numbers typed in Heading 1 paragraphs ("1. Üldosa",
// "2. Teenistusülesanded") and typed duty numbers ("2.1."), as the register's text allows either. A manager's post:
// the "Alluvad" value is a long comma-separated list of eight subordinate posts in one cell. The text speaks only of
// "teenistuja" and "teenistuskoht", words that cover both officials and employees.
// Seen in the source: the approval lines, the title, "1. Üldosa" and the rows up to "Alluvad". Completed: the two
// substitute rows, the purpose and sections 2–5 in the board's current form.
// Nothing planted.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'Heading1' });
const row = (label: string, value: string) => [p(label, { bold: true }), value];
const dash = (text: string) => p(`– ${text}`);

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori', { align: 'right' }),
    p('15.11.2024 käskkirjaga nr 164 Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('1. Üldosa'),
    table(
      [
        row('Struktuuriüksus', 'Sotsiaalhoolekande toimepidevuse osakond, toimepidevuse ja rände talitus'),
        row('Teenistuskoht', 'Talituse juhataja'),
        row('Vahetu juht', 'Osakonna juhataja'),
        row(
          'Alluvad',
          'Peaspetsialist (teenuste toimepidevus), piirkonna koordinaator (Põhja-Eesti), piirkonna koordinaator (Lõuna-Eesti), piirkonna koordinaator (Lääne-Eesti), piirkonna koordinaator (Ida-Eesti), peaspetsialist (rändeteenus), ekspert (kriisivalmidus), ekspert (toimepidevus)',
        ),
        row('Teenistuja asendab', 'Osakonna juhataja'),
        row('Teenistuja asendaja', 'Ekspert (toimepidevus)'),
        row(
          'Teenistuskoha eesmärk',
          'Juhtida talitust nii, et sotsiaalhoolekande teenused jätkuksid ka kriisides ja häiretes ning rahvusvahelise kaitse saajatele ja teistele sisserändajatele pakutavad rändeteenused oleksid korraldatud ühtlase kvaliteediga üle Eesti.',
        ),
      ],
      { widths: [2800, 6200] },
    ),
    H('2. Teenistusülesanded'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Oodatav tulemus', { bold: true })],
        [
          '2.1. Talituse töö kavandamine, eesmärkide seadmine ja ülesannete jaotamine ning nende täitmise jälgimine.',
          'Talituse tööplaan on koostatud ja eesmärgid on saavutatud; teenistujad teavad oma ülesandeid.',
        ],
        [
          '2.2. Sotsiaalhoolekande teenuste toimepidevuse nõuete ja juhendite väljatöötamise juhtimine koostöös KOVide ja teenuseosutajatega.',
          'Nõuded ja juhendid on ajakohased ning teenuseosutajad on neist teadlikud.',
        ],
        [
          '2.3. Piirkondliku kriisivalmiduse koordineerimine piirkonna koordinaatorite kaudu.',
          'Igas piirkonnas on kriisiks valmisoleku plaan ja koostööpartnerite võrgustik.',
        ],
        [
          '2.4. Rändeteenuste (sh kohanemist toetavate teenuste) korraldamise ja hangete ettevalmistamise juhtimine.',
          'Teenused on hangitud õigel ajal ja nende kvaliteeti jälgitakse.',
        ],
        [
          '2.5. Talituse eelarve koostamine ja selle täitmise jälgimine.',
          'Eelarve on koostatud tähtaegselt ja kulud püsivad eelarve piires.',
        ],
        [
          '2.6. Alluvate teenistujate värbamises osalemine, arenguvestluste pidamine ja nende arengu toetamine.',
          'Teenistujad on pädevad ja nende areng on kavandatud.',
        ],
        [
          '2.7. Osakonna juhataja antud muude ülesannete täitmine talituse eesmärkide piires.',
          'Ülesanded on täidetud tähtaegselt ja kvaliteetselt.',
        ],
      ],
      { widths: [4800, 4200] },
    ),
    H('3. Õigused'),
    p('Teenistujal on õigus:'),
    dash('saada ameti struktuuriüksustelt ja teistelt asutustelt ülesannete täitmiseks vajalikku teavet;'),
    dash('anda alluvatele teenistujatele korraldusi ja kontrollida nende täitmist;'),
    dash('esindada ametit oma pädevuse piires suhetes teiste asutuste ja organisatsioonidega;'),
    dash('teha osakonna juhatajale ettepanekuid talituse töö ja koosseisu muutmiseks.'),
    H('4. Vastutus'),
    p('Teenistuja vastutab:'),
    dash('talituse eesmärkide saavutamise ja ülesannete nõuetekohase täitmise eest;'),
    dash('talitusele eraldatud eelarvevahendite sihipärase kasutamise eest;'),
    dash('teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    H('5. Nõuded teenistujale'),
    table(
      [
        row('Haridus', 'Magistrikraad või sellega võrdsustatud haridus, soovitavalt sotsiaal- või riigiteaduste valdkonnas.'),
        row('Töökogemus', 'Vähemalt kolmeaastane juhtimiskogemus ning kogemus kriisireguleerimise või sotsiaalhoolekande valdkonnas.'),
        row('Keeleoskus', 'Eesti keel C1-tasemel; inglise keel B2-tasemel.'),
        row('Arvutioskus', 'Kontoritarkvara ja ameti infosüsteemide kasutamise hea oskus.'),
        row('Teadmised ja oskused', 'Tunneb hädaolukorra ja sotsiaalhoolekande õigusakte; oskab juhtida meeskonda muutuvas olukorras.'),
      ],
      { widths: [2800, 6200] },
    ),
  ],
};
