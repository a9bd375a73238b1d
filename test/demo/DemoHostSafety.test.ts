import catalogueJson from '../../data/catalogue/default.json';
import { applyEdits, withBasis } from '../../src/core/apply';
import type { Catalogue } from '../../src/core/catalogue/types';
import { competencyPlan } from '../../src/core/catalogue/plan';
import type { ContentPlan, Edit } from '../../src/core/content';
import { checkDocument } from '../../src/core/engine';
import { DOCUMENT_CHANGED, isDocumentChanged } from '../../src/core/host';
import { readJobDescription } from '../../src/core/reader';
import { defaultProfiles } from '../../src/core/profiles';
import { makeBlock, type DocumentSnapshot } from '../../src/core/snapshot';
import { DemoHost } from '../../src/demo/DemoHost';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { withoutBlocks } from '../taskpane/fakeHost';
import { sectionEdits } from '../core/section-edits';
import { SEED_HOUSE_RULES } from '../rules/rule-context';

const catalogue = catalogueJson as unknown as Catalogue;
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;
const texts = (s: DocumentSnapshot) => s.blocks.map((b) => b.text);
const plan = (...lines: string[]): ContentPlan => ({ blocks: lines.map((text) => ({ type: 'paragraph' as const, text })) });

describe('DemoHost refuses stale edits like the Word adapter', () => {
  test('an older "insert section" fix after the user added a line is refused, and nothing is written', async () => {
    const host = new DemoHost(withoutBlocks(ametnikSeedSnapshot(), /^2\. /, /^3\. /));
    const checked = await host.read();
    const stale = withBasis(sectionEdits(checked, 'eesmark'), checked);
    // The user adds a line in part 1 (another edit, made from the document as it is then).
    await host.apply(withBasis([{ kind: 'insert', at: { after: 3 }, plan: plan('Uus rida') }], host.snapshot));
    const before = await host.read();

    const error = await host.apply(stale).catch((e: unknown) => e);
    expect(isDocumentChanged(error)).toBe(true);
    expect((error as { bilingual: unknown }).bilingual).toEqual(DOCUMENT_CHANGED);
    expect((error as Error).message).toBe('Dokument on vahepeal muutunud, kontrollige uuesti.');
    expect(await host.read()).toEqual(before);

    // Made again from the document as it is, the same fix lands before section 3.
    await host.apply(withBasis(sectionEdits(before, 'eesmark'), before));
    const t = texts(await host.read());
    expect(t.indexOf('2. AMETIKOHA EESMÄRK')).toBeLessThan(t.findIndex((x) => x.startsWith('3. ')));
  });

  test('typing in any paragraph makes older edits stale; an edit without its snapshot is refused', async () => {
    const host = new DemoHost(ametnikSeedSnapshot());
    const edits = withBasis([{ kind: 'insert', at: { end: true }, plan: plan('x') }], host.snapshot);
    host.setText(0, 'AMETIJUHEND (muudetud)');
    await expect(host.apply(edits)).rejects.toMatchObject({ bilingual: DOCUMENT_CHANGED });
    await expect(host.apply([{ kind: 'insert', at: { end: true }, plan: plan('x') }])).rejects.toThrow(/without the snapshot/);
    expect(texts(await host.read())).not.toContain('x');
  });

  test('selectionBlock answers for the snapshot the pane holds, and not for another state of the document', async () => {
    const host = new DemoHost(ametnikSeedSnapshot());
    const seen = await host.read();
    host.setSelection(5);
    expect(await host.selectionBlock(seen)).toBe(5);
    host.setText(5, 'muudetud');
    expect(await host.selectionBlock(seen)).toBeUndefined();
    expect(await host.selectionBlock()).toBe(5);
  });
});

describe('content controls in the demo, as in Word', () => {
  test('a competency inserted after another goes after its control, not inside it (section > C1 > C2 in the old Word code)', () => {
    const entries = catalogue.competencies.filter((c) => c.status === 'active' && c.group === 'standard').slice(0, 3);
    let doc: DocumentSnapshot = { blocks: [makeBlock(0, 'Tööks vajalikud kompetentsid:', { bold: true }), makeBlock(1, '')], trackedChanges: 0, comments: 0 };
    let after = 0;
    for (const entry of entries) {
      doc = applyEdits(doc, [{ kind: 'insert', at: { after }, plan: competencyPlan(entry, catalogue.version, 'et') }]);
      after = doc.blocks.length - 2; // the last bullet of the competency just inserted
    }
    const competencyTags = doc.blocks.map((b) => b.tags.filter((t) => t.startsWith('jd:competency:')));
    expect(Math.max(...competencyTags.map((t) => t.length))).toBe(1);
    expect(new Set(competencyTags.flat()).size).toBe(3);
  });

  test('a section plan tags its heading only; the rest follows outside the control', () => {
    const doc = applyEdits({ blocks: [], trackedChanges: 0, comments: 0 }, [
      { kind: 'insert', at: { end: true }, plan: { tag: 'jd:section:ulesanded', blocks: [{ type: 'heading', level: 1, text: '3. X' }, { type: 'table', rows: [[['a']]] }, { type: 'paragraph', text: 'p' }] } },
      { kind: 'insert', at: { end: true }, plan: { tag: 'jd:clause:c', blocks: [{ type: 'paragraph', text: 'lead' }, { type: 'bullet', text: 'b' }, { type: 'table', rows: [[['t']]] }] } },
    ] as Edit[]);
    expect(doc.blocks.map((b) => [b.text, b.tags.join(',')])).toEqual([
      ['3. X', 'jd:section:ulesanded'], ['a', ''], ['p', ''], ['lead', 'jd:clause:c'], ['b', 'jd:clause:c'], ['t', ''],
    ]);
  });

  test('a missing last section goes before the signature block, never into it (the demo as in Word)', async () => {
    const seed = ametnikSeedSnapshot();
    const host = new DemoHost(withoutBlocks(seed, /^8\. /, /allkirjastatud digitaalselt/));
    const snapshot = await host.read();
    // The change procedure is a house rule: the seed agency requires it.
    const result = checkDocument(snapshot, { catalogue, houseRules: SEED_HOUSE_RULES });
    const fix = result.findings.find((f) => f.rule === 'section-missing' && f.section === 'muutmine')!.fix!;
    await host.apply(withBasis(fix.edits, snapshot));
    const after = await host.read();
    const heading = after.blocks.findIndex((b) => b.text.startsWith('8. '));
    const signature = after.blocks.findIndex((b) => b.text.includes('allkirjastatud digitaalselt'));
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(signature);
    const jd = readJobDescription(after, ametnik);
    expect(jd.signatures.length).toBe(1);
  });
});
