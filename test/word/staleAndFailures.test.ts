// Defects 3, 4 and 7 of issue 9: stale fixes, a missing last section, write batches that fail.
import catalogueJson from '../../data/catalogue/default.json';
import type { Catalogue } from '../../src/core/catalogue/types';
import type { Edit } from '../../src/core/content';
import { isDocumentChanged } from '../../src/core/host';
import { skeletonPlans } from '../../src/core/plans';
import { sectionEdits } from '../core/section-edits';
import { defaultProfiles } from '../../src/core/profiles';
import { DOCUMENT_CHANGED, TEXT_NOT_FOUND, TEXT_TOO_LONG, type WordHostError } from '../../src/word/WordHost';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { withoutBlocks } from '../taskpane/fakeHost';
import { nodesOf } from './fakeDocument';
import { node, uninstallFake } from './fakeWord';
import { setup, texts, writes } from './helpers';

const catalogue = catalogueJson as unknown as Catalogue;
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;
afterEach(() => uninstallFake());

const sectionFix = sectionEdits;

describe('stale edits', () => {
  test('an older "insert section" fix after the user added a line and Koosta re-read is refused; nothing is written', async () => {
    const { fake, host, apply } = setup(nodesOf(withoutBlocks(ametnikSeedSnapshot(), /^2\. /, /^3\. /)));
    const checked = await host.read();
    const fix = sectionFix(checked, 'eesmark');
    fake.insertAt(3, node('Uus rida')); // the user adds a line in part 1
    const reread = await host.read(); // the Koosta tab follows the change
    const before = texts(fake);
    fake.calls = [];

    const error = await apply(fix, checked).catch((e: unknown) => e);
    expect(isDocumentChanged(error)).toBe(true);
    expect((error as WordHostError).bilingual).toEqual(DOCUMENT_CHANGED);
    expect(DOCUMENT_CHANGED.et).toBe('Dokument on vahepeal muutunud, kontrollige uuesti.');
    expect(writes(fake.calls)).toEqual([]);
    expect(texts(fake)).toEqual(before);

    // Made again from the document as it is, the fix puts section 2 between part 1 and section 3.
    await apply(sectionFix(reread, 'eesmark'), reread);
    const t = texts(fake);
    const heading = t.indexOf('2. AMETIKOHA EESMÄRK');
    expect(heading).toBe(t.findIndex((x) => x.startsWith('3. ')) - 2); // the heading, its empty paragraph, then section 3
  });
});

describe('a missing last section', () => {
  const seedWithoutLast = () => withoutBlocks(ametnikSeedSnapshot(), /^8\. /, /allkirjastatud digitaalselt/);

  test('goes before the signature block, not after it', async () => {
    const { fake, host, apply } = setup(nodesOf(seedWithoutLast()));
    const snapshot = await host.read();
    await apply(sectionFix(snapshot, 'muutmine'), snapshot);
    const t = texts(fake);
    expect(t.indexOf('8. AMETIJUHENDI MUUTMINE')).toBeGreaterThan(0);
    expect(t.indexOf('8. AMETIJUHENDI MUUTMINE')).toBeLessThan(t.indexOf('(allkirjastatud digitaalselt)'));
    expect(t.slice(-3)).toEqual(['(allkirjastatud digitaalselt)', 'Kadri Tamm', 'Peadirektor']);
  });

  test('goes before the signatures control of a skeleton, never inside it', async () => {
    const doc = seedWithoutLast();
    const marker = doc.blocks.findIndex((b) => b.text === '(allkirjastatud digitaalselt)');
    doc.blocks.forEach((b, i) => (b.tags = i >= marker ? ['jd:signatures'] : b.tags));
    const { fake, host, apply } = setup(nodesOf(doc));
    const snapshot = await host.read();
    await apply(sectionFix(snapshot, 'muutmine'), snapshot);
    const heading = fake.nodes.find((n) => n.text === '8. AMETIJUHENDI MUUTMINE')!;
    expect(heading.controls.map((c) => c.tag)).toEqual(['jd:section:muutmine']);
    const t = texts(fake);
    expect(t.indexOf('8. AMETIJUHENDI MUUTMINE')).toBeLessThan(t.indexOf('(allkirjastatud digitaalselt)'));
  });
});

describe('a write batch never fails half-way on something the read-only syncs could see', () => {
  test('a replace longer than 255 characters once "^" is escaped is refused before anything is written', async () => {
    const long = `${'a'.repeat(200)}${'^'.repeat(30)}`;
    const { fake, host, apply } = setup([node(`Tekst ${long} lõpp`), node('z')]);
    await host.read();
    fake.calls = [];
    const error = await apply([
      { kind: 'insert', at: { end: true }, plan: { blocks: [{ type: 'paragraph', text: 'x' }] } },
      { kind: 'replace', block: 0, find: long, replace: 'b' },
    ]).catch((e: unknown) => e);
    expect((error as WordHostError).bilingual).toEqual(TEXT_TOO_LONG);
    expect(writes(fake.calls)).toEqual([]);
  });

  test('words that Word’s search cannot find (across a manual line break) are refused before anything is written', async () => {
    const { fake, host, apply } = setup([node('Rida üks\u000bRida kaks'), node('z')]);
    const snapshot = await host.read();
    expect(snapshot.blocks[0].text).toBe('Rida üks\nRida kaks');
    fake.calls = [];
    const error = await apply([
      { kind: 'insert', at: { end: true }, plan: { blocks: [{ type: 'paragraph', text: 'x' }] } },
      { kind: 'replace', block: 0, find: 'üks\nRida', replace: 'üks Rida' },
    ]).catch((e: unknown) => e);
    expect((error as WordHostError).bilingual).toEqual(TEXT_NOT_FOUND);
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.calls.filter((c) => c.method === 'sync')).toHaveLength(2); // both read-only
  });

  test('when Word still stops part-way, the message says what was written and one Ctrl+Z removes it', async () => {
    const { fake, apply } = setup([node('')]);
    fake.failOn('insertContentControl', 3, 'Range.insertContentControl'); // office-js #6054: a control Word on the web refused
    const error = (await apply(skeletonPlans(ametnik, catalogue).map((plan): Edit => ({ kind: 'insert', at: { end: true }, plan }))).catch((e: unknown) => e)) as WordHostError;
    expect(error.bilingual.et).toMatch(/^Word katkestas muutmise poole pealt \(GeneralException: Range\.insertContentControl\)\. Kirjutatud: „AMETIJUHEND“, „1\. ÜLDOSA“; „2\. AMETIKOHA EESMÄRK“ \(osaliselt\)\. Kirjutamata: „3\. TEENISTUSKOHUSTUSED“, /);
    expect(error.bilingual.et).toMatch(/Kirjutatu eemaldamiseks vajutage Ctrl\+Z\.$/);
    expect(error.bilingual.en).toMatch(/^Word stopped part-way .*Written: „AMETIJUHEND“, „1\. ÜLDOSA“; „2\. AMETIKOHA EESMÄRK“ \(partly\)\. Not written: /);
    expect(texts(fake).length).toBeGreaterThan(1);
    fake.undo();
    expect(texts(fake)).toEqual(['']);
  });
});
