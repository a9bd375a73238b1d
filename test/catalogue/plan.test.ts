import { defaultCatalogue } from '../../src/core/catalogue/load';
import { clausesFor, competencyEnd, competencyInsertPoint, competencyPlan } from '../../src/core/catalogue/plan';
import type { CatalogueCompetency } from '../../src/core/catalogue/types';
import { HOSTILE, hostileCatalogue } from './helpers';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { ametnikSeedSnapshot, snapshotFromLines, tootajaSeedSnapshot } from '../core/seed-snapshots';

const catalogue = defaultCatalogue();
const entry = (id: string) => catalogue.competencies.find((c) => c.id === id)!;
const profile = (id: string) => defaultProfiles().find((p) => p.id === id)!;

describe('competencyPlan', () => {
  test('a standard competency: "Name:" then its indicators as bullets, tagged with id and version', () => {
    const plan = competencyPlan(entry('kliendikesksus'), '2026.1', 'et');
    expect(plan.tag).toBe('jd:competency:kliendikesksus@2026.1');
    expect(plan.blocks).toEqual([
      { type: 'paragraph', text: 'Kliendikesksus:' },
      { type: 'bullet', text: 'Lähtub töös kliendi (nii sise- kui väliskliendi) vajadustest ning õigustest.' },
      { type: 'bullet', text: 'Püüdleb oma töös kõrge kvaliteedi ning kliendirahulolu tagamise poole.' },
      { type: 'bullet', text: 'Näitab üles austust avalikkuse ja kolleegide suhtes.' },
    ]);
  });

  test('an additional competency: one bullet "Name: description"; English on request', () => {
    const plan = competencyPlan(entry('loovus'), '2026.1', 'en');
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]).toEqual({ type: 'bullet', text: `Creativity: ${entry('loovus').description.en}` });
  });

  test('a level gives its own wording and heading', () => {
    const asj = competencyPlan(entry('asjatundlikkus'), '2026.1', 'et', 'teenusedisain');
    expect(asj.blocks).toHaveLength(6);
    expect(asj.blocks[5]).toEqual({ type: 'bullet', text: 'Tunneb teenuste disaini ja arenduste põhimõtteid/metoodikaid.' });
    const pinge = competencyPlan(entry('pingetaluvus'), '2026.1', 'et', 'pohitase');
    expect(pinge.blocks[0]).toMatchObject({ type: 'bullet', text: expect.stringMatching(/^Pingetaluvus: Säilitab sisemise tasakaalu/) });
  });

  test('markup in catalogue text stays plain text in the plan', () => {
    const hostile = hostileCatalogue().competencies[0] as CatalogueCompetency;
    const plan = competencyPlan(hostile, '9', 'et');
    expect(plan.blocks.map((b) => b.type)).toEqual(['paragraph', 'bullet', 'bullet', 'bullet']);
    expect(plan.blocks[0]).toEqual({ type: 'paragraph', text: `Kliendikesksus ${HOSTILE}:` });
    expect(plan.blocks[1]).toEqual({ type: 'bullet', text: HOSTILE });
  });
});

describe('competencyInsertPoint', () => {
  test('after the last competency of the group (its last bullet)', () => {
    const snapshot = ametnikSeedSnapshot();
    const jd = readJobDescription(snapshot, profile('ametnik'));
    const lastStandard = jd.competencies.filter((c) => c.group === 'standard').pop()!;
    expect(lastStandard.name).toBe('Efektiivsus');
    const point = competencyInsertPoint(jd, 'standard', snapshot, profile('ametnik'));
    expect(point).toEqual({ after: lastStandard.block + 5 });
    expect(snapshot.blocks[lastStandard.block + 5].text).toMatch(/Kasutab ressursse/);
    expect(competencyInsertPoint(jd, 'leadership')).toEqual(point);
    const lastAdditional = jd.competencies.filter((c) => c.group === 'additional').pop()!;
    expect(competencyInsertPoint(jd, 'additional', snapshot, profile('ametnik'))).toEqual({ after: lastAdditional.block });
  });

  test('after the group heading when the group is empty; before the additional group for a standard one', () => {
    const snapshot = snapshotFromLines([
      { text: '7. AMETIKOHALE ESITATAVAD NÕUDED', bold: true },
      'Haridus',
      'Kõrgharidus',
      { text: 'Tööks vajalikud kompetentsid', bold: true },
      '',
      { text: 'Täiendavad kompetentsid, isikuomadused ja teadmised', bold: true },
      '\u25AA Loovus: Genereerib ideid.',
      { text: '8. AMETIJUHENDI MUUTMINE', bold: true },
      'Ametijuhend vaadatakse üle kord aastas.',
    ]);
    const p = profile('ametnik');
    const jd = readJobDescription(snapshot, p);
    expect(competencyInsertPoint(jd, 'standard', snapshot, p)).toEqual({ after: 3 });
    const noStandardHeading = snapshotFromLines(snapshot.blocks.map((b) => (b.index === 3 ? '' : { ...b })));
    const jd2 = readJobDescription(noStandardHeading, p);
    expect(competencyInsertPoint(jd2, 'standard', noStandardHeading, p)).toEqual({ before: 5 });
  });

  test('after the requirements section, or at the cursor when there is none', () => {
    const snapshot = snapshotFromLines([
      { text: '7. AMETIKOHALE ESITATAVAD NÕUDED', bold: true },
      'Haridus',
      'Kõrgharidus',
      { text: '8. AMETIJUHENDI MUUTMINE', bold: true },
      'Ametijuhend vaadatakse üle kord aastas.',
    ]);
    const p = profile('ametnik');
    const jd = readJobDescription(snapshot, p);
    const req = jd.sections.find((s) => s.id === 'nouded')!;
    expect(competencyInsertPoint(jd, 'additional', snapshot, p)).toEqual({ after: req.endBlock });
    const empty = snapshotFromLines(['Tere']);
    expect(competencyInsertPoint(readJobDescription(empty, p), 'standard', empty, p)).toEqual({ cursor: true });
  });

  test('competencyEnd follows a bullet wrapped onto a second paragraph', () => {
    const snapshot = snapshotFromLines(['Kliendikesksus:', '\u25AA Lähtub töös kliendi', 'vajadustest.', '\u25AA Näitab austust.', 'Muu tekst']);
    const c = { name: 'Kliendikesksus', text: '', bullets: ['Lähtub töös kliendi vajadustest.', 'Näitab austust.'], group: 'standard' as const, block: 0 };
    expect(competencyEnd(c, snapshot)).toBe(3);
    expect(competencyEnd(c)).toBe(2);
  });
});

describe('clausesFor', () => {
  test('the clauses of a variant, optionally of one section', () => {
    expect(clausesFor(catalogue, 'ametnik', 'oigused').map((c) => c.id)).toEqual(['oigused-ametnik']);
    expect(clausesFor(catalogue, 'tootaja', 'allkirjad').map((c) => c.id)).toEqual(['allkirjad-tootaja']);
    expect(clausesFor(catalogue, 'tootaja').map((c) => c.id)).toEqual([
      'oigused-tootaja',
      'vastutus-tootaja',
      'toovahendid-tootaja',
      'muutmine',
      'allkirjad-tootaja',
    ]);
    expect(clausesFor(catalogue, 'praktikant')).toEqual([]);
  });

  test('the employee seed reads with both groups', () => {
    const jd = readJobDescription(tootajaSeedSnapshot(), profile('tootaja'));
    expect(jd.competencies.some((c) => c.group === 'additional')).toBe(true);
  });
});
