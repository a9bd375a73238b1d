/** Moving documents between the fake Word and snapshots, for tests that start from a real job description. */
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { cleanText } from '../../src/word/toSnapshot';
import { makeControl, makeList, makeTable, node, type FakeControl, type FakeList, type FakeNode, type FakeTable } from './fakeModel';
import type { FakeWord } from './fakeWord';

/** The fake's document as a snapshot of texts only (enough for an edit's basis), without a sync. */
export function documentOf(fake: FakeWord): DocumentSnapshot {
  return { blocks: fake.nodes.map((n, index) => ({ index, kind: n.cell ? 'cell' : 'paragraph', text: cleanText(n.text), tags: [] })), trackedChanges: 0, comments: 0 };
}

/**
 * Fake Word paragraphs for a snapshot: headings in heading styles, lists, tables, and one content
 * control per run of blocks with the same tag at the same depth.
 */
export function nodesOf(snapshot: DocumentSnapshot): FakeNode[] {
  const tables = new Map<number, FakeTable>();
  const open: FakeControl[] = [];
  let list: FakeList | undefined;
  return snapshot.blocks.map((b) => {
    let keep = 0;
    while (keep < open.length && keep < b.tags.length && open[keep].tag === b.tags[keep]) keep++;
    open.splice(keep, open.length - keep, ...b.tags.slice(keep).map(makeControl));
    const listed = b.bullet || b.number !== undefined;
    if (!listed) list = undefined;
    else list = list && list.type === (b.bullet ? 'Bullet' : 'Number') ? list : makeList(b.bullet ? 'Bullet' : 'Number');
    let cell: FakeNode['cell'];
    if (b.table) {
      const t = tables.get(b.table.table) ?? makeTable(0, 0);
      tables.set(b.table.table, t);
      t.rows = Math.max(t.rows, b.table.row + 1);
      t.cols = Math.max(t.cols, b.table.col + 1);
      cell = { table: t, row: b.table.row, col: b.table.col };
    }
    const heading = b.headingLevel ? `Heading${b.headingLevel}` : undefined;
    return node(b.text, {
      style: b.style ?? (heading ? `Heading ${b.headingLevel}` : 'Normal'),
      styleBuiltIn: heading ?? 'Normal',
      outlineLevel: b.headingLevel ?? 10,
      bold: b.bold ?? false,
      list: listed && list ? { list, level: b.listLevel ?? 0, listString: b.bullet ? '•' : (b.number as string) } : undefined,
      cell,
      controls: [...open],
    });
  });
}
