/**
 * The demo page's documents: a civil-servant job description made from the first seed's content
 * (fictional signer), laid out as the add-in builds one, with a few real problems left in it for
 * the check to find; the same with 400 duties for the benchmark; and an empty document.
 */
import { defaultCatalogue } from '../core/catalogue/load';
import { competencyPlan } from '../core/catalogue/plan';
import type { Block, DocumentSnapshot } from '../core/snapshot';
import { sectionTag, SIGNATURES_TAG, TITLE_TAG } from '../core/tags';

/** Builds blocks in document order, the way Word's body.paragraphs lists them. */
class Builder {
  readonly blocks: Block[] = [];
  private tags: string[] = [];
  private tables = 0;

  /** Everything added inside `fill` sits in a content control tagged `tag`. */
  within(tag: string, fill: () => void): this {
    this.tags = [...this.tags, tag];
    fill();
    this.tags = this.tags.slice(0, -1);
    return this;
  }

  paragraph(text: string, extra: Partial<Block> = {}): this {
    this.blocks.push({ index: this.blocks.length, kind: 'paragraph', text, style: 'Normal', tags: [...this.tags], ...extra });
    return this;
  }

  heading(text: string): this {
    return this.paragraph(text, { headingLevel: 1, style: 'Heading 1' });
  }

  bold(text: string): this {
    return this.paragraph(text, { bold: true });
  }

  bullets(items: string[]): this {
    for (const text of items) this.paragraph(text, { bullet: true, listLevel: 0, style: 'List Paragraph' });
    return this;
  }

  /** Rows of cells, each cell a list of paragraphs; the first row bold when `header`. */
  table(rows: string[][][], header = false): this {
    const table = this.tables++;
    rows.forEach((cells, row) =>
      cells.forEach((paragraphs, col) => {
        for (const text of paragraphs.length ? paragraphs : ['']) {
          this.blocks.push({
            index: this.blocks.length,
            kind: 'cell',
            text,
            table: { table, row, col },
            tags: [...this.tags],
            ...(header && row === 0 ? { bold: true } : {}),
          });
        }
      }),
    );
    return this;
  }

  /** A catalogue competency, written and tagged as the add-in's competency plan does. */
  competency(id: string): this {
    const catalogue = defaultCatalogue();
    const entry = catalogue.competencies.find((c) => c.id === id);
    if (!entry) throw new Error(`The catalogue has no competency "${id}"`);
    const plan = competencyPlan(entry, catalogue.version, 'et');
    return this.within(plan.tag!, () => {
      for (const block of plan.blocks) {
        if (block.type === 'bullet') this.bullets([block.text]);
        else if (block.type === 'paragraph') this.paragraph(block.text);
      }
    });
  }

  snapshot(): DocumentSnapshot {
    return { blocks: this.blocks, trackedChanges: 0, comments: 0 };
  }
}

type Duty = [task: string, results: string[]];

/** The seed's duties, shortened; duty 3.5 has lost its expected result (a problem to find). */
const SEED_DUTIES: Duty[] = [
  [
    'Koostöös teenuseomanikega avalikkuse teavitamiseks informatiivsete materjalide koostamine ja nende levitamine erinevate kanalite kaudu.',
    ['Materjalid on välja töötatud ning sihtgruppideni viidud.'],
  ],
  ['Teavituskampaaniate kavandamine ja läbiviimine.', ['Teavituskampaaniad on planeeritud ning läbi viidud.']],
  [
    'Kliendirahulolu küsitluste ettevalmistamine ja läbiviimine ning tulemuste analüüsimine.',
    ['Kliendirahulolu küsitlused on teenuste osas läbi viidud.', 'Küsitluse tulemused on analüüsitud ning sisendid teenuse parendamiseks teenuse juhile antud.'],
  ],
  [
    'Klientide pöördumiste analüüsimine ning tulemuste pinnalt ettepanekute tegemine info- ja veebimaterjalide parandamiseks.',
    ['Klientide pöördumised vähenevad.', 'Teenuse juhile on sisendid teenuse parendamiseks antud.'],
  ],
  ['Ameti osakondade, klientide, teiste asutuste ja organisatsioonidega koostöö tegemine oma pädevusvaldkonnas.', ['']],
  ['Vahetu juhi ühekordsete ülesannete teostamine.', ['Ülesanded on tehtud tähtaegselt ja korrektselt.']],
];

/** `count` duties: the seed's first, then generated ones (every one with a result). */
function duties(count: number): Duty[] {
  if (count <= SEED_DUTIES.length) return SEED_DUTIES.slice(0, count);
  const extra: Duty[] = [];
  for (let n = SEED_DUTIES.length + 1; n <= count; n++) {
    extra.push([`Valdkonna tööülesande nr ${n} planeerimine, korraldamine ja tulemuste analüüsimine.`, [`Ülesanne nr ${n} on tähtaegselt ja kvaliteetselt täidetud.`]]);
  }
  return [...SEED_DUTIES, ...extra];
}

/** The civil servant's job description with `dutyCount` duties. */
export function demoDocument(dutyCount = SEED_DUTIES.length): DocumentSnapshot {
  const b = new Builder();
  b.within(TITLE_TAG, () => b.bold('AMETIJUHEND'));
  b.within(sectionTag('uldosa'), () =>
    b.heading('1. ÜLDOSA').table([
      [['1.1 Ametinimetus'], ['Nõunik']],
      [['1.2 Struktuuriüksus'], ['Hüvitiste osakond (perehüvitiste valdkonna tiim)']],
      [['1.3 Vahetu juht'], ['Perehüvitiste valdkonna juht']],
      [['1.4 Kes asendab'], ['Nõunik']],
      [['1.5 Keda asendab'], ['']], // empty field
    ]),
  );
  b.within(sectionTag('eesmark'), () =>
    b
      .heading('2. AMETIKOHA EESMÄRK')
      .paragraph(
        'Ametikoha eesmärk on perehüvitiste valdkonna tiimi teenistujate nõustamine ja toetamine asutuse siseste ja väliste teavitustegevuste planeerimisel ja -materjalide valmistamisel. Samuti kliendi rahulolu-uuringute planeerimine ja läbiviimine ning klientidelt saadud tagasiside analüüsimine.',
      ),
  );
  b.within(sectionTag('ulesanded'), () =>
    b.heading('3. TEENISTUSKOHUSTUSED').table(
      [[['Põhiülesanded'], ['Oodatavad tulemused']], ...duties(dutyCount).map(([task, results], i): string[][] => [[`3.${i + 1} ${task}`], results])],
      true,
    ),
  );
  b.within(sectionTag('oigused'), () =>
    b
      .heading('4. ÕIGUSED')
      .paragraph('Ametnikul on õigus:')
      .bullets([
        'saada tööülesannete täitmiseks vajalikku infot ja abi teistelt ameti struktuuriüksustelt;',
        'osaleda ametikohale vajalikel infopäevadel ja koolitustel;',
        'taotleda vajalikke töövahendeid ja -tingimusi;',
        'teha ettepanekuid ameti töö paremaks korraldamiseks oma töövaldkonnas.',
      ]),
  );
  b.within(sectionTag('vastutus'), () =>
    b
      .heading('5. VASTUTUS')
      .paragraph('Ametnik vastutab:')
      .bullets([
        'tööülesannete tulemusliku täitmise eest vastavalt ametijuhendile, struktuuriüksuse ja ameti põhimäärusele ning püstitatud eesmärkidele;',
        'tööülesannete täitmiseks antud riigi vara heaperemeheliku kasutamise eest;',
        'tööülesannete täitmisega seoses teatavaks saanud isikuandmete, juurdepääsupiiranguga teabe ning konfidentsiaalse info hoidmise eest;',
        'oma kvalifikatsiooni hoidmise ning erialase kompetentsi täiendamise eest.',
      ]),
  );
  b.within(sectionTag('toovahendid'), () =>
    b
      .heading('6. TÖÖVAHENDID')
      // A placeholder left in by whoever started from a template.
      .paragraph('Töövahenditeks on ametniku kasutusse antud kontorimööbel, kontoritarbed, [...] ning ühiskasutuses olev kontoritehnika.'),
  );
  b.within(sectionTag('nouded'), () => {
    b.heading('7. AMETIKOHALE ESITATAVAD NÕUDED');
    b.bold('Haridus').paragraph('Kõrgharidus');
    b.bold('Töökogemus').paragraph('Vähemalt 2-aastane töökogemus ametiasutuse või ametikoha töövaldkonnas.');
    b.bold('Keeleoskus')
      .paragraph('Eesti keele valdamine vähemalt tasemel C2.') // above C1, which an employer may not require
      .paragraph('Vähemalt ühe võõrkeele (soovitavalt inglise või vene keel) oskus vähemalt tasemel B1.');
    b.bold('Arvutikasutamise oskus').paragraph('Teksti- ja andmetöötluse põhifunktsioonide kasutamine.');
    // Competencies as the add-in inserts them from the catalogue.
    b.bold('Tööks vajalikud kompetentsid');
    for (const id of ['kliendikesksus', 'eestvedamine', 'asjatundlikkus', 'koostoovoime', 'efektiivsus']) b.competency(id);
    b.bold('Täiendavad kompetentsid, isikuomadused ja teadmised');
    for (const id of ['analuusi-ja-uldistusvoime', 'korrektsus']) b.competency(id);
  });
  b.within(sectionTag('muutmine'), () =>
    b.heading('8. AMETIJUHENDI MUUTMINE').paragraph('Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.'),
  );
  b.within(SIGNATURES_TAG, () => b.paragraph('(allkirjastatud digitaalselt)').paragraph('Kadri Tamm').paragraph('Peadirektor'));
  return b.snapshot();
}

/** A new Word document: one empty paragraph. */
export function emptyDocument(): DocumentSnapshot {
  return new Builder().paragraph('').snapshot();
}

/** The document named by the page's `?doc=` parameter: `empty`, `bench400` (or `benchN`), else the demo. */
export function documentFor(param: string | null): DocumentSnapshot {
  if (param === 'empty') return emptyDocument();
  const bench = /^bench(\d{1,4})$/.exec(param ?? '');
  if (bench) return demoDocument(Math.max(1, Number(bench[1])));
  return demoDocument();
}
