import { applyEdits } from '../../src/core/apply';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { clauseReplaceEdits, clauseStatus } from '../../src/core/clauses';
import { checkDocument } from '../../src/core/engine';
import { clausePlan, sectionPlan, skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { demoDocument } from '../../src/demo/demoDocument';
import { ametnikSeedSnapshot } from './seed-snapshots';

const catalogue = defaultCatalogue();
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;
const clause = (id: string) => catalogue.clauses.find((c) => c.id === id)!;
const jdOf = (doc: DocumentSnapshot) => readJobDescription(doc, ametnik);
const texts = (doc: DocumentSnapshot) => doc.blocks.map((b) => b.text);
const at = (doc: DocumentSnapshot, text: string) => texts(doc).findIndex((t) => t.includes(text));

describe('clauseStatus', () => {
  it('tells a clause in the section as the catalogue words it, in older words, a placeholder, or not there', () => {
    const demo = demoDocument();
    const jd = jdOf(demo);
    expect(clauseStatus(demo, jd, clause('muutmine'))).toEqual({ kind: 'present', block: at(demo, 'Ametijuhend vaadatakse üle') });
    // Section 5 lacks one of the clause's items; section 4 three; section 6 has "[...]" where the clause names the laptop.
    expect(clauseStatus(demo, jd, clause('vastutus-ametnik'))).toEqual({ kind: 'older', block: at(demo, 'Ametnik vastutab:') });
    expect(clauseStatus(demo, jd, clause('oigused-ametnik'))).toEqual({ kind: 'older', block: at(demo, 'Ametnikul on õigus:') });
    expect(clauseStatus(demo, jd, clause('toovahendid-ametnik'))).toEqual({ kind: 'older', block: at(demo, 'Töövahenditeks on') });
    // A section whose only paragraph is a placeholder.
    const placeholder = applyEdits(demo, [{ kind: 'replace', block: at(demo, 'Ametijuhend vaadatakse üle'), find: 'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.', replace: '[Kirjeldage muutmise kord]' }]);
    expect(clauseStatus(placeholder, jdOf(placeholder), clause('muutmine'))).toEqual({ kind: 'placeholder', block: at(placeholder, '[Kirjeldage') });
    // A section with text of its own only.
    const own = applyEdits(demo, [{ kind: 'replace', block: at(demo, 'Ametijuhend vaadatakse üle'), find: 'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.', replace: 'Muudatused teeb personaliosakond.' }]);
    expect(clauseStatus(own, jdOf(own), clause('muutmine'))).toEqual({ kind: 'absent' });
  });

  it('never takes the signer\'s placeholders under the last section for the section\'s own', () => {
    const doc = applyEdits({ blocks: [], trackedChanges: 0, comments: 0 }, skeletonPlans(ametnik, catalogue).map((plan) => ({ kind: 'insert' as const, at: { end: true as const }, plan })));
    const change = doc.blocks.findIndex((b) => b.text.startsWith('Ametijuhend vaadatakse üle'));
    const own = applyEdits(doc, [{ kind: 'replace', block: change, find: doc.blocks[change].text, replace: 'Muudatused teeb personaliosakond.' }]);
    expect(own.blocks.some((b) => b.text === '[Ees- ja perekonnanimi]')).toBe(true);
    expect(clauseStatus(own, jdOf(own), clause('muutmine'))).toEqual({ kind: 'absent' });
  });

  it('reads the skeleton\'s own clauses as present', () => {
    const doc = applyEdits({ blocks: [], trackedChanges: 0, comments: 0 }, ['uldosa', 'eesmark', 'ulesanded', 'oigused', 'vastutus'].map((id) => ({ kind: 'insert' as const, at: { end: true as const }, plan: sectionPlan(ametnik, id as 'oigused', catalogue) })));
    expect(clauseStatus(doc, jdOf(doc), clause('oigused-ametnik')).kind).toBe('present');
    expect(clauseStatus(doc, jdOf(doc), clause('vastutus-ametnik')).kind).toBe('present');
  });
});

describe('clauseReplaceEdits ("Asenda")', () => {
  it('brings section 5 of the demo up to the catalogue: the missing item goes in at its place, nothing is duplicated or lost', () => {
    const demo = demoDocument();
    const edits = clauseReplaceEdits(demo, jdOf(demo), clause('vastutus-ametnik'));
    expect(edits.every((e) => e.kind === 'insert' || e.kind === 'replace')).toBe(true);
    const after = applyEdits(demo, edits);
    const lead = at(after, 'Ametnik vastutab:');
    expect(texts(after).slice(lead, lead + 6)).toEqual([clause('vastutus-ametnik').lead!.et, ...clause('vastutus-ametnik').items.et]);
    expect(after.blocks.slice(lead + 1, lead + 6).every((b) => b.bullet)).toBe(true);
    expect(after.blocks.length).toBe(demo.blocks.length + 1);
    expect(clauseStatus(after, jdOf(after), clause('vastutus-ametnik')).kind).toBe('present');
    expect(checkDocument(after, { catalogue }).findings.filter((f) => f.rule === 'text-duplicate')).toEqual([]);
  });

  it('replaces the paragraph with "[...]" in section 6 instead of adding a second one under it', () => {
    const demo = demoDocument();
    const edits = clauseReplaceEdits(demo, jdOf(demo), clause('toovahendid-ametnik'));
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ kind: 'replace', block: at(demo, 'Töövahenditeks on') });
    const after = applyEdits(demo, edits);
    expect(after.blocks.length).toBe(demo.blocks.length);
    expect(after.blocks[at(demo, 'Töövahenditeks on')].text).toBe(clause('toovahendid-ametnik').items.et[0]);
    expect(checkDocument(after, { catalogue }).findings.filter((f) => f.rule === 'placeholder-left')).toEqual([]);
  });

  it('writes the clause over a placeholder paragraph, its lead in place and its items after it', () => {
    const demo = demoDocument();
    const rights = at(demo, 'Ametnikul on õigus:');
    // Section 4 as a template leaves it: one placeholder paragraph.
    const items = demo.blocks.filter((b) => b.index > rights && b.bullet && b.tags.includes('jd:section:oigused')).map((b) => b.index);
    const doc: DocumentSnapshot = { ...demo, blocks: demo.blocks.filter((b) => !items.includes(b.index)).map((b, index) => ({ ...b, index, text: b.index === rights ? '[Loetlege ametniku õigused]' : b.text })) };
    const edits = clauseReplaceEdits(doc, jdOf(doc), clause('oigused-ametnik'));
    const after = applyEdits(doc, edits);
    const lead = at(after, 'Ametnikul on õigus:');
    expect(lead).toBe(rights);
    expect(texts(after).slice(lead + 1, lead + 8)).toEqual(clause('oigused-ametnik').items.et);
    expect(texts(after).some((t) => t.includes('[Loetlege'))).toBe(false);
  });

  it('keeps the writer\'s own item in the list, and changes nothing for a clause already there or not there at all', () => {
    const seed = ametnikSeedSnapshot();
    expect(clauseStatus(seed, jdOf(seed), clause('muutmine')).kind).not.toBe('placeholder');
    const demo = demoDocument();
    expect(clauseReplaceEdits(demo, jdOf(demo), clause('muutmine'))).toEqual([]);
    const inserted = applyEdits(demo, [{ kind: 'insert', at: { after: at(demo, 'Ametnik vastutab:') }, plan: { blocks: [{ type: 'bullet', text: 'ameti sõidukite nõuetekohase kasutamise eest;' }] } }]);
    const after = applyEdits(inserted, clauseReplaceEdits(inserted, jdOf(inserted), clause('vastutus-ametnik')));
    expect(texts(after)).toContain('ameti sõidukite nõuetekohase kasutamise eest;');
    expect(after.blocks.length).toBe(inserted.blocks.length + 1);
    expect(clausePlan(clause('muutmine'), 'et').tag).toBe('jd:clause:muutmine');
  });
});
