/**
 * One contract for every DocumentHost, run against the demo host and the Word adapter (over the
 * fake Word): the same plans and edits give the same document, which is the core's `applyEdits`
 * of the document before; edits made from an older state of the document are refused with nothing
 * written; the user's other text is kept; one undo reverts a batch.
 */
import { applyEdits, withBasis } from '../../src/core/apply';
import { competencyInsertPoint, competencyPlan } from '../../src/core/catalogue/plan';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import type { Edit } from '../../src/core/content';
import { checkDocument } from '../../src/core/engine';
import { DOCUMENT_CHANGED, isDocumentChanged } from '../../src/core/host';
import { clausePlan, dutyRowEdit, skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { sectionEdits } from '../core/section-edits';
import { ametnikSeedSnapshot, snapshotFromLines, tootajaSeedSnapshot } from '../core/seed-snapshots';
import { withoutBlocks } from '../taskpane/fakeHost';
import { demoHost, shapes, wordHost, type HostKind } from './hosts';

const catalogue = defaultCatalogue();
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;

const texts = (s: DocumentSnapshot) => s.blocks.map((b) => b.text);

/** The longest prefix of `wanted` that appears in `within` in order (all of it when every line is kept). */
function subsequence(wanted: string[], within: string[]): string[] {
  let j = 0;
  const found: string[] = [];
  for (const line of wanted) {
    while (j < within.length && within[j] !== line) j++;
    if (j === within.length) break;
    found.push(line);
    j++;
  }
  return found;
}

interface Scenario {
  name: string;
  document: () => DocumentSnapshot;
  cursor?: (doc: DocumentSnapshot) => number;
  edits: (doc: DocumentSnapshot) => Edit[];
}

const at = (doc: DocumentSnapshot, text: string) => doc.blocks.findIndex((b) => b.text === text);
const fixesOf = (doc: DocumentSnapshot, rule: string, options = {}) =>
  checkDocument(doc, { catalogue, ...options }).findings.filter((f) => f.rule === rule && f.fix).flatMap((f) => f.fix!.edits);

const scenarios: Scenario[] = [
  {
    name: 'the whole skeleton into a new document',
    document: () => snapshotFromLines(['']),
    edits: () => skeletonPlans(ametnik, catalogue).map((plan): Edit => ({ kind: 'insert', at: { end: true }, plan })),
  },
  {
    name: 'a missing section between two others',
    document: () => withoutBlocks(ametnikSeedSnapshot(), /^4\. ÕIGUSED/, /^5\. VASTUTUS/),
    edits: (doc) => sectionEdits(doc, 'oigused'),
  },
  {
    name: 'a missing last section, before the signatures',
    document: () => withoutBlocks(ametnikSeedSnapshot(), /^8\. /, /allkirjastatud digitaalselt/),
    edits: (doc) => sectionEdits(doc, 'muutmine'),
  },
  {
    name: 'a standard clause at the cursor, after a bullet',
    document: () => ametnikSeedSnapshot(),
    cursor: (doc) => at(doc, 'Ametnikul on õigus:') + 2,
    edits: () => [{ kind: 'insert', at: { cursor: true }, plan: clausePlan(catalogue.clauses.find((c) => c.id === 'oigused-ametnik')!, 'et') }],
  },
  {
    name: 'a competency after the last standard one, outside its control',
    document: () => tootajaSeedSnapshot(),
    edits: (doc) => {
      const entry = catalogue.competencies.find((c) => c.id === 'eestvedamine')!;
      const jd = readJobDescription(doc, defaultProfiles().find((p) => p.id === 'tootaja')!);
      return [{ kind: 'insert', at: competencyInsertPoint(jd, entry.group, doc), plan: competencyPlan(entry, catalogue.version, 'et') }];
    },
  },
  {
    name: 'a duty row at the end of the duties table',
    document: () => ametnikSeedSnapshot(),
    edits: (doc) => [dutyRowEdit(readJobDescription(doc, ametnik), doc)!],
  },
  {
    name: 'a fix that replaces words (known-typo)',
    document: () => tootajaSeedSnapshot(),
    edits: (doc) => fixesOf(doc, 'known-typo'),
  },
  {
    name: 'a fix that renumbers several headings',
    document: () => {
      let doc = ametnikSeedSnapshot();
      for (const [from, to] of [['5. VASTUTUS', '6. VASTUTUS'], ['6. TÖÖVAHENDID', '7. TÖÖVAHENDID']]) {
        const b = doc.blocks.find((x) => x.text === from)!;
        doc = { ...doc, blocks: doc.blocks.map((x) => (x === b ? { ...x, text: to } : x)) };
      }
      return doc;
    },
    edits: (doc) => fixesOf(doc, 'section-numbering'),
  },
  {
    name: 'the title fix, before the first block',
    document: () => withoutBlocks(ametnikSeedSnapshot(), /^AMETIJUHEND$/, /^1\. ÜLDOSA/),
    edits: (doc) => fixesOf(doc, 'title-missing'),
  },
  {
    name: 'several inserts at one place and around a table, in the batch’s order',
    document: () => ametnikSeedSnapshot(),
    edits: (doc) => {
      const paragraph = (text: string) => ({ blocks: [{ type: 'paragraph' as const, text }] });
      const cell = doc.blocks.find((b) => b.text === 'Põhiülesanded')!.index;
      return [
        { kind: 'insert', at: { after: cell }, plan: paragraph('pärast tabelit 1') },
        { kind: 'insert', at: { after: cell }, plan: paragraph('pärast tabelit 2') },
        { kind: 'insert', at: { before: cell }, plan: paragraph('enne tabelit') },
        { kind: 'insert', at: { after: 0 }, plan: { tag: 'jd:clause:x', blocks: [{ type: 'paragraph', text: 'märgisega' }, { type: 'bullet', text: 'täpp' }] } },
      ];
    },
  },
];

describe.each([demoHost, wordHost])('$name', (kind: HostKind) => {
  afterEach(() => kind.close());

  test('reads the document as it is', async () => {
    for (const doc of [ametnikSeedSnapshot(), tootajaSeedSnapshot()]) {
      const { host } = kind.open(doc);
      expect(shapes(await host.read())).toEqual(shapes(doc));
      kind.close();
    }
  });

  test.each(scenarios)('$name: the document the core’s applyEdits makes, the user’s text kept, one undo reverts it', async (scenario) => {
    const doc = scenario.document();
    const cursor = scenario.cursor?.(doc);
    const opened = kind.open(doc, cursor);
    const before = await opened.host.read();
    const edits = scenario.edits(before);
    expect(edits.length).toBeGreaterThan(0);
    await opened.host.apply(withBasis(edits, before));
    const after = await opened.host.read();
    expect(shapes(after)).toEqual(shapes(applyEdits(before, edits, cursor)));
    // The user's paragraphs are all there, in order; only a replace edit's block reads otherwise.
    const replaced = new Set(edits.flatMap((e) => (e.kind === 'replace' ? [e.block] : [])));
    const kept = texts(before).filter((_t, i) => !replaced.has(i));
    expect(subsequence(kept, texts(after))).toEqual(kept);
    expect(opened.undo()).toBe(true);
    expect(shapes(await opened.host.read())).toEqual(shapes(before));
  });

  test('refuses edits made from an older state of the document, and writes nothing', async () => {
    const opened = kind.open(ametnikSeedSnapshot());
    const seen = await opened.host.read();
    const edits = withBasis([{ kind: 'insert', at: { end: true }, plan: { blocks: [{ type: 'paragraph', text: 'lõppu' }] } }], seen);
    const purpose = at(seen, '2. AMETIKOHA EESMÄRK') + 1;
    opened.type(purpose, `${seen.blocks[purpose].text} Lisatud lause.`);
    const typed = await opened.host.read();
    const error = await opened.host.apply(edits).catch((e: unknown) => e);
    expect(isDocumentChanged(error)).toBe(true);
    expect((error as { bilingual?: unknown }).bilingual).toEqual(DOCUMENT_CHANGED);
    expect(shapes(await opened.host.read())).toEqual(shapes(typed));
    // Made again from the document as it is now, the same edit goes in.
    await opened.host.apply(withBasis(edits, typed));
    expect(texts(await opened.host.read())).toEqual([...texts(typed), 'lõppu']);
  });

  test('refuses an edit that does not say which state of the document it was made from', async () => {
    const { host } = kind.open(ametnikSeedSnapshot());
    const before = await host.read();
    await expect(host.apply([{ kind: 'insert', at: { end: true }, plan: { blocks: [{ type: 'paragraph', text: 'x' }] } }])).rejects.toThrow(/without the snapshot/);
    expect(shapes(await host.read())).toEqual(shapes(before));
  });
});
