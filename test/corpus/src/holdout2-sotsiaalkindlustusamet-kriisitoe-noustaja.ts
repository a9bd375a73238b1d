// Sotsiaalkindlustusamet, 2026: annex 9 to the director general's directive nr 1 (07.01.2026) approving the eleven
// job descriptions of the victim support department's crisis support bureau — a counsellor ("nõustaja") of the
// victim support crisis line. The board's current layout (approval lines at the right ending in "Lisa 9", the title
// "AMETIJUHEND", part 1 as a two-column table without row numbers whose last row is the purpose), with the section
// headings typed in bold ordinary paragraphs ("1. Üldosa", "2. Tööülesanded") and the duties as typed "2.1."
// paragraphs instead of a table. The part-1 labels are the board's neutral ones ("Teenistuskoht", "Teenistuja
// asendab", "Teenistuja asendaja"); the rest of the text is an employee's: "Tööülesanded", "Töötajal on õigus",
// "Töötaja vastutab", "Nõuded töötajale" — the wording the board uses for its employees' job descriptions (as in
// its employment-contract annexes), a crisis-line counsellor exercising no public authority.
// Seen in the source: the directive's list of annexes (lisa 9: nõustaja) and the approval line. Completed in the
// board's current form, as its other annexes of 2024–2025 show it: the whole of part 1, the purpose and sections
// 2–5. Bullets are typed "•" characters.
// Nothing planted.
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });
const row = (label: string, value: string) => [p(label, { bold: true }), value];
const bullet = (text: string) => p(`•\t${text}`);

export const doc: CorpusDoc = {
  body: [
    p('KINNITATUD Sotsiaalkindlustusameti peadirektori', { align: 'right' }),
    p('07.01.2026 käskkirjaga nr 1 Lisa 9', { align: 'right' }),
    p(''),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    H('1. Üldosa'),
    table(
      [
        row('Struktuuriüksus', 'Ohvriabi osakond, kriisitoe talitus'),
        row('Teenistuskoht', 'Nõustaja'),
        row('Vahetu juht', 'Juhtivspetsialist (OA kriisitelefon)'),
        row('Alluvad', '-'),
        row('Teenistuja asendab', 'Nõustajat'),
        row('Teenistuja asendaja', 'Nõustaja, juhtivspetsialist (OA kriisitelefon)'),
        row(
          'Teenistuskoha eesmärk',
          'Pakkuda ohvriabi kriisitelefoni ja veebinõustamise kaudu ööpäev läbi esmast emotsionaalset tuge ja teavet vägivalla, õnnetuse või kriisi läbi elanud inimestele ning aidata neil jõuda vajaliku abini.',
        ),
      ],
      { widths: [2800, 6200] },
    ),
    p(''),
    H('2. Tööülesanded'),
    p('2.1. Vastab ohvriabi kriisitelefoni kõnedele ja veebivestlustele ning kuulab pöördujat rahulikult ja hinnanguteta.'),
    p('2.2. Hindab pöörduja turvalisust ja abivajadust ning ohu korral teavitab viivitamata hädaabinumbrit 112.'),
    p('2.3. Annab pöördujale teavet ohvriabi, lepitusteenuse, hüvitiste ja teiste tugiteenuste kohta.'),
    p('2.4. Suunab pöörduja vajaduse korral ohvriabi juhtumikorraldaja, kohaliku omavalitsuse või teiste abistajate poole.'),
    p('2.5. Dokumenteerib pöördumised infosüsteemis kehtestatud korras ja andmekaitse nõudeid järgides.'),
    p('2.6. Osaleb suurkriisi korral kriisitoe meeskonna töös vastavalt talituse juhataja korraldusele.'),
    p('2.7. Osaleb supervisioonides, meeskonna koosolekutel ja kriisitelefoni töö arendamises.'),
    p('2.8. Täidab vahetu juhi antud muid ühekordseid ülesandeid, mis on seotud tööülesannetega.'),
    p(''),
    H('3. Õigused'),
    p('Töötajal on õigus:'),
    bullet('saada ameti teistelt teenistujatelt tööülesannete täitmiseks vajalikku teavet;'),
    bullet('saada regulaarset supervisiooni ja erialast täienduskoolitust;'),
    bullet('lõpetada vestlus, mille käigus teda ähvardatakse või solvatakse, ja teavitada sellest vahetut juhti;'),
    bullet('teha vahetule juhile ettepanekuid kriisitelefoni töö paremaks korraldamiseks.'),
    p(''),
    H('4. Vastutus'),
    p('Töötaja vastutab:'),
    bullet('tööülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    bullet('pöördujate isikuandmete ja muu konfidentsiaalse teabe hoidmise eest;'),
    bullet('talle kasutada antud töövahendite heaperemeheliku kasutamise eest.'),
    p(''),
    H('5. Nõuded töötajale'),
    p('Haridus: kõrgharidus sotsiaaltöö, psühholoogia või muul lähedasel erialal.'),
    p('Töökogemus: soovitavalt kogemus nõustamise, kriisiabi või ohvriabi valdkonnas.'),
    p('Keeleoskus: eesti keel C1-tasemel, vene või inglise keel B2-tasemel.'),
    p('Arvutioskus: oskab kasutada kontoritarkvara ja veebipõhiseid suhtluskanaleid.'),
    p('Isikuomadused: empaatiavõime, tasakaalukus, hea pingetaluvus ja usaldusväärsus.'),
  ],
};
