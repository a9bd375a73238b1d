// Kultuuriministeerium, 2025: the department head's job description among the annexes of the chancellor's
// personnel directive nr 9-P (kommunikatsiooni- ja rahvusvahelise koostöö osakonna teenistujate
// ametijuhendid). Same template as kultuuriministeerium-el-asjade-nounik — approval note at the top right,
// three-line title (unit and position in the genitive, "AMETIJUHEND"), part 1 as a borderless two-column
// table without row numbers ("Ametnikku asendab" / "Ametnik asendab") — but rebuilt here with typed numbers
// ("1. ÜLDOSA", "3.1.") instead of Word's automatic numbering, as the text of the annexes allows either.
// Seen in the source: the directive and, in the sibling annex, the template (approval note, title form,
// part-1 labels, section names 1–2). Completed: every value and sentence of this annex and sections 3–6.
// The department head is named as the manager in the sibling annex; that this annex is among those the
// directive approves is an assumption (the excerpt does not list the annexes).
import { p, table, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => p(text, { bold: true });

export const doc: CorpusDoc = {
  body: [
    p('Kinnitatud', { align: 'right' }),
    p('kantsleri 16.09.2025 käskkirjaga nr 9-P', { align: 'right' }),
    p(''),
    p('KOMMUNIKATSIOONI- JA RAHVUSVAHELISE KOOSTÖÖ OSAKONNA', { bold: true, align: 'center' }),
    p('OSAKONNAJUHATAJA', { bold: true, align: 'center' }),
    p('AMETIJUHEND', { bold: true, align: 'center' }),
    p(''),
    H('1. ÜLDOSA'),
    table(
      [
        ['Struktuuriüksus', 'kommunikatsiooni- ja rahvusvahelise koostöö osakond'],
        ['Ametikoht', 'osakonnajuhataja'],
        ['Vahetu juht', 'kantsler'],
        ['Alluvad', 'osakonna teenistujad'],
        ['Ametnikku asendab', 'kantsleri määratud teenistuja'],
        ['Ametnik asendab', 'kantsleri määratud teenistujat'],
      ],
      { widths: [3000, 6000], borders: false },
    ),
    H('2. AMETIKOHA EESMÄRK'),
    p(
      'Juhtida ministeeriumi kommunikatsiooni ning rahvusvahelist ja Euroopa Liidu alast koostööd nii, et ministeeriumi ja valitsemisala sõnumid oleksid ühtsed ja õigeaegsed ning Eesti kultuuripoliitika huvid oleksid rahvusvahelistes organisatsioonides ja kahepoolsetes suhetes esindatud.',
    ),
    H('3. TEENISTUSÜLESANDED'),
    p('3.1. Kavandab osakonna tööd, seab osakonnale eesmärgid ja jälgib nende täitmist.'),
    p('3.2. Juhib osakonna teenistujaid, jaotab nende vahel ülesanded ja peab nendega arenguvestlusi.'),
    p('3.3. Koostab ministeeriumi kommunikatsiooni aastakava ja korraldab selle elluviimise koostöös valdkondade asekantsleritega.'),
    p('3.4. Koordineerib ministeeriumi osalemist Euroopa Liidu, Euroopa Nõukogu, UNESCO ja Põhjamaade Ministrite Nõukogu kultuurialases koostöös.'),
    p('3.5. Korraldab ministri ja kantsleri välisvisiitide ning välisriikide delegatsioonide vastuvõtmise ettevalmistamise.'),
    p('3.6. Korraldab kriisi- ja riskikommunikatsiooni ministeeriumi vastutusalas.'),
    p('3.7. Koostab osakonna eelarve ettepaneku ja vastutab eelarve täitmise eest.'),
    p('3.8. Täidab kantsleri antud muid ühekordseid ülesandeid, mis on seotud ametikoha eesmärgiga.'),
    H('4. ÕIGUSED'),
    p('4.1. Anda osakonna teenistujatele nende ülesannete täitmiseks korraldusi.'),
    p('4.2. Saada ministeeriumi ja valitsemisala asutuste teenistujatelt osakonna tööks vajalikku teavet.'),
    p('4.3. Esindada ministeeriumi oma vastutusalas teiste asutuste ja rahvusvaheliste partnerite ees.'),
    H('5. VASTUTUS'),
    p('5.1. Vastutab osakonna ülesannete õigeaegse ja nõuetekohase täitmise eest.'),
    p('5.2. Vastutab osakonna eelarve sihipärase kasutamise eest.'),
    p('5.3. Vastutab teenistuse käigus teatavaks saanud juurdepääsupiiranguga teabe hoidmise eest.'),
    H('6. NÕUDED AMETIKOHALE'),
    p('6.1. Haridus: magistrikraad või sellele vastav kvalifikatsioon.'),
    p('6.2. Töökogemus: vähemalt kolmeaastane juhtimiskogemus ja kogemus kommunikatsiooni või rahvusvaheliste suhete valdkonnas.'),
    p('6.3. Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel ning vähemalt ühe muu võõrkeele oskus B1-tasemel.'),
    p('6.4. Teadmised: tunneb Eesti kultuuripoliitikat, avaliku sektori kommunikatsiooni põhimõtteid ja Euroopa Liidu otsustusprotsessi.'),
    p('6.5. Arvutioskus: kasutab vabalt kontoritarkvara ja dokumendihaldussüsteemi.'),
  ],
};
