import catalogueJson from '../data/catalogue/default.json';
import type { Catalogue, Clause } from '../src/core/catalogue/types';
import type { ContentPlan } from '../src/core/content';
import type { JobDescription } from '../src/core/model';
import {
  clausePlan,
  dutyRowEdit,
  PLACEHOLDERS,
  sectionInsertPoint,
  sectionPlan,
  signaturePlan,
  skeletonPlans,
} from '../src/core/plans';
import type { SectionId, StructureProfile } from '../src/core/profile-types';
import { defaultProfiles } from '../src/core/profiles';
import { readJobDescription } from '../src/core/reader';
import { checkDocument } from '../src/core/engine';
import { makeBlock, type Block, type DocumentSnapshot } from '../src/core/snapshot';
import { ametnikSeedSnapshot, tootajaSeedSnapshot } from './core/seed-snapshots';

const catalogue = catalogueJson as unknown as Catalogue;
const profile = (id: string): StructureProfile => {
  const p = defaultProfiles().find((x) => x.id === id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};

/** What a host makes of plans: one block per paragraph, table cells in order, the plan's tag on each. */
function render(plans: ContentPlan[]): DocumentSnapshot {
  const blocks: Block[] = [];
  let table = -1;
  for (const plan of plans) {
    const tags = plan.tag ? [plan.tag] : [];
    for (const b of plan.blocks) {
      const at = blocks.length;
      if (b.type === 'heading') blocks.push(makeBlock(at, b.text, { headingLevel: b.level, style: `Heading ${b.level}`, tags }));
      else if (b.type === 'paragraph') blocks.push(makeBlock(at, b.text, { bold: b.bold || undefined, tags }));
      else if (b.type === 'bullet') blocks.push(makeBlock(at, b.text, { bullet: true, listLevel: 0, tags }));
      else {
        table++;
        b.rows.forEach((row, r) =>
          row.forEach((cell, c) =>
            cell.forEach((text) => blocks.push(makeBlock(blocks.length, text, { kind: 'cell', table: { table, row: r, col: c }, tags }))),
          ),
        );
      }
    }
  }
  return { blocks, trackedChanges: 0, comments: 0 };
}

/** Types `value` over the first empty or placeholder block after the block whose text is `label` (as a user would). */
function fillAfter(snapshot: DocumentSnapshot, label: string, value: string, nth = 0): void {
  const at = snapshot.blocks.filter((b) => b.text === label)[nth];
  if (!at) throw new Error(`no block "${label}"`);
  const empty = snapshot.blocks.find((b) => b.index > at.index && (b.text === '' || /^\[.*\]$/.test(b.text)));
  if (!empty) throw new Error(`no empty block after "${label}"`);
  empty.text = value;
}

const allTexts = (plans: ContentPlan[]): string[] =>
  plans.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flat(2) : [b.text])));

describe('skeletonPlans', () => {
  it('starts with the variant marker and the title, then every section in order with its tag and heading', () => {
    const tootaja = profile('tootaja');
    const plans = skeletonPlans(tootaja);
    expect(plans[0].tag).toBe('jd:title');
    expect(plans[0].blocks).toEqual([
      { type: 'paragraph', text: 'Töölepingu juurde kuuluv lisa' },
      { type: 'paragraph', text: 'AMETIJUHEND', bold: true },
    ]);
    const sectionPlans = plans.slice(1, 1 + tootaja.sections.length);
    expect(sectionPlans.map((p) => p.tag)).toEqual(tootaja.sections.map((s) => `jd:section:${s.id}`));
    expect(sectionPlans.map((p) => p.blocks[0])).toEqual(
      tootaja.sections.map((s) => ({ type: 'heading', level: 1, text: `${s.number}. ${s.title}` })),
    );
    expect(sectionPlans[0].title).toBe('1. ÜLDOSA');
    expect(plans[plans.length - 1].tag).toBe('jd:signatures');
  });

  it('has no marker line for the civil servant', () => {
    const plans = skeletonPlans(profile('ametnik'));
    expect(plans[0].blocks).toEqual([{ type: 'paragraph', text: 'AMETIJUHEND', bold: true }]);
  });

  it('writes part 1 as a label | value table and the duties table with its header and row 3.1', () => {
    const ametnik = profile('ametnik');
    const part1 = sectionPlan(ametnik, 'uldosa').blocks[1];
    expect(part1).toEqual({
      type: 'table',
      rows: [
        [['1.1 Ametinimetus'], ['']],
        [['1.2 Struktuuriüksus'], ['']],
        [['1.3 Vahetu juht'], ['']],
        [['1.4 Kes asendab'], ['']],
        [['1.5 Keda asendab'], ['']],
      ],
    });
    expect(sectionPlan(ametnik, 'ulesanded').blocks).toEqual([
      { type: 'heading', level: 1, text: '3. TEENISTUSKOHUSTUSED' },
      { type: 'table', header: true, rows: [[['Põhiülesanded'], ['Oodatavad tulemused']], [['3.1 [Ülesanne]'], ['[Oodatav tulemus]']]] },
    ]);
  });

  it('lists the requirement labels, each followed by its placeholder (an empty paragraph under a competency heading)', () => {
    const blocks = sectionPlan(profile('tootaja'), 'nouded').blocks.slice(1);
    const labels = [
      ['Haridus', '[Nõutav haridus]'],
      ['Töökogemus', '[Nõutav töökogemus]'],
      ['Keeleoskus', '[Eesti keele tase ja muud keeled]'],
      ['Arvutikasutamise oskus', '[Nõutav arvutikasutamise oskus]'],
      ['Tööks vajalikud kompetentsid', ''],
      ['Täiendavad kompetentsid, isikuomadused ja teadmised', ''],
    ];
    expect(blocks).toEqual(labels.flatMap(([text, value]) => [{ type: 'paragraph', text, bold: true }, { type: 'paragraph', text: value }]));
  });

  it('fills rights, responsibility, tools and the change clause from the catalogue for the variant only', () => {
    const tootaja = profile('tootaja');
    const rights = sectionPlan(tootaja, 'oigused', catalogue).blocks;
    const clause = catalogue.clauses.find((c) => c.id === 'oigused-tootaja') as Clause;
    expect(rights[1]).toEqual({ type: 'paragraph', text: 'Töötajal on õigus:' });
    expect(rights.slice(2)).toEqual(clause.items.et.map((text) => ({ type: 'bullet', text })));
    expect(JSON.stringify(rights)).not.toContain('Ametnikul');
    const change = sectionPlan(tootaja, 'muutmine', catalogue).blocks;
    expect(change[1]).toEqual({ type: 'paragraph', text: catalogue.clauses.find((c) => c.id === 'muutmine')?.items.et[0] });
    // Without a catalogue: a placeholder the check reports until it is replaced.
    expect(sectionPlan(tootaja, 'oigused').blocks.slice(1)).toEqual([{ type: 'paragraph', text: '[Osa tekst]' }]);
  });

  it('ends with the signature block of the profile: parties for the employee, one signer for the civil servant', () => {
    expect(signaturePlan(profile('tootaja')).blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'Poolte allkirjad:', 'Tööandja:', '(allkirjastatud digitaalselt)', '[Ees- ja perekonnanimi]', '[Ametinimetus]',
      'Töötaja:', '(allkirjastatud digitaalselt)', '[Ees- ja perekonnanimi]', '[Ametinimetus]',
    ]);
    expect(signaturePlan(profile('ametnik')).blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      '(allkirjastatud digitaalselt)', '[Ees- ja perekonnanimi]', '[Ametinimetus]',
    ]);
  });

  it.each(['ametnik', 'tootaja'])('never lets the check say "ready" while anything the skeleton left open remains (%s)', (id) => {
    const p = profile(id);
    const texts = allTexts(skeletonPlans(p, catalogue));
    const placeholders = texts.flatMap((t) => t.match(/\[[^\]]+\]/g) ?? []);
    expect([...new Set(placeholders)].sort()).toEqual(Object.values(PLACEHOLDERS).filter((x) => x !== '[Osa tekst]').sort());
    // Everything filled in but one placeholder: that one is still an error, so the verdict is not "ready".
    const filled = () => {
      const snapshot = render(skeletonPlans(p, catalogue));
      const purpose = p.sections.find((s) => s.id === 'eesmark')!;
      for (const [label, value] of [['1.1 Ametinimetus', 'Nõunik'], ['1.2 Struktuuriüksus', 'Üksus'], ['1.3 Vahetu juht', 'Juhataja'], ['1.4 Kes asendab', 'Nõunik'], ['1.5 Keda asendab', 'Nõunikku'], [`${purpose.number}. ${purpose.title}`, 'Ametikoha eesmärk on nõustada.']]) fillAfter(snapshot, label, value);
      return snapshot;
    };
    const everything = filled();
    const open = everything.blocks.filter((b) => /\[[^\]]+\]/.test(b.text));
    expect(open.length).toBe(placeholders.length);
    for (const left of open) {
      const snapshot = filled();
      for (const b of open) if (b.index !== left.index) snapshot.blocks[b.index].text = b.text.replace(/\[[^\]]+\]/, 'Kirjutatud tekst');
      const errors = checkDocument(snapshot, { catalogue, profileId: id }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.rule, f.location.text])).toEqual([['placeholder-left', left.text.match(/\[[^\]]+\]/)![0]]]);
    }
    // And with every one replaced, nothing the skeleton left blocks signature.
    const done = filled();
    for (const b of open) done.blocks[b.index].text = b.text.replace(/\[[^\]]+\]/, 'Kirjutatud tekst');
    expect(checkDocument(done, { catalogue, profileId: id }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(['ametnik', 'tootaja'])('reads back (%s): every section, every field and the requirements are found once filled in', (id) => {
    const p = profile(id);
    const snapshot = render(skeletonPlans(p, catalogue));
    const empty = readJobDescription(snapshot, p);
    expect(empty.sections.filter((s) => !s.found)).toEqual([]);
    expect(empty.title?.value).toBe('AMETIJUHEND');
    expect(empty.markers.length).toBe(p.markers.length);
    expect(empty.rights.length).toBeGreaterThan(3);

    fillAfter(snapshot, '1.1 Ametinimetus', 'Nõunik');
    fillAfter(snapshot, '1.2 Struktuuriüksus', 'Hüvitiste osakond');
    fillAfter(snapshot, '1.3 Vahetu juht', 'Osakonna juhataja');
    fillAfter(snapshot, '1.4 Kes asendab', 'Nõunik');
    fillAfter(snapshot, '1.5 Keda asendab', 'Nõunikku');
    const purpose = p.sections.find((s) => s.id === 'eesmark')!;
    fillAfter(snapshot, `${purpose.number}. ${purpose.title}`, 'Ametikoha eesmärk on nõustada teenistujaid.');
    const dutyCell = snapshot.blocks.find((b) => b.text === '3.1 [Ülesanne]')!;
    dutyCell.text = '3.1 Teavitusmaterjalide koostamine.';
    snapshot.blocks[dutyCell.index + 1].text = 'Materjalid on koostatud.';
    fillAfter(snapshot, 'Haridus', 'Kõrgharidus');
    fillAfter(snapshot, 'Töökogemus', 'Vähemalt 2-aastane töökogemus.');
    fillAfter(snapshot, 'Keeleoskus', 'Eesti keele valdamine vähemalt tasemel C1.');
    fillAfter(snapshot, 'Arvutikasutamise oskus', 'Teksti- ja andmetöötluse põhifunktsioonide kasutamine.');

    const jd = readJobDescription(snapshot, p);
    expect(Object.fromEntries(Object.entries(jd.fields).map(([k, v]) => [k, v?.value]))).toEqual({
      ametinimetus: 'Nõunik',
      struktuuriuksus: 'Hüvitiste osakond',
      vahetu_juht: 'Osakonna juhataja',
      asendaja: 'Nõunik',
      asendatav: 'Nõunikku',
    });
    expect(jd.purpose?.value).toBe('Ametikoha eesmärk on nõustada teenistujaid.');
    expect(jd.duties.map((d) => [d.number, d.task, d.results])).toEqual([['3.1', 'Teavitusmaterjalide koostamine.', ['Materjalid on koostatud.']]]);
    expect(jd.requirements.education?.value).toBe('Kõrgharidus');
    expect(jd.requirements.experience?.value).toBe('Vähemalt 2-aastane töökogemus.');
    expect(jd.requirements.languages.map((l) => [l.language, l.level])).toEqual([['eesti', 'C1']]);
    expect(jd.requirements.computerSkills?.value).toBe('Teksti- ja andmetöötluse põhifunktsioonide kasutamine.');
    expect(jd.changeClause?.value).toMatch(/vaadatakse üle/);
  });

  it('reads back the signatures once the names are written in', () => {
    const p = profile('tootaja');
    const snapshot = render(skeletonPlans(p, catalogue));
    fillAfter(snapshot, '(allkirjastatud digitaalselt)', 'Kadri Tamm', 0);
    fillAfter(snapshot, 'Kadri Tamm', 'Peadirektor');
    fillAfter(snapshot, '(allkirjastatud digitaalselt)', 'Liisa Kask', 1);
    fillAfter(snapshot, 'Liisa Kask', 'Nõunik');
    const jd = readJobDescription(snapshot, p);
    expect(jd.signatures.map((s) => [s.role, s.name, s.position])).toEqual([
      ['Tööandja', 'Kadri Tamm', 'Peadirektor'],
      ['Töötaja', 'Liisa Kask', 'Nõunik'],
    ]);
  });
});

function jdWith(sections: { id: SectionId; block?: number; endBlock?: number }[], duties: JobDescription['duties'] = []): JobDescription {
  return {
    profile: 'ametnik',
    markers: [],
    fields: {},
    sections: sections.map((s) => ({ id: s.id, number: '', title: '', found: s.block !== undefined, block: s.block, endBlock: s.endBlock })),
    headings: [],
    resultsColumn: false,
    duties,
    rights: [],
    responsibilities: [],
    requirements: { languages: [] },
    competencies: [],
    signatures: [],
  };
}

describe('sectionInsertPoint', () => {
  const p = profile('ametnik');
  it('goes after the end of the nearest earlier section that exists', () => {
    const jd = jdWith([{ id: 'uldosa', block: 2, endBlock: 12 }, { id: 'ulesanded', block: 13, endBlock: 30 }, { id: 'nouded', block: 40, endBlock: 60 }]);
    expect(sectionInsertPoint(jd, p, 'oigused')).toEqual({ after: 30 });
    expect(sectionInsertPoint(jd, p, 'eesmark')).toEqual({ after: 12 });
  });
  it('goes before the nearest later one when no earlier section exists', () => {
    const jd = jdWith([{ id: 'ulesanded', block: 13, endBlock: 30 }]);
    expect(sectionInsertPoint(jd, p, 'uldosa')).toEqual({ before: 13 });
  });
  it('goes to the end of the document when no section exists', () => {
    expect(sectionInsertPoint(jdWith([]), p, 'muutmine')).toEqual({ end: true });
  });
  it('a missing last section goes before the signature block, not after the end of the document (issue 9)', () => {
    // The seed without its section 8: the requirements section's body runs to the end, signer included.
    const seed = ametnikSeedSnapshot();
    const from = seed.blocks.findIndex((b) => b.text.startsWith('8. '));
    const marker = seed.blocks.findIndex((b) => b.text === '(allkirjastatud digitaalselt)');
    const doc = { ...seed, blocks: seed.blocks.filter((_b, i) => i < from || i >= marker).map((b, i) => ({ ...b, index: i })) };
    const jd = readJobDescription(doc, p);
    expect(sectionInsertPoint(jd, p, 'muutmine', doc)).toEqual({ before: from });
    expect(sectionInsertPoint(jd, p, 'muutmine')).toEqual({ before: from });
  });
  it('with the snapshot, the signature heading lines and the signature table stay together after the new section', () => {
    const t = profile('tootaja');
    const seed = tootajaSeedSnapshot();
    const from = seed.blocks.findIndex((b) => b.text.startsWith('8. '));
    const heading = seed.blocks.findIndex((b) => b.text === 'Poolte allkirjad:');
    const doc = { ...seed, blocks: seed.blocks.filter((_b, i) => i < from || i >= heading).map((b, i) => ({ ...b, index: i })) };
    const jd = readJobDescription(doc, t);
    expect(jd.signatures.length).toBe(2);
    expect(sectionInsertPoint(jd, t, 'muutmine', doc)).toEqual({ before: from });
    // A skeleton's signature block, tagged, is found by its control too.
    const tagged = { ...doc, blocks: doc.blocks.map((b, i) => (i >= from ? { ...b, tags: ['jd:signatures'] } : b)) };
    expect(sectionInsertPoint(readJobDescription(tagged, t), t, 'muutmine', tagged)).toEqual({ before: from });
  });
});

describe('dutyRowEdit', () => {
  const duty = (number: string, block: number) => ({ number, task: 't', results: [], block });
  it.each([
    ['3.4', '3.5'],
    ['3.4.', '3.5.'],
    ['3.9', '3.10'],
    ['3.10.', '3.11.'],
  ])('numbers the new row after %s as %s', (last, next) => {
    const edit = dutyRowEdit(jdWith([], [duty('3.1', 5), duty(last, 9)]));
    expect(edit).toEqual({ kind: 'add-row', block: 9, cells: [[next], ['']] });
  });
  it('is undefined when there are no duties', () => {
    expect(dutyRowEdit(jdWith([]))).toBeUndefined();
  });
  it('is undefined when the snapshot shows the duties are paragraphs, not a table', () => {
    const jd = jdWith([], [duty('3.1', 1)]);
    const snapshot: DocumentSnapshot = { blocks: [makeBlock(0, 'TEENISTUSKOHUSTUSED'), makeBlock(1, '3.1 Ülesanne')], trackedChanges: 0, comments: 0 };
    expect(dutyRowEdit(jd, snapshot)).toBeUndefined();
    snapshot.blocks[1] = makeBlock(1, '3.1 Ülesanne', { kind: 'cell', table: { table: 0, row: 1, col: 0 } });
    expect(dutyRowEdit(jd, snapshot)).toEqual({ kind: 'add-row', block: 1, cells: [['3.2'], ['']] });
  });
});

describe('clausePlan', () => {
  it('is the lead line and the items, tagged with the clause id, in the chosen language', () => {
    const clause = catalogue.clauses.find((c) => c.id === 'vastutus-ametnik') as Clause;
    const plan = clausePlan(clause, 'en');
    expect(plan.tag).toBe('jd:clause:vastutus-ametnik');
    expect(plan.title).toBe(clause.title.en);
    expect(plan.blocks[0]).toEqual({ type: 'paragraph', text: clause.lead?.en });
    expect(plan.blocks.slice(1)).toEqual(clause.items.en.map((text) => ({ type: 'bullet', text })));
  });
  it('writes paragraphs for a clause without bullets', () => {
    const clause = catalogue.clauses.find((c) => c.id === 'muutmine') as Clause;
    expect(clausePlan(clause, 'et').blocks).toEqual(clause.items.et.map((text) => ({ type: 'paragraph', text })));
  });
});
