// Kehtna Põhikool (a municipal basic school of Kehtna vald), 2017: the class teacher's job
// description, annex 4 to a director's directive, published on the school's site. A file-name line
// in the page header, the directive reference on the right, "Ametijuhend" and the position on two
// lines, then part 1 as "Label:<TAB>value" lines with the school's own labels ("Asend ettevõtte
// struktuuris", "Aruandekohustus", "Kes asendab", "Keda asendab"). Section headings are Word
// automatic numbering through a paragraph style (the published text shows "1." before each of them);
// the items of a section sit in a borderless two-column table, typed number | text, with the numbers
// written both "1.1" and "1.3." and an inserted point "1.4¹". The purpose is a section named
// "KLASSIJUHATAJA MISSIOON" (and 1.3 states the aim).
// The manager is read from "Asend ettevõtte struktuuris" (direct subordination); "Aruandekohustus"
// names the same deputy director.
// Seen in the source: the header lines, part 1, section 1 (1.1–1.7) and the start of the missioon.
// Completed in the same form: the rest of the missioon, "KLASSIJUHATAJA TÖÖÜLESANDED",
// "KLASSIJUHATAJA ÕIGUSED", "VASTUTUS", "NÕUDED KLASSIJUHATAJALE" and the signature lines.
import { p, table, type CorpusDoc, type Para } from '../lib/docx-builder';

const head = (text: string): Para => p(text, { style: 'KJPealkiri' });
const items = (rows: [string, string][]) =>
  table(rows.map(([n, t]) => [n, t]), { widths: [900, 8100], borders: false });

export const doc: CorpusDoc = {
  lists: { headings: [{ format: 'decimal', text: '%1.' }] },
  styles: { KJPealkiri: { name: 'KJ pealkiri', basedOn: 'Normal', bold: true, caps: true, list: ['headings', 0] } },
  header: ['AJ_klassijuhataja2017'],
  body: [
    p('Kehtna Põhikooli direktori', { align: 'right' }),
    p('käskkirjaga nr. 1-2/38 lisa 4', { align: 'right' }),
    p('28. 04. 2017', { align: 'right' }),
    p(''),
    p('Ametijuhend', { bold: true, align: 'center' }),
    p('Klassijuhataja', { bold: true, align: 'center' }),
    p(''),
    p('Ametikoha nimetus:\t\t\tKlassijuhataja'),
    p('Asend ettevõtte struktuuris:\t\tDirektori asetäitja õppekasvatustöö alal otsealluvuses'),
    p('Aruandekohustus:\t\t\tDirektori asetäitja õppekasvatustöö alal'),
    p('Alluvad:\t\t\t\t\tpuuduvad'),
    p('Kes asendab:\t\t\t\tklassijuhataja, aineõpetaja'),
    p('Keda asendab:\t\t\t\tklassijuhataja'),
    p(''),
    head('ÜLDSÄTTED'),
    items([
      ['1.1', 'Klassijuhataja on isik, kelle direktor on käskkirjaga määranud kooli esindama; ta esindab kooli oma pädevuse piires'],
      ['1.2', 'Klassijuhataja juhib oma klassi õppe- ja kasvatustööd ning hoiab ühendust õpilaste, õpetajate, kooli juhtkonna, lastevanemate ja õppenõukogu vahel.'],
      ['1.3.', 'Klassijuhataja eesmärk on luua ja hoida head suhted õpilaste, lastevanemate ja aineõpetajatega'],
      ['1.4.', 'Klassijuhataja tööd koordineerib direktori asetäitja; üldised tööülesanded määrab direktor töökorralduse reeglite, ametijuhendi ja teiste dokumentidega.'],
      ['1.4¹', 'Klassijuhataja lahendab oma klassi, õpilaste ja vanematega seotud probleeme koostöös sotsiaalpedagoogiga.'],
      ['1.5.', 'Klassijuhataja äraolekul määrab direktor tema ettepanekuid arvestades asendaja.'],
      ['1.6', 'Klassijuhataja koostab õppeaasta tööplaani kooli õppeaasta eesmärkide põhjal.'],
      ['1.7', 'Klassijuhataja hoiab korras oma klassi andmed (e-kool, õpilasraamat jms).'],
    ]),
    p(''),
    head('KLASSIJUHATAJA MISSIOON'),
    p('Klassijuhataja missioon on kujundada kooli head mainet õpilaste ja lastevanemate silmis ning tagada oma klassi õpilastele võimalus areneda kooli õppekavas seatud eesmärkide suunas turvalises ja toetavas keskkonnas.'),
    p(''),
    head('KLASSIJUHATAJA TÖÖÜLESANDED'),
    items([
      ['3.1.', 'Tutvub oma klassi õpilaste ja nende peredega ning selgitab välja õpilaste arenguvajadused.'],
      ['3.2.', 'Korraldab klassijuhatajatunde ja klassi ühisüritusi.'],
      ['3.3.', 'Jälgib õpilaste õppeedukust ja puudumisi ning teavitab vanemaid.'],
      ['3.4.', 'Viib läbi arenguvestlused õpilase ja vanemaga.'],
      ['3.5.', 'Korraldab vähemalt kaks korda õppeaastas klassi lastevanemate koosoleku.'],
      ['3.6.', 'Teeb õpilase toetamiseks koostööd aineõpetajate ja tugispetsialistidega.'],
      ['3.7.', 'Vormistab klassi dokumendid (klassitunnistused, iseloomustused, e-kooli kanded) tähtajaks.'],
    ]),
    p(''),
    head('KLASSIJUHATAJA ÕIGUSED'),
    p('Klassijuhatajal on õigus:'),
    items([
      ['4.1.', 'saada kooli juhtkonnalt ja tugispetsialistidelt tööks vajalikku teavet ja abi;'],
      ['4.2.', 'teha ettepanekuid õpilaste tunnustamiseks ja mõjutusmeetmete rakendamiseks;'],
      ['4.3.', 'osaleda klassijuhatajatele mõeldud koolitustel.'],
    ]),
    p(''),
    head('VASTUTUS'),
    items([
      ['5.1.', 'Klassijuhataja vastutab talle pandud ülesannete õigeaegse täitmise eest.'],
      ['5.2.', 'Klassijuhataja vastutab õpilaste ja perede kohta teatavaks saanud andmete hoidmise eest.'],
    ]),
    p(''),
    head('NÕUDED KLASSIJUHATAJALE'),
    items([
      ['6.1.', 'Vastab õpetaja kvalifikatsiooninõuetele.'],
      ['6.2.', 'Eesti keele oskus C1-tasemel.'],
      ['6.3.', 'Oskab kasutada e-kooli ja kontoritarkvara.'],
    ]),
    p(''),
    p('Tööandja: ____________________'),
    p('Töötaja: ____________________'),
    p('Kuupäev: ____________________'),
  ],
};
