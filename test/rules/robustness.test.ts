/**
 * Every rule on odd and damaged documents: no rule throws, every finding points at a block of the
 * document, names a place, and every replace fix finds its text in that block.
 */
import { allRules } from '../../src/core/rules/index';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { snapshotFromLines } from '../core/seed-snapshots';
import { contextFor, seed, SEED_HOUSE_RULES, type ProfileId } from './rule-context';

const shuffled = (doc: DocumentSnapshot): DocumentSnapshot => ({
  ...doc,
  blocks: [...doc.blocks].reverse().map((b, index) => ({ ...b, index })),
});

const cases: [string, DocumentSnapshot][] = [
  ['empty document', snapshotFromLines([])],
  ['only blank paragraphs', snapshotFromLines(['', '  ', '\t'])],
  ['a letter', snapshotFromLines(['Lugupeetud Kadri Tamm', 'Täname pöördumise eest.', 'Lugupidamisega', 'Liisa Kask'])],
  ['headings only', snapshotFromLines(['AMETIJUHEND', '1. ÜLDOSA', '2. AMETIKOHA EESMÄRK', '3. TEENISTUSKOHUSTUSED', '8. AMETIJUHENDI MUUTMINE'])],
  ['seed 000 upside down', shuffled(seed('ametnik'))],
  ['seed 001 upside down', shuffled(seed('tootaja'))],
  ['seed 001 with every paragraph a placeholder', { ...seed('tootaja'), blocks: seed('tootaja').blocks.map((b) => ({ ...b, text: b.text ? '[…]' : '' })) }],
  ['seed 000 with revisions and comments', { ...seed('ametnik'), trackedChanges: 2, comments: 5 }],
];

describe.each(['ametnik', 'tootaja'] as ProfileId[])('all rules with the %s profile, every house rule on', (profileId) => {
  it.each(cases)('%s', (_name, doc) => {
    const ctx = { ...contextFor(doc, profileId, { houseRules: SEED_HOUSE_RULES }), catalogue: defaultCatalogue() };
    for (const rule of allRules) {
      const findings = rule.check(ctx);
      for (const f of findings) {
        expect(f.rule).toBe(rule.id);
        expect(f.severity).toBe(rule.severity);
        expect(f.location.block).toBeGreaterThanOrEqual(0);
        expect(f.location.block).toBeLessThanOrEqual(Math.max(doc.blocks.length - 1, 0));
        expect(f.message.et.length).toBeGreaterThan(10);
        expect(f.message.en.length).toBeGreaterThan(10);
        expect(f.message.et).toMatch(/^(Osa (\d+ )?„|Dokument|Allkirjad)/);
        for (const edit of f.fix?.edits ?? []) {
          if (edit.kind !== 'replace') continue;
          expect(edit.find).not.toBe('');
          expect(doc.blocks[edit.block].text).toContain(edit.find);
        }
      }
    }
  });
});
