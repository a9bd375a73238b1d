// Andmekaitse Inspektsioon, 2025: annex 1 to directive nr 1.3.-1/25/4-p (17.09.2025), a lawyer in the
// co-operation field (Data Governance Act and AI Act). One title line that joins "AMETIJUHEND" and the position
// ("AMETIJUHEND Andmekaitse Inspektsiooni jurist"); part 1 as "label: value" lines; no structural-unit field at
// all (the inspectorate is organised in fields, and "Allub" names the head of the field). The numbers "1.",
// "1.1." … "3.1." are consistent throughout, so they are rebuilt as one Word automatic list: headings at level 1,
// part-1 lines and duties at level 2. Duties start in lower case and end with a semicolon.
// Seen in the source: the title line, part 1 (1.1–1.6), the purpose and the first two duties. Completed: the
// remaining duties, rights, responsibility and requirements, in the inspectorate's numbered-list form.
import { li, p, type CorpusDoc } from '../lib/docx-builder';

const H = (text: string) => li(text, 'aki', 0, { bold: true });
const item = (text: string) => li(text, 'aki', 1);

export const doc: CorpusDoc = {
  lists: {
    aki: [
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2.' },
    ],
  },
  body: [
    p('AMETIJUHEND Andmekaitse Inspektsiooni jurist', { bold: true }),
    p(''),
    H('ÜLDOSA'),
    item('Ametinimetus: jurist'),
    item('Allub: valdkonnajuhile (koostöö)'),
    item('Temale alluvad: puuduvad'),
    item('Tema asendaja: valdkonnajuhi poolt määratud ametnik'),
    item('Tema asendab: valdkonnajuhi poolt määratud ametnik'),
    item('Ametikoha asukoht: põhitöökoht Tallinn, tööpiirkond Eesti'),
    H('AMETIKOHA PÕHIEESMÄRK'),
    p(
      'Ametikoha eesmärk on tõsta teadlikkust tehisintellekti määruse (EL) 2024/1689 ja andmehalduse määruse (EL) 2022/868 nõuetest ning nõustada ja koolitada nende rakendajaid. Töö seob need määrused isikuandmete kaitse ja avaliku teabe reeglitega, hoiab ja arendab koostöösuhteid partneritega ning aitab rikkumisi ennetada ja nõuetele vastavust saavutada.',
    ),
    H('ÜLESANDED'),
    item('nõustab ja koolitab inspektsiooni koostööpartnereid tehisintellekti ja andmehalduse määruse küsimustes, arvestades ka isikuandmete kaitse ja avaliku teabe nõudeid;'),
    item('osaleb ennetustöös, mille eesmärk on nimetatud nõuete tundmine ja rikkumiste ärahoidmine;'),
    item('koostab juhendeid, selgitusi ja muid teavitusmaterjale oma valdkonna kohta;'),
    item('analüüsib tehisintellekti ja andmete taaskasutuse lahendusi ning annab nende kohta arvamusi;'),
    item('osaleb õigusaktide eelnõude ja strateegiliste dokumentide kohta arvamuste koostamisel;'),
    item('esindab inspektsiooni Euroopa Liidu ja rahvusvahelistes töörühmades valdkonnajuhi määratud ulatuses;'),
    item('vastab selgitustaotlustele ja teabenõuetele oma valdkonnas;'),
    item('täidab valdkonnajuhi antud muid ühekordseid ülesandeid, mis on seotud ametikoha eesmärgiga.'),
    H('ÕIGUSED'),
    item('saada inspektsiooni teistelt ametnikelt ülesannete täitmiseks vajalikku teavet ja dokumente;'),
    item('teha valdkonnajuhile ettepanekuid töö tõhustamiseks ja valdkonna arendamiseks;'),
    item('osaleda erialastel koolitustel, seminaridel ja konverentsidel;'),
    item('suhelda valdkonnajuhi volitusel teiste asutuste ja organisatsioonidega oma pädevuse piires.'),
    H('VASTUTUS'),
    item('vastutab ametijuhendis nimetatud ülesannete õigeaegse ja kvaliteetse täitmise eest;'),
    item('vastutab teenistuse käigus teatavaks saanud isikuandmete ja juurdepääsupiiranguga teabe hoidmise eest;'),
    item('vastutab antud nõuannete ja koostatud materjalide õiguspärasuse ja asjakohasuse eest.'),
    H('KVALIFIKATSIOONINÕUDED'),
    item('Haridus: õigusteaduse magistrikraad või sellega võrdsustatud kvalifikatsioon;'),
    item('Töökogemus: vähemalt kaheaastane kogemus andmekaitse, infoõiguse või tehnoloogiaõiguse valdkonnas;'),
    item('Keeleoskus: eesti keel C1-tasemel, inglise keel C1-tasemel;'),
    item('Arvutioskus: kontoritarkvara ja dokumendihaldussüsteemi kasutamise oskus;'),
    item('Muud teadmised ja oskused: hea suuline ja kirjalik väljendusoskus, oskus keerulisi teemasid lihtsalt selgitada.'),
  ],
};
