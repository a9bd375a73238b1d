// Defects 1 and 9 of issue 9: following the cursor without breaking Word's undo, also in tables;
// and the round trips per selection change, per Check and per fix.
import catalogueJson from '../../data/catalogue/default.json';
import type { Catalogue } from '../../src/core/catalogue/types';
import type { Edit } from '../../src/core/content';
import { clausePlan, skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { ametnikSeedSnapshot } from '../core/seed-snapshots';
import { nodesOf } from './fakeDocument';
import { makeControl, makeTable, node, uninstallFake } from './fakeWord';
import { setup, texts } from './helpers';

const catalogue = catalogueJson as unknown as Catalogue;
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;
afterEach(() => uninstallFake());

const rangeCalls = (calls: { method: string }[]) => calls.filter((c) => c.method === 'expandTo' || c.method === 'intersectWith');

describe('following the cursor (office-js #5715, #2225, #2720: expandTo/intersectWith add undo entries on the web)', () => {
  test('one sync per selection change, and Ctrl+Z still undoes what the user typed', async () => {
    const { fake, host, syncsOf } = setup([node('1. ÜLDOSA'), node('a'), node('b'), node('c')], { selection: 1 });
    const seen = await host.read();
    fake.type(2, 'b, muudetud');
    fake.moveCursor(3);
    const { syncs, result } = await syncsOf(() => host.selectionBlock(seen));
    expect(syncs).toBe(1);
    expect(result).toBe(3);
    expect(rangeCalls(fake.calls)).toEqual([]);
    expect(fake.undo()).toBe(true); // Ctrl+Z
    expect(texts(fake)).toEqual(['1. ÜLDOSA', 'a', 'b', 'c']);
  });

  test('a pane that follows every selection change (Ctrl+Z is one too) never stands between the user and undo', async () => {
    const { fake, host } = setup([node('x'), node('y')], { selection: 0 });
    const seen = await host.read();
    const following: Promise<unknown>[] = [];
    host.onSelectionChange(() => following.push(host.selectionBlock(seen)));
    fake.type(0, 'x1');
    fake.moveCursor(1);
    fake.type(1, 'y1');
    await Promise.all(following);
    fake.undo();
    await Promise.all(following);
    fake.undo();
    await Promise.all(following);
    expect(texts(fake)).toEqual(['x', 'y']);
    expect(following.length).toBe(3);
  });

  test('without WordApi 1.6 there is no change event to listen to: a selection change does not read the document', async () => {
    const { fake, host } = setup([node('a'), node('b')], { selection: 0 }, { WordApi: '1.3' });
    const listener = jest.fn();
    const stop = host.onChange(listener);
    expect(fake.selectionHandlers.size).toBe(0);
    fake.moveCursor(1);
    expect(fake.syncs).toBe(0);
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  test('in a cell of the duties table the cursor is found too (the old count over a range into a table took whole rows)', async () => {
    const duties = makeTable(2, 2);
    const section = makeControl('jd:section:ulesanded');
    const nodes = [
      node('2. EESMÄRK'), node('Eesmärk.'),
      node('3. TEENISTUSKOHUSTUSED', { controls: [section] }),
      node('Põhiülesanded', { cell: { table: duties, row: 0, col: 0 } }), node('Oodatavad tulemused', { cell: { table: duties, row: 0, col: 1 } }),
      node('3.1 Ülesanne', { cell: { table: duties, row: 1, col: 0 } }), node('Tulemus', { cell: { table: duties, row: 1, col: 1 } }),
      node('4. ÕIGUSED'),
    ];
    const { fake, host } = setup(nodes, { selection: 5 });
    const seen = await host.read();
    await expect(host.selectionBlock(seen)).resolves.toBe(5);
    fake.moveCursor(6);
    await expect(host.selectionBlock(seen)).resolves.toBe(6);
    fake.moveCursor(2);
    await expect(host.selectionBlock(seen)).resolves.toBe(2);
  });

  test('among paragraphs with the same text, the one with the same neighbours; after typing in it, by its neighbours', async () => {
    const { fake, host } = setup([node('4. ÕIGUSED'), node(''), node('5. VASTUTUS'), node(''), node('6. TÖÖVAHENDID')], { selection: 3 });
    const seen = await host.read();
    await expect(host.selectionBlock(seen)).resolves.toBe(3);
    fake.nodes[3].text = 'Ametnik vastutab';
    await expect(host.selectionBlock(seen)).resolves.toBe(3);
    fake.moveCursor(1);
    await expect(host.selectionBlock(seen)).resolves.toBe(1);
  });
});

describe('one batch, one undo', () => {
  test('a clause, a skeleton and a fix are each removed by one Ctrl+Z; no sync uses expandTo or intersectWith', async () => {
    const { fake, host, apply } = setup([node('4. ÕIGUSED'), node('Ametnikul on õigus:'), node('5. VASTUTUS')], { selection: 1 });
    await host.read();
    const original = texts(fake);
    await apply([{ kind: 'insert', at: { cursor: true }, plan: clausePlan(catalogue.clauses.find((c) => c.section === 'oigused')!, 'et') }]);
    expect(texts(fake).length).toBeGreaterThan(original.length);
    fake.undo();
    expect(texts(fake)).toEqual(original);

    await apply(skeletonPlans(ametnik, catalogue).map((plan): Edit => ({ kind: 'insert', at: { end: true }, plan })));
    expect(texts(fake)).toContain('3. TEENISTUSKOHUSTUSED');
    fake.undo();
    expect(texts(fake)).toEqual(original);
    expect(rangeCalls(fake.calls)).toEqual([]);
  });
});

describe('round trips', () => {
  test('Check: one sync; selection change: one; fix: two for an insertion, three when it replaces words or adds a row', async () => {
    const seed = ametnikSeedSnapshot();
    const { fake, host, apply, syncsOf } = setup(nodesOf(seed), { selection: 10 });
    const check = await syncsOf(() => host.read());
    expect(check.syncs).toBe(1);
    const snapshot = check.result;
    expect((await syncsOf(() => host.selectionBlock(snapshot))).syncs).toBe(1);

    const words = snapshot.blocks.find((b) => b.text.includes('vahetu juhiga'))!;
    const replace: Edit = { kind: 'replace', block: words.index, find: 'vahetu juhiga', replace: 'otsese juhiga' };
    expect((await syncsOf(() => apply([replace], snapshot))).syncs).toBe(3);
    expect(texts(fake)[words.index]).toContain('otsese juhiga');

    const now = await host.read();
    const dutyTable = now.blocks.find((b) => b.text.startsWith('3.1'))!;
    expect((await syncsOf(() => apply([{ kind: 'add-row', block: dutyTable.index, cells: [['3.9'], ['']] }], now))).syncs).toBe(3);

    const after = await host.read();
    const insert: Edit = { kind: 'insert', at: { after: 0 }, plan: { tag: 'jd:clause:x', blocks: [{ type: 'paragraph', text: 'uus' }] } };
    expect((await syncsOf(() => apply([insert], after))).syncs).toBe(2);
    expect(fake.calls.filter((c) => c.method === 'expandTo')).toEqual([]);
  });
});
