import catalogueJson from '../../data/catalogue/default.json';
import type { Catalogue, Clause } from '../../src/core/catalogue/types';
import type { ContentPlan, Edit } from '../../src/core/content';
import { clausePlan, sectionPlan, skeletonPlans } from '../../src/core/plans';
import { defaultProfiles } from '../../src/core/profiles';
import { readJobDescription } from '../../src/core/reader';
import { makeBlock, type Block } from '../../src/core/snapshot';
import { UNSUPPORTED_WORD } from '../../src/word/requirements';
import { DOCUMENT_CHANGED, NOT_IN_TABLE, TEXT_NOT_FOUND, WordHost, WordHostError } from '../../src/word/WordHost';
import {
  FakeWord,
  installFake,
  makeControl,
  makeList,
  makeTable,
  node,
  uninstallFake,
  type FakeNode,
} from './fakeWord';
import { setup, syncsAfterFirstWrite, writes } from './helpers';

const catalogue = catalogueJson as unknown as Catalogue;
const ametnik = defaultProfiles().find((p) => p.id === 'ametnik')!;

afterEach(() => uninstallFake());

/**
 * A document of `sections` × 25 paragraphs: headings, bold and plain paragraphs, a 3×2 table,
 * a numbered list, bullets, manual line breaks, and two nested content controls — with the
 * blocks the snapshot must contain.
 */
function bigDocument(sections: number): { nodes: FakeNode[]; expected: Block[] } {
  const nodes: FakeNode[] = [];
  const expected: Block[] = [];
  let tableIndex = -1;
  const add = (n: FakeNode, block: Partial<Block>) => {
    expected.push(makeBlock(nodes.length, block.text ?? n.text, { style: n.style, ...block }));
    nodes.push(n);
  };
  for (let s = 0; s < sections; s++) {
    const section = makeControl(`jd:section:s${s}`);
    const competency = makeControl(`jd:competency:c${s}@2026.1`);
    add(node(`${s + 1}. PEALKIRI`, { style: 'Heading 1', styleBuiltIn: 'Heading1', outlineLevel: 1, controls: [section] }), {
      headingLevel: 1, tags: [section.tag],
    });
    add(node('Paks silt', { bold: true, controls: [section] }), { bold: true, tags: [section.tag] });
    add(node('Rida üks\u000bRida kaks\r', { controls: [section] }), { text: 'Rida üks\nRida kaks', tags: [section.tag] });
    const table = makeTable(3, 2);
    tableIndex++;
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 2; c++) {
        add(node(`lahter ${r}-${c}`, { cell: { table, row: r, col: c }, controls: [section] }), {
          kind: 'cell', table: { table: tableIndex, row: r, col: c }, tags: [section.tag],
        });
      }
    }
    const numbered = makeList('Number');
    for (let i = 1; i <= 4; i++) {
      add(node(`Ülesanne ${i}`, { list: { list: numbered, level: 0, listString: `${s + 1}.${i}.` }, controls: [section] }), {
        number: `${s + 1}.${i}.`, listLevel: 0, tags: [section.tag],
      });
    }
    add(node('Kliendikesksus:', { controls: [section, competency] }), { tags: [section.tag, competency.tag] });
    const bullets = makeList('Bullet');
    for (let i = 0; i < 8; i++) {
      add(node(`Täpp ${i}`, { list: { list: bullets, level: i % 2, listString: '\uf0b7' }, controls: [section, competency] }), {
        bullet: true, listLevel: i % 2, tags: [section.tag, competency.tag],
      });
    }
    add(node('', {}), { tags: [] });
    add(node('Tavaline lõik väljaspool.', {}), { tags: [] });
  }
  return { nodes, expected };
}


describe('WordHost.read', () => {
  it('reads a 600-paragraph document with tables, lists and content controls in one sync', async () => {
    const { nodes, expected } = bigDocument(25);
    expect(nodes.length).toBe(600);
    const { fake, host } = setup(nodes, { comments: [{ resolved: false }, { resolved: true }, { resolved: false }], trackedChanges: 4 });
    const snapshot = await host.read();
    expect(fake.syncs).toBe(1);
    expect(snapshot.blocks).toEqual(expected);
    expect(snapshot.comments).toBe(2); // open ones
    expect(snapshot.trackedChanges).toBe(4);
  });

  it('on WordApi 1.3 skips comments, tracked changes and allCaps but still reads in one sync', async () => {
    const { nodes, expected } = bigDocument(2);
    const { fake, host } = setup(nodes, { comments: [{ resolved: false }], trackedChanges: 2 }, { WordApi: '1.3' });
    const snapshot = await host.read();
    expect(fake.syncs).toBe(1);
    expect(snapshot.blocks).toEqual(expected);
    expect(snapshot).toMatchObject({ comments: 0, trackedChanges: 0 });
  });

  it('reports allCaps where WordApiDesktop 1.3 has it', async () => {
    const { host } = setup([node('SUURTÄHED', { allCaps: true }), node('tavaline')]);
    const snapshot = await host.read();
    expect(snapshot.blocks.map((b) => b.allCaps)).toEqual([true, undefined]);
  });

  it('rejects with the Bilingual message, not a crash, when Word lacks WordApi 1.3', async () => {
    const { fake, host } = setup([node('x')], {}, { WordApi: '1.2' });
    const error = await host.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordHostError);
    expect((error as WordHostError).bilingual).toEqual(UNSUPPORTED_WORD);
    expect(fake.syncs).toBe(0);
    await expect(host.selectionBlock()).resolves.toBeUndefined();
  });
});

describe('WordHost.apply', () => {
  it('writes the whole skeleton at the end in one write sync, and reads back as a job description', async () => {
    const { fake, host, apply } = setup([node('')]);
    await host.read();
    fake.calls = [];
    const syncsBefore = fake.syncs;
    await apply(skeletonPlans(ametnik, catalogue).map((plan): Edit => ({ kind: 'insert', at: { end: true }, plan })));
    expect(fake.syncs - syncsBefore).toBe(2); // one read-only sync to resolve blocks, one write sync
    expect(syncsAfterFirstWrite(fake.calls)).toBe(1);
    expect(fake.calls.some((c) => c.args.includes('Replace'))).toBe(false);

    const snapshot = await host.read();
    const jd = readJobDescription(snapshot, ametnik);
    expect(jd.sections.filter((s) => !s.found).map((s) => s.id)).toEqual([]);
    expect(jd.title?.value).toBe('AMETIJUHEND');
    expect(jd.rights.length).toBe(catalogue.clauses.find((c) => c.id === 'oigused-ametnik')!.items.et.length);
    // Headings are real headings, rights are real bullets, part 1 and duties are tables.
    const heading = snapshot.blocks.find((b) => b.text === '3. TEENISTUSKOHUSTUSED')!;
    expect(heading).toMatchObject({ headingLevel: 1, tags: ['jd:section:ulesanded'] });
    expect(snapshot.blocks.filter((b) => b.bullet).length).toBeGreaterThanOrEqual(jd.rights.length);
    expect(snapshot.blocks.find((b) => b.text === '1.1 Ametinimetus')).toMatchObject({ kind: 'cell', table: { table: 0, row: 0, col: 0 } });
    expect(snapshot.blocks.find((b) => b.text === 'Oodatavad tulemused')).toMatchObject({ kind: 'cell', table: { table: 1, row: 0, col: 1 } });
    // Every content control is tagged, unlocked and shown as a bounding box.
    const controls = new Set(fake.nodes.flatMap((n) => n.controls));
    expect([...controls].map((c) => c.tag).sort()).toEqual(
      ['jd:title', 'jd:signatures', ...ametnik.sections.map((s) => `jd:section:${s.id}`)].sort(),
    );
    for (const c of controls) expect(c).toMatchObject({ cannotDelete: false, cannotEdit: false, appearance: 'BoundingBox' });
  });

  it('inserts a clause after a list item without touching the existing paragraphs, as a new bulleted list', async () => {
    const userList = makeList('Bullet');
    const nodes = [
      node('4. ÕIGUSED', { styleBuiltIn: 'Heading1', style: 'Heading 1', outlineLevel: 1 }),
      node('Ametnikul on õigus:'),
      node('saada infot;', { list: { list: userList, level: 0, listString: '•' } }),
      node('5. VASTUTUS', { styleBuiltIn: 'Heading1', style: 'Heading 1', outlineLevel: 1 }),
    ];
    const before = nodes.map((n) => ({ ...n, list: n.list && { ...n.list } }));
    const { fake, host, apply } = setup(nodes);
    await host.read();
    fake.calls = [];
    const clause: Clause = {
      id: 'test-clause', section: 'oigused', variants: ['ametnik'], bullets: true,
      title: { et: 'Õigused', en: 'Rights' }, lead: { et: 'Lisaks on õigus:', en: 'Also:' },
      items: { et: ['esimene;', 'teine.'], en: ['first;', 'second.'] },
    };
    await apply([{ kind: 'insert', at: { after: 2 }, plan: clausePlan(clause, 'et') }]);
    expect(syncsAfterFirstWrite(fake.calls)).toBe(1);
    expect(fake.nodes.map((n) => n.text)).toEqual(['4. ÕIGUSED', 'Ametnikul on õigus:', 'saada infot;', 'Lisaks on õigus:', 'esimene;', 'teine.', '5. VASTUTUS']);
    // The user's paragraphs are the same objects with the same text, style and list.
    for (const b of before) {
      const now = fake.nodes.find((n) => n.id === b.id)!;
      expect({ text: now.text, style: now.style, list: now.list?.list.id }).toEqual({ text: b.text, style: b.style, list: b.list?.list.id });
    }
    const [lead, first, second] = fake.nodes.slice(3, 6);
    expect(lead.list).toBeUndefined(); // detached from the user's list it inherited
    expect(first.list?.list).toBe(second.list?.list);
    expect(first.list?.list).not.toBe(userList);
    expect(first.list?.list.type).toBe('Bullet');
    expect(lead.controls.map((c) => c.tag)).toEqual(['jd:clause:test-clause']);
    expect(second.controls).toEqual(lead.controls);
    expect(fake.nodes[2].controls).toEqual([]);
    const methods = writes(fake.calls).map((c) => `${c.on}.${c.method}`);
    expect(methods).toContain('paragraph.startNewList');
    expect(methods).toContain('list.insertParagraph');
    expect(fake.calls.some((c) => c.args.includes('Replace'))).toBe(false);
  });

  it('inserts after the whole table when the block is a table cell', async () => {
    const table = makeTable(1, 2);
    const nodes = [node('enne'), node('a', { cell: { table, row: 0, col: 0 } }), node('b', { cell: { table, row: 0, col: 1 } }), node('pärast')];
    const { fake, host, apply } = setup(nodes);
    await host.read();
    await apply([{ kind: 'insert', at: { after: 1 }, plan: { tag: 't', blocks: [{ type: 'paragraph', text: 'uus' }] } }]);
    expect(fake.nodes.map((n) => n.text)).toEqual(['enne', 'a', 'b', 'uus', 'pärast']);
    expect(fake.nodes[3].cell).toBeUndefined();
  });

  it('inserts a missing section outside the content control of the section before it', async () => {
    const oigused = makeControl('jd:section:oigused');
    const nodes = [node('4. ÕIGUSED', { controls: [oigused] }), node('Ametnikul on õigus:', { controls: [oigused] }), node('lõpp')];
    const { fake, host, apply } = setup(nodes);
    await host.read();
    await apply([{ kind: 'insert', at: { after: 1 }, plan: sectionPlan(ametnik, 'vastutus', catalogue) }]);
    const snapshot = await host.read();
    const heading = snapshot.blocks.find((b) => b.text === '5. VASTUTUS')!;
    expect(heading.index).toBe(2);
    expect(heading.tags).toEqual(['jd:section:vastutus']);
    expect(snapshot.blocks[1].tags).toEqual(['jd:section:oigused']);
    expect(fake.nodes[fake.nodes.length - 1].text).toBe('lõpp');
  });

  it('inserts at the cursor after the selected paragraph and keeps it', async () => {
    const { fake, host, apply } = setup([node('üks'), node('kaks'), node('kolm')], { selection: 1 });
    await host.read();
    await apply([{ kind: 'insert', at: { cursor: true }, plan: { blocks: [{ type: 'heading', level: 2, text: 'Uus' }] } }]);
    expect(fake.nodes.map((n) => [n.text, n.styleBuiltIn])).toEqual([['üks', 'Normal'], ['kaks', 'Normal'], ['Uus', 'Heading2'], ['kolm', 'Normal']]);
  });

  it('keeps the order of several inserts after the same block', async () => {
    const { fake, host, apply } = setup([node('a'), node('z')]);
    await host.read();
    const plan = (text: string): ContentPlan => ({ blocks: [{ type: 'paragraph', text }] });
    await apply([
      { kind: 'insert', at: { after: 0 }, plan: plan('b') },
      { kind: 'insert', at: { after: 0 }, plan: plan('c') },
      { kind: 'insert', at: { before: 1 }, plan: plan('y') },
    ]);
    expect(fake.nodes.map((n) => n.text)).toEqual(['a', 'b', 'c', 'y', 'z']);
  });

  it('replaces only the found words of one paragraph', async () => {
    const { fake, host, apply } = setup([node('Eesti keele valdamine tasemel C3.'), node('C3 jääb siia.')]);
    await host.read();
    fake.calls = [];
    await apply([{ kind: 'replace', block: 0, find: 'C3', replace: 'C1' }]);
    expect(fake.nodes.map((n) => n.text)).toEqual(['Eesti keele valdamine tasemel C1.', 'C3 jääb siia.']);
    expect(writes(fake.calls).map((c) => [c.on, c.method, ...c.args])).toEqual([['range', 'insertText', 'C1', 'Replace']]);
    expect(fake.calls.find((c) => c.method === 'search')?.args).toEqual(['C3', { matchCase: true }]);
  });

  it('refuses, before writing anything, a replace whose text is gone', async () => {
    const { fake, host, apply } = setup([node('tasemel C1.')]);
    await host.read();
    fake.calls = [];
    const error = await apply([
      { kind: 'insert', at: { end: true }, plan: { blocks: [{ type: 'paragraph', text: 'x' }] } },
      { kind: 'replace', block: 0, find: 'C3', replace: 'C1' },
    ]).catch((e: unknown) => e);
    expect((error as WordHostError).bilingual).toEqual(TEXT_NOT_FOUND);
    expect(writes(fake.calls)).toEqual([]);
    expect(fake.nodes.map((n) => n.text)).toEqual(['tasemel C1.']);
  });

  it('refuses edits when the document changed since the snapshot they were made from', async () => {
    const { fake, host, apply } = setup([node('üks'), node('kaks')]);
    const seen = await host.read();
    fake.nodes[1].text = 'kaks, muudetud';
    fake.calls = [];
    const error = await apply([{ kind: 'insert', at: { after: 1 }, plan: { blocks: [{ type: 'paragraph', text: 'x' }] } }], seen).catch((e: unknown) => e);
    expect((error as WordHostError).bilingual).toEqual(DOCUMENT_CHANGED);
    expect(writes(fake.calls)).toEqual([]);
  });

  it('adds a duty row with addRows at the end of the table', async () => {
    const table = makeTable(2, 2);
    const nodes = [
      node('Põhiülesanded', { cell: { table, row: 0, col: 0 } }), node('Oodatavad tulemused', { cell: { table, row: 0, col: 1 } }),
      node('3.1 Ülesanne', { cell: { table, row: 1, col: 0 } }), node('Tulemus', { cell: { table, row: 1, col: 1 } }),
      node('4. ÕIGUSED'),
    ];
    const { fake, host, apply } = setup(nodes);
    await host.read();
    fake.calls = [];
    await apply([{ kind: 'add-row', block: 2, cells: [['3.2'], ['']] }]);
    expect(writes(fake.calls).map((c) => [c.on, c.method, ...c.args])).toEqual([['table', 'addRows', 'End', 1, [['3.2', '']]]]);
    const snapshot = await host.read();
    expect(snapshot.blocks.slice(4, 6).map((b) => [b.text, b.table])).toEqual([
      ['3.2', { table: 0, row: 2, col: 0 }],
      ['', { table: 0, row: 2, col: 1 }],
    ]);
    await expect(apply([{ kind: 'add-row', block: 6, cells: [['x']] }])).rejects.toMatchObject({ bilingual: NOT_IN_TABLE });
  });
});

describe('WordHost.select and selectionBlock', () => {
  it('selects the block, or the nearest paragraph holding the text when the document moved', async () => {
    const { fake, host } = setup([node('a'), node('b'), node('C3 tase'), node('d')]);
    await host.select({ block: 2, text: 'C3' });
    expect(fake.selected?.text).toBe('C3 tase');
    fake.insertAt(0, node('uus lõik'));
    await host.select({ block: 2, text: 'C3' });
    expect(fake.selected?.text).toBe('C3 tase');
  });

  it('puts the cursor at the end of the block\'s text when asked (a new duty row to write in)', async () => {
    const { fake, host } = setup([node('a'), node('3.7'), node('c')]);
    await host.select({ block: 1, text: '3.7' }, { caret: 'end' });
    expect(fake.selected?.text).toBe('3.7');
    const calls = fake.calls.map((c) => `${c.on}.${c.method}(${c.args.join(',')})`);
    expect(calls).toEqual(expect.arrayContaining(['paragraph.getRange(Content)', 'range.select(End)']));
    expect(calls).not.toContain('paragraph.select(Select)');
  });

  it('tells which block the cursor is in', async () => {
    const { host } = setup([node('a'), node('b'), node('c')], { selection: 2 });
    await host.read();
    await expect(host.selectionBlock()).resolves.toBe(2);
  });
});

describe('WordHost.onChange', () => {
  it('calls the listener once after a burst of paragraph changes, and not after unsubscribing', async () => {
    jest.useFakeTimers();
    try {
      const fake = new FakeWord([node('a')]);
      installFake(fake);
      const host = new WordHost({ debounceMs: 100 });
      const listener = jest.fn();
      const stop = host.onChange(listener);
      await Promise.resolve();
      await Promise.resolve();
      fake.fireChange();
      fake.fireChange();
      jest.advanceTimersByTime(150);
      expect(listener).toHaveBeenCalledTimes(1);
      stop();
      await Promise.resolve();
      await Promise.resolve();
      fake.fireChange();
      jest.advanceTimersByTime(150);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(fake.handlers.size).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
