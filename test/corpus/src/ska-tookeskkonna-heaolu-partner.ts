// Sotsiaalkindlustusamet, 2024: annex 1 to directive nr 185 (20.12.2024), the board's current layout.
// Part 1 is a two-column table without numbers; "Alluvad" and "Teenistuja asendab" hold a bare dash (no
// subordinates, substitutes nobody), and the purpose is the table's last row. Headings are Heading 1 paragraphs
// with Word automatic numbering set on each paragraph (not through the style); the duty numbers in the table
// ("2.1.") are the same list's second level. The text says only "teenistuja" / "teenistuskoht", words that cover
// both officials and employees, so the document itself does not tell the variant.
// Seen in the source: the approval lines, the title, "1. Üldosa" and the rows up to "Teenistuja asendab -" and the
// label "Teenistuja asendaja". Completed: the substitute's value ("Personalipartner"), the purpose, and every later
// section, in the same form as the board's other current job descriptions.
import { li, p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { style: 'Heading1', list: ['h', 0] });
const bullet = (text: string) => li(text, 'bullets');
const duty = (text: string, result: string) => [li(text, 'h', 1), result];
const row = (label: string, value: string) => [p(label, { bold: true }), value];

export const doc: CorpusDoc = {
  lists: {
    h: [
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2.' },
    ],
    bullets: [{ format: 'bullet', text: '•' }],
  },
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori 20.12.2024', { align: 'right' }),
    p('käskkirjaga nr 185 Lisa 1', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('Üldosa'),
    table(
      [
        row('Struktuuriüksus', 'Personali- ja haldusosakond'),
        row('Teenistuskoht', 'Töökeskkonna- ja heaolu partner'),
        row('Vahetu juht', 'Osakonna juhataja'),
        row('Alluvad', '-'),
        row('Teenistuja asendab', '-'),
        row('Teenistuja asendaja', 'Personalipartner'),
        row(
          'Teenistuskoha eesmärk',
          'Kujundada ametis ohutu ja tervist hoidev töökeskkond ning vedada eest teenistujate heaolu toetavaid tegevusi, et töö ameti eri paikades oleks korraldatud seaduse nõuete ja hea tava kohaselt.',
        ),
      ],
      { widths: [2800, 6200] },
    ),
    H('Teenistusülesanded'),
    table(
      [
        [p('Ülesanne', { bold: true }), p('Oodatav tulemus', { bold: true })],
        duty(
          'Töökeskkonna riskianalüüsi koostamise korraldamine ja tegevuskava täitmise jälgimine.',
          'Riskianalüüs on ajakohane ja tegevuskava meetmed on tähtajaks ellu viidud.',
        ),
        duty(
          'Töökeskkonnavolinike ja töökeskkonnanõukogu töö toetamine ning nõukogu koosolekute ettevalmistamine.',
          'Volinikud on ülesannetest teadlikud ja nõukogu koguneb kokkulepitud ajakava järgi.',
        ),
        duty(
          'Tööõnnetuste ja kutsehaigestumiste uurimise korraldamine ning nende kohta aruandluse esitamine.',
          'Juhtumid on uuritud, põhjused välja selgitatud ja teated esitatud õigel ajal.',
        ),
        duty(
          'Teenistujate heaolu ja vaimse tervise toetamise tegevuste kavandamine ning läbiviimine.',
          'Heaolukava on koostatud, tegevused on toimunud ja nende mõju on hinnatud.',
        ),
        duty(
          'Tervisekontrollide ja töökeskkonnaalaste koolituste korraldamine.',
          'Teenistujad on läbinud nõutud tervisekontrolli ja väljaõppe.',
        ),
        duty('Osakonna juhataja antud muude ühekordsete ülesannete täitmine.', 'Ülesanded on täidetud tähtaegselt ja nõuetekohaselt.'),
      ],
      { widths: [4500, 4500] },
    ),
    H('Õigused'),
    p('Teenistujal on õigus:'),
    bullet('saada ameti struktuuriüksustelt töökeskkonna ja heaolu küsimustes vajalikku teavet;'),
    bullet('teha juhtidele ettepanekuid töötingimuste parandamiseks ja ohtude vähendamiseks;'),
    bullet('kaasata oma ülesannete täitmisse teisi teenistujaid nende vahetu juhi nõusolekul;'),
    bullet('osaleda oma valdkonna koolitustel ja võrgustikes.'),
    H('Vastutus'),
    p('Teenistuja vastutab:'),
    bullet('ülesannete õigeaegse ja nõuetekohase täitmise eest;'),
    bullet('teenistujate terviseandmete ja muu juurdepääsupiiranguga teabe kaitse eest;'),
    bullet('talle antud töövahendite säästliku ja sihipärase kasutamise eest.'),
    H('Nõuded teenistujale'),
    table(
      [
        row('Haridus', 'Kõrgharidus, soovitavalt töötervishoiu, personalijuhtimise või sotsiaalteaduste valdkonnas.'),
        row('Töökogemus', 'Vähemalt kaheaastane kogemus töökeskkonna või personalitöö valdkonnas.'),
        row('Keeleoskus', 'Eesti keel C1-tasemel; inglise keel B1-tasemel.'),
        row('Arvutioskus', 'Kontoritarkvara ja personali infosüsteemide kasutamise oskus.'),
        row('Teadmised ja oskused', 'Tunneb töötervishoiu ja tööohutuse õigusakte; oskab nõustada ja vahendada eri osapoolte huve.'),
      ],
      { widths: [2800, 6200] },
    ),
  ],
};
