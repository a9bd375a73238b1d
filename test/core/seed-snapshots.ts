/**
 * The two seed job descriptions (/work/shared/seeds) rebuilt as document snapshots with their
 * real layout: part 1 as side-by-side tables, the duties as a table, typed bullet characters,
 * typed section numbers. Names of people are fictional. Shared by every helper's tests: keep the
 * exported signatures stable.
 */
import type { Block, DocumentSnapshot } from '../../src/core/snapshot';

export type SnapshotLine = string | (Partial<Block> & { text: string });

/** Builds a snapshot from lines: a string is a plain paragraph; an object may set any block field. */
export function snapshotFromLines(lines: SnapshotLine[]): DocumentSnapshot {
  const blocks = lines.map((line, index): Block =>
    typeof line === 'string'
      ? { index, kind: 'paragraph', text: line, tags: [] }
      : { kind: 'paragraph', tags: [], ...line, index },
  );
  return { blocks, trackedChanges: 0, comments: 0 };
}

/** The seeds' typed bullet characters: a Symbol-font bullet (seed 000) and a small square (seed 001). */
export const SYMBOL_BULLET = '\uF0B7';
export const SQUARE_BULLET = '\u25AA';

/** Table cells as lines: rows of cells, each cell a list of paragraphs. */
function table(tableIndex: number, rows: string[][][], boldFirstRow = false): SnapshotLine[] {
  const lines: SnapshotLine[] = [];
  rows.forEach((cells, row) =>
    cells.forEach((paragraphs, col) =>
      paragraphs.forEach((text) =>
        lines.push({
          text,
          kind: 'cell',
          table: { table: tableIndex, row, col },
          ...(boldFirstRow && row === 0 && text ? { bold: true } : {}),
        }),
      ),
    ),
  );
  return lines;
}

const heading = (text: string): SnapshotLine => ({ text, bold: true });
const bullets = (bullet: string, items: string[]): string[] => items.map((item) => `${bullet} ${item}`);

function dutyRows(numberSuffix: string, bullet: string, duties: [string, string[]][]): string[][][] {
  return [
    [['Põhiülesanded'], ['Oodatavad tulemused']],
    ...duties.map(([task, results], i): string[][] => [[`3.${i + 1}${numberSuffix} ${task}`], bullets(bullet, results)]),
  ];
}

function competencyLines(bullet: string, standard: [string, string[]][], additional: string[]): SnapshotLine[] {
  const lines: SnapshotLine[] = [heading('Tööks vajalikud kompetentsid')];
  for (const [name, items] of standard) lines.push(`${name}:`, ...bullets(bullet, items));
  lines.push('', heading('Täiendavad kompetentsid, isikuomadused ja teadmised'));
  lines.push(...bullets(bullet, additional));
  return lines;
}

const AMETNIK_DUTIES: [string, string[]][] = [
  [
    'Koostöös teenuseomanikega avalikkuse teavitamiseks informatiivsete materjalide koostamine ja nende levitamine erinevate kanalite kaudu.',
    ['Materjalid on välja töötatud ning sihtgruppideni viidud.'],
  ],
  ['Teavituskampaaniate kavandamine ja läbiviimine.', ['Teavituskampaaniad on planeeritud ning läbi viidud.']],
  [
    'Kliendirahulolu küsitluste ettevalmistamine ja läbiviimine ning tulemuste analüüsimine.',
    [
      'Kliendirahulolu küsitlused on teenuste osas läbi viidud.',
      'Küsitluse tulemused on analüüsitud ning sisendid teenuse parendamiseks teenuse juhile antud.',
    ],
  ],
  [
    'Klientide pöördumiste analüüsimine ning tulemuste pinnalt ettepanekute tegemine info- ja veebimaterjalide parandamiseks, tööprotsesside parendamiseks, töötajate koolitamiseks ning tekkinud probleemidele lahenduste pakkumine.',
    [
      'Kliendipöördumiste vastamise kvaliteet tõuseb.',
      'Klientide pöördumised vähenevad.',
      'Teenuse juhile on sisendid teenuse parendamiseks antud.',
    ],
  ],
  [
    'Nõustab, jälgib ja analüüsib, et ameti kodulehel, inimestele saadetavatel dokumentidel ja siseveebis on info lihtne ja ühtlustatud loogikaga.',
    ['Informatsioon on selge ja arusaadav.'],
  ],
  [
    'Teenuseomanikule ja perehüvitiste valdkonna juhile ettepanekute tegemine äriprotsesside muutmiseks ning uute lahenduste pakkumine.',
    ['Teenuseomanikud on informeeritud vajalikest muudatustest ja on antud nõu teenuse parandamiseks.'],
  ],
  [
    'Ameti osakondade, klientide, teiste asutuste ja organisatsioonidega koostöö tegemine oma pädevusvaldkonnas.',
    ['Välja on kujunenud koostööpartnerite võrgustik.', 'Toimub infovahetus ja koostöö partneritega.'],
  ],
  [
    'Ettepanekute tegemine töökorralduse lihtsustamiseks ja parandamiseks.',
    [
      'Tehtud on asjakohased ettepanekud oma valdkonna töökorralduse lihtsustamiseks.',
      'Tehtud on põhjendatud arendusettepanekud, mis lähtuvad ameti eesmärkidest ja võimalustest.',
    ],
  ],
  [
    'Muude pädevusvaldkonda kuuluvate tegevuste korraldamine.',
    ['Muud tööga seotud tegevused ja projektid on omal initsiatiivil ja/või juhtkonna korraldusel edukalt läbi viidud.'],
  ],
  ['Vahetu juhi ühekordsete ülesannete teostamine.', ['Ülesanded on tehtud tähtaegselt ja korrektselt.']],
];

const KLIENDIKESKSUS: [string, string[]] = [
  'Kliendikesksus',
  [
    'Lähtub töös kliendi (nii sise- kui väliskliendi) vajadustest ning õigustest.',
    'Püüdleb oma töös kõrge kvaliteedi ning kliendirahulolu tagamise poole.',
    'Näitab üles austust avalikkuse ja kolleegide suhtes.',
  ],
];

const ASJATUNDLIKKUS_BULLETS = [
  'Tunneb põhjalikult oma vastutusala, hoiab end kursis valdkonna arengute ja parimate praktikatega.',
  'Seab kõrged standardid töötamisele, tegutseb professionaalselt ja saavutab  kokkulepitud eesmärgid.',
  'Täiendab ja jagab oma teadmisi ja infot, arendab end erialaselt. Järgib tööks vajalikke õigusakte ja juhendmaterjale.',
  'Tagab usaldusväärsuse oma pühendunud ja kohusetundliku tööga.',
];

const KOOSTOOVOIME: [string, string[]] = [
  'Koostöövõime',
  [
    'Tajub oma rolli ameti eesmärkide täitmisel ning teeb koostööd kolleegide ja partneritega.',
    'Tegutseb meeskonna liikmena ning leiab lahendusi koos kolleegidega.',
    'Täidab kokkulepped ja lubadused.',
    'On avatud, kuulab ja mõtleb kaasa. Annab ja kasutab tagasisidet eesmärkide saavutamiseks. Näitab üles algatusvõimet ja teeb ettepanekuid.',
  ],
];

const EFEKTIIVSUS: [string, string[]] = [
  'Efektiivsus',
  [
    'Organiseerib oma tööd efektiivselt, seab prioriteete ja täidab ülesanded õigeaegselt. On süsteemne ja sihipärane, kasutab efektiivseid tegutsemis-meetodeid, viib asjad lõpuni.',
    'On muutuvas keskkonnas võimeline kohanema.',
    'Võtab vastutuse enda tegevuse eest.',
    'Edastab infot selgelt ja otsekoheselt.',
    'Kasutab ressursse tulemuslikult ning vastutustundlikult.',
  ],
];

const AMETNIK_ADDITIONAL = [
  'Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus: Selgitab keerukaid teemasid arusaadavalt ja täpselt. Põhjendab veenvalt oma seisukohti.',
  'Analüüsi- ja üldistusvõime: Kogub, analüüsib ja hindab info olulisust ja asjakohasust, mõistab seoseid. Kasutab infot otsuste vastuvõtmisel ja soovituste andmisel.',
  'Korrektsus: Täidab ülesandeid täpselt, kvaliteetselt, tähtaegselt ja vastavalt seatud nõuetele. Väljendab end selgelt ja vormiliselt korrektselt. Vigade tekkimisel parandab need koheselt. Märkab ka teiste kolleegide töös esile kerkinud vigu ja juhib neile tähelepanu.',
  'Efektiivsus: On süsteemne, sihipärane, viib asjad lõpuni ja on võimeline muutuvas keskkonnas kohanema. Võtab vastutuse enda tegevuse eest.',
  'Asjatundlikkus: Hoiab end kursis valdkonna arengute ja parimate praktikatega, täiendab ja jagab oma teadmisi, seab kõrged standardid töötamisele, tegutseb professionaalselt ja saavutab kokkulepitud eesmärgid.',
  'Abivalmidus: Märkab abivajajat ja pakub ise abi. Kuulab ja selgitab probleemi olemust, et leida lahendus. Kui ise ei oska, leiab kellegi, kes oskab aidata.',
  'Pingetaluvus: Säilitab sisemise tasakaalu ja töövõime ka olukordades, kus ollakse vastamisi vastasseisuga või kui töötatakse pidevas stressi olukorras või suure töökoormusega. Tuleb konstruktiivselt toime ebaõnnestumiste ja tagasisidega. Oskab teiste pingeid maha võtta.',
  'Empaatiavõime: On tähelepanelik teiste vajaduste, murede ja tunnete suhtes, tajub ja mõistab neid. Suhtleb taktitundeliselt ka pingelistes ja emotsionaalsetes olukordades.',
  'Juhendamisoskus: Aitab kaastöötajatel leida nende töös uusi võimalusi, meetodeid ja teadmist. Võimaldab kaastöötajatel vastutust võtta ja julgustab neid panustama enda arengusse. Innustab tegutsema ja saavutama, näitab üles positiivsust ja entusiasmi, aitab lahendada probleeme.',
  'Loovus: Genereerib ideid ja teeb uusi algatusi, näitab üles initsiatiivi. Arendab uusi ja olemasolevaid lahendusi. Innustub uute võimaluste ja lahenduste leidmisest. Otsib inspiratsiooni teistest valdkondadest, et luua lisaväärtust.',
  'Suhete loomise oskus: Arendab teadlikult nii formaalseid kui mitteformaalseid suhteid, loob suhteid ja suhete võrgustikke tegevusvaldkonnas oma töö edendamiseks. On koostööpartneritega avatud ja sõbralik. Võtab aktiivselt osa üritustest ja algatab ise kokkusaamisi.',
];

/** Seed 000: civil servant (ametnik), "Nõunik"; signed by the director general alone. */
export function ametnikSeedSnapshot(): DocumentSnapshot {
  const b = SYMBOL_BULLET;
  return snapshotFromLines([
    heading('AMETIJUHEND'),
    '',
    heading('1. ÜLDOSA'),
    ...table(0, [
      [['1.1 Ametinimetus'], ['1.2 Struktuuriüksus']],
      [['Nõunik'], ['Hüvitiste osakond (perehüvitiste valdkonna tiim)']],
    ]),
    '',
    ...table(1, [
      [['1.3 Vahetu juht'], ['1.4 Kes asendab'], ['1.5 Keda asendab']],
      [['Perehüvitiste valdkonna juht'], ['Nõunik'], ['Nõunikku']],
    ]),
    '',
    heading('2. AMETIKOHA EESMÄRK'),
    'Ametikoha eesmärk on perehüvitiste valdkonna tiimi teenistujate nõustamine ja toetamine asutuse siseste ja väliste teavitustegevuste planeerimisel ja -materjalide valmistamisel. Samuti kliendi rahulolu-uuringute planeerimine ja läbi viimine ning klientidelt saadud tagasiside ja kliendipöördumiste analüüsimine ja teenuseomanike nõustamine põhimääruses sätestatud teenuste arendamisel kasutajamugavaks ja vajadusepõhiseks.',
    '',
    heading('3. TEENISTUSKOHUSTUSED'),
    ...table(2, dutyRows('', b, AMETNIK_DUTIES), true),
    '',
    heading('4. ÕIGUSED'),
    'Ametnikul on õigus:',
    ...bullets(b, [
      'saada tööülesannete täitmiseks vajalikku infot ja abi teistelt ameti struktuuriüksustelt;',
      'osaleda ametikohale vajalikel infopäevadel ja koolitustel;',
      'taotleda vajalikke töövahendeid ja -tingimusi;',
      'esindada ametit oma valdkonna piires töörühmades ja kohtumistel;',
      'saada ligipääs tööks vajalikele infosüsteemidele;',
      'esindada ametit oma valdkonna piires AKIs, politseis, prokuratuuris, ning kohtumenetluses;',
      'teha ettepanekuid ameti töö paremaks korraldamiseks oma töövaldkonnas.',
    ]),
    '',
    heading('5. VASTUTUS'),
    'Ametnik vastutab:',
    ...bullets(b, [
      'tööülesannete tulemusliku täitmise eest vastavalt ametijuhendile, struktuuriüksuse ja ameti põhimäärusele ning püstitatud eesmärkidele;',
      'tööülesannete täitmiseks antud riigi vara heaperemeheliku kasutamise eest;',
      'tööülesannete täitmisega seoses teatavaks saanud isikuandmete, juurdepääsupiiranguga teabe ning konfidentsiaalse info hoidmise eest;',
      'infosüsteemide turvalise ning sihipärase kasutamise eest;',
      'oma kvalifikatsiooni hoidmise ning erialase kompetentsi täiendamise eest.',
    ]),
    '',
    heading('6. TÖÖVAHENDID'),
    'Töövahenditeks on ametniku kasutusse antud kontorimööbel, kontoritarbed, sülearvuti koos tööks vajaliku tarkvaraga, mobiiltelefon ning ühiskasutuses olev kontoritehnika.',
    '',
    heading('7. AMETIKOHALE ESITATAVAD NÕUDED'),
    heading('Haridus'),
    'Kõrgharidus',
    heading('Töökogemus'),
    'Vähemalt 2-aastane töökogemus ametiasutuse või ametikoha töövaldkonnas.',
    heading('Keeleoskus'),
    'Eesti keele valdamine vähemalt tasemel C1.',
    'Vähemalt ühe võõrkeele (soovitavalt inglise või vene keel) oskus vähemalt tasemel B1.',
    heading('Arvutikasutamise oskus'),
    'Teksti- ja andmetöötluse põhifunktsioonide kasutamine. Info- ja kommunikatsioonitehnoloogia kasutamine info otsimiseks, analüüsimiseks, salvestamiseks ja edastamiseks, ideede väljendamiseks ning suhtlemiseks.',
    '',
    ...competencyLines(
      b,
      [
        KLIENDIKESKSUS,
        [
          'Eestvedamine',
          [
            'Seab eesmärgid ja kõrged standardid töötegemiseks.',
            'Seab tegevused eesmärke silmas pidades tähtsuse järjekorda ja loob selguse töökorralduses.',
            'Toetab edasipüüdlikkust.',
            'Tagab üheselt mõistetava ja kiire infovahetuse.',
            'Tema juhtimisel saavad asjad tehtud, teeb otsuseid ning kindlustab otsuste elluviimise.',
            'Võtab vastutuse enda ja meeskonna tegevuse eest.',
            'Juhib protsesse ja kasutab ressursse tulemuslikult ning vastutustundlikult.',
          ],
        ],
        ['Asjatundlikkus', ASJATUNDLIKKUS_BULLETS],
        KOOSTOOVOIME,
        EFEKTIIVSUS,
      ],
      AMETNIK_ADDITIONAL,
    ),
    '',
    heading('8. AMETIJUHENDI MUUTMINE'),
    'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.',
    '',
    '(allkirjastatud digitaalselt)',
    'Kadri Tamm',
    'Peadirektor',
  ]);
}

const TOOTAJA_DUTIES: [string, string[]][] = [
  [
    'Kliendikeskse hoiaku kujundamine ja teenuste kvaliteedi parandamisele suunatud tegevuste rakendamine teenuste arendamisel KOVides, sh kliendi ja teiste oluliste osapoolte vajaduste väljaselgitamine.',
    ['Teenused on kliendikesksed, kvaliteetsed ning kooskõlas ameti strateegiliste eesmärkidega.'],
  ],
  [
    'Arendusprojektide koordineerimine ja nendes osalemine.',
    [
      'Arendusvajadused on kaardistatud.',
      'Kõik arendusprojektid on planeeritud.',
      'Vajalikud arendusprojektid on realiseeritud vastavalt tekkinud vajadustele.',
    ],
  ],
  [
    'Olemasolevate teenuste analüüsimine ja parendusettepanekute koostamine rakenduste/teenuste omanikele.',
    ['Olemasolevad teenused on kaasajastatud.'],
  ],
  [
    'Uute teenuste kontseptsioonide loomine, arendusprotsessis osalemine ja teenuste prototüüpide koostamine ja kinnitamine enne arenduse algust ning arenduse käigus.',
    ['Arenduste tellimused on läbimõeldud ja tulemuslikud.'],
  ],
  [
    'Avalikkuse teavitamiseks informatiivsete materjalide kavandite koostamine. Tuginedes jõustunud õigusaktidele juhendmaterjalide ja memode koostamine ühtse halduspraktika kujundamiseks.',
    ['Informatiivsete materjalide kavandid on välja töötatud.'],
  ],
  ['Oma pädevuse piires arvamuste andmine õigusaktide eelnõudele.', ['Arvamused on kujundatud ja kavandid koostatud.']],
  [
    'Ameti tööplaani koostamisel osalemine ja ülesannete täitmise jälgimine.',
    ['Ettepanekud tööplaanis kajastatavate ülesannete osas on tehtud.'],
  ],
  ['Ettepanekute tegemine ameti strateegilise arengukava ja tööplaanide koostamisse.', ['Ettepanekud on tehtud.']],
  ['Ettepanekute tegemine töökorralduse lihtsustamiseks ja parandamiseks.', ['Ettepanekud on tehtud.']],
  [
    'Ameti arengukavast ja tööplaanist tulenevate eesmärkide saavutamiseks arendusprojektide algatamine, juhtimine ja koordineerimine.',
    ['Algatatud projektid on koostöös peamiste rakendajatega ja kasutajatega ellu viidud.'],
  ],
  [
    'Koostöö teiste osakondadega ja/või asutuste ja organisatsioonidega oma pädevusvaldkonnas.',
    ['Välja on kujunenud koostööpartnerite võrgustik.', 'Toimub infovahetus ja koostöö partneritega.'],
  ],
  [
    'Muude pädevusvaldkonda kuuluvate tegevuste korraldamine ja uuenduste algatamine.',
    [
      'Muud tööga seotud tegevused ja projektid on omal initsiatiivil ja/või juhtkonna korraldusel edukalt läbi viidud.',
      'Tehtud on põhjendatud ettepanekud töökorralduse parandamiseks või muud arendusettepanekud, mis lähtuvad ameti võimalustest ja eesmärkidest.',
    ],
  ],
  ['Vahetu juhi antud muude ühekordsete ülesannete täitmine.', ['Ülesanded on täidetud nõuetekohaselt ja tähtaegselt.']],
];

const TOOTAJA_ADDITIONAL = [
  'Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus: Selgitab keerukaid teemasid arusaadavalt ja täpselt. Põhjendab veenvalt oma seisukohti. Kindlustab osapoolte toetuse ja pühendumuse muutustele, projektidele vms, kasutades erinevaid mõjutamismeetodeid ja -kanaleid.',
  'Analüüsi- ja üldistusvõime: Valib sobivad meetodid info kogumiseks, analüüsib ja hindab info olulisust ja asjakohasust, näeb tervikpilti ja mõistab seoseid, kasutab infot otsuste vastuvõtmisel ja soovituste ning prognooside tegemisel.',
  'Korrektsus: Täidab ülesandeid täpselt, kvaliteetselt, tähtaegselt ja vastavalt seatud nõuetele. Väljendab end selgelt ja vormiliselt korrektselt. Vigade tekkimisel märkab neid ning parandab need koheselt. Märkab ka teiste inimeste vigu ja juhib neile tähelepanu.',
  'Empaatiavõime: On tähelepanelik teiste vajaduste, murede ja tunnete suhtes, tajub ja mõistab neid. Suhtleb taktitundeliselt ka pingelistes ja emotsionaalsetes olukordades. Julgustab ja toetab.',
  'Juhendamisoskus: Aitab kaastöötajatel leida nende töös uusi võimalusi, meetodeid ja teadmist. Võimaldab kaastöötajatel vastutust võtta ja julgustab neid panustama enda arengusse. Innustab tegutsema ja saavutama, näitab üles positiivsust ja entusiasmi, aitab lahendada probleeme.',
  'Loovus: Genereerib ideid ja teeb uusi algatusi, näitab üles initsiatiivi. Arendab uusi ja olemasolevaid lahendusi. Innustub uute võimaluste ja lahenduste leidmisest. Otsib inspiratsiooni teistest valdkondadest, et luua lisaväärtust.',
  'Pingetaluvus (tasakaalukus): Hoiab oma tundeid kontrolli alla ja säilitab tasakaalu ja töövõime ka olukordades, kus ollakse vastamisi vaenulikkuse või vastasseisuga või kui töötatakse pidevas stressi olukorras või suure töökoormusega. Tuleb konstruktiivselt toime ebaõnnestumiste ja kriitikaga. Oskab teiste pingeid maha võtta.',
  'Abivalmidus: Märkab abivajajat ja pakub ise abi. On kättesaadav erinevates küsimustes. Kuulab ja selgitab probleemi olemust, et leida lahendus. Kui ise ei oska, leiab kellegi, kes oskab aidata.',
  'Suhete loomise oskus: Arendab teadlikult nii formaalseid kui mitteformaalseid suhteid, loob suhteid ja suhete võrgustikke tegevusvaldkonnas oma töö edendamiseks. On koostööpartneritega avatud ja sõbralik. Võtab aktiivselt osa üritustest ja algatab ise kokkusaamisi.',
];

/** Seed 001: employee (töötaja), annex to an employment contract; signed by both parties. */
export function tootajaSeedSnapshot(): DocumentSnapshot {
  const b = SQUARE_BULLET;
  return snapshotFromLines([
    'Töölepingu juurde kuuluv lisa',
    '',
    heading('AMETIJUHEND'),
    '',
    heading('1. ÜLDOSA'),
    ...table(0, [
      [['1.1 Ametinimetus'], ['1.2 Struktuuriüksus']],
      [['Teenuse arendusnõustaja'], ['Õiguse ja järelevalve osakond, KOV nõustamistalitus']],
    ]),
    '',
    ...table(1, [
      [['1.3 Vahetu juht'], ['1.4 Kes asendab'], ['1.5 Keda asendab']],
      [['Piirkonna juht'], ['Teenuse arendusnõustaja, piirkonna juht'], ['Teenuse arendusnõustajat']],
    ]),
    '',
    heading('2. TÖÖKOHA EESMÄRK'),
    'Töökoha eesmärk on ESF TATi "Pikaajalise hoolduse kättesaadavuse ja kvaliteedi parandamine" projekti "Teenuste kvaliteedi edendamine ja kohaliku omavalitsuse üksuste võimestamine hoolekandelise abi korraldamisel" elluviimise toetamine, luues eelduseid kohaliku omavalistuse üksustele kliendikesksete teenuste loomiseks, kasutades teenusedisaini ja teisi metoodikaid.',
    '',
    heading('3. TÖÖÜLESANDED'),
    ...table(2, dutyRows('.', b, TOOTAJA_DUTIES), true),
    '',
    heading('4. ÕIGUSED'),
    'Töötajal on õigus:',
    ...bullets(b, [
      'saada tööülesannete täitmiseks vajalikku infot, sh ligipääs tööks vajalikele infosüsteemidele;',
      'saada tööalast juhendamist ja põhjendatud juhul supervisiooni;',
      'osaleda ja esindada ametit oma valdkonna piires töörühmades, koolitustel jne;',
      'vastu võtta otsuseid oma pädevuse piires;',
      'teha kaugtööd kokkuleppel vahetu juhiga;',
      'kasutada kõiki ameti esindusi töö tegemiseks.',
    ]),
    '',
    heading('5. VASTUTUS'),
    'Töötaja vastutab:',
    ...bullets(b, [
      'tööülesannete tulemusliku täitmise eest vastavalt ametijuhendile, ameti põhimäärusele, äriprotsesside töövoogudele ja muudele kehtivatele õigusaktidele, juhenditele ning püstitatud eesmärkidele;',
      'tööülesannete täitmiseks antud riigi vara heaperemeheliku kasutamise eest;',
      'tööülesannete täitmisega seoses teatavaks saanud isikuandmete, juurdepääsupiiranguga teabe ning konfidentsiaalse info hoidmise eest;',
      'andmebaaside ja infosüsteemide turvalise ning sihipärase kasutamise eest;',
      'oma kvalifikatsiooni hoidmise ning täiendamise eest;',
      'ameti maine hoidmise eest enda poolt vahendatavas teabes ja oma tegevustes.',
    ]),
    '',
    heading('6. TÖÖVAHENDID'),
    'Töövahenditeks on töötaja kasutusse antud sülearvuti tööks vajaliku tarkvaraga, mobiiltelefon ning ühiskasutuses olev kontoritehnika ja -mööbel.',
    '',
    heading('7. TÖÖKOHALE ESITATAVAD NÕUDED'),
    heading('Haridus'),
    'Kõrgharidus',
    heading('Töökogemus'),
    'Vähemalt 3-aastane töökogemus valdkonnas',
    heading('Keeleoskus'),
    'Eesti keele valdamine vähemalt tasemel C1.',
    'Vähemalt ühe võõrkeele (soovitavalt inglise keel) oskus vähemalt tasemel B2.',
    heading('Arvutikasutamise oskus'),
    'Vilunud MS Office tootepere kasutaja. Omandab kiiresti uute programmide spetsiifika ning otsib uusi infotehnoloogilisi lahendusi oma töö lihtsustamiseks.',
    '',
    ...competencyLines(
      b,
      [
        KLIENDIKESKSUS,
        ['Asjatundlikkus', [...ASJATUNDLIKKUS_BULLETS.map((s) => s.replace('  ', ' ')), 'Tunneb teenuste disaini ja arenduste põhimõtteid/metoodikaid.']],
        KOOSTOOVOIME,
        EFEKTIIVSUS,
      ],
      TOOTAJA_ADDITIONAL,
    ),
    '',
    heading('8. AMETIJUHENDI MUUTMINE'),
    'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.',
    '',
    'Poolte allkirjad:',
    ...table(3, [
      [['Tööandja:'], ['Töötaja:']],
      [
        ['(allkirjastatud digitaalselt)', 'Kadri Tamm', 'Peadirektor'],
        ['(allkirjastatud digitaalselt)', 'Liisa Kask'],
      ],
    ]),
    '',
  ]);
}
