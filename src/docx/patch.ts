/**
 * Applies one batch of edits to the main part's XML: the paragraphs a replace touches are
 * rewritten, new content and table rows are put in between, and every other character is kept.
 * Where things go is decided by `placeInsert` (src/core/apply.ts), the placement of every host.
 */
import { checkBasis, placeInsert } from '../core/apply';
import type { Edit } from '../core/content';
import type { DocumentSnapshot } from '../core/snapshot';
import { Formats, lastRow, rowXml } from './compose';
import { DocxError } from './errors';
import { ancestor, blockNodes, child, parseTree, sdtTag, type XNode } from './locate';
import { editParagraphText, type TextOp } from './runs';

/** One change to a document: a batch of edits (at the cursor `selection`), or a block's whole text typed anew. */
export type DocxChange = { edits: Edit[]; selection?: number } | { block: number; text: string; was: string };

function cannot(why: string, miks: string): DocxError {
  return new DocxError(`the change cannot be written into this file: ${why}`, `muudatust ei saa sellesse faili kirjutada: ${miks}`);
}

/** The smallest op that turns `was` into `now` (what typing changed). */
function typed(was: string, now: string): TextOp {
  let start = 0;
  while (start < was.length && start < now.length && was[start] === now[start]) start++;
  let end = 0;
  while (end < was.length - start && end < now.length - start && was[was.length - 1 - end] === now[now.length - 1 - end]) end++;
  return { at: start, remove: was.length - start - end, insert: now.slice(start, now.length - end) };
}

/** The outermost table around a node. */
function outerTable(node: XNode): XNode | undefined {
  let tbl = ancestor(node, 'w:tbl');
  for (let up = tbl && ancestor(tbl, 'w:tbl'); up; up = ancestor(up, 'w:tbl')) tbl = up;
  return tbl;
}

/**
 * The element beside which content goes that sits inside the first `depth` tagged content
 * controls around paragraph `p`: the child of the innermost of them (or of the body) that holds p.
 */
function beside(xml: string, p: XNode, depth: number, isCell: boolean): XNode {
  const chain: XNode[] = [];
  for (let n: XNode | undefined = p; n && n.name !== 'w:body'; n = n.parent) chain.unshift(n);
  let container = chain[0]?.parent;
  let seen = 0;
  for (const n of chain) {
    if (seen === depth) break;
    if (n.name === 'w:sdt' && sdtTag(xml, n)) {
      seen++;
      if (seen === depth) container = child(n, 'w:sdtContent');
    }
  }
  const element = chain.find((n) => n.parent === container);
  const table = isCell ? outerTable(p) : undefined;
  if (seen < depth || !element || !/^w:(p|tbl|sdt|customXml)$/.test(element.name) || (table && ancestor(element, 'w:tbl'))) {
    throw cannot('its place is inside a table row or an unusual content control', 'selle koht on tabelirea või ebatavalise sisuohjuri sees');
  }
  return element;
}

interface Splice {
  from: number;
  to: number;
  text: string;
  /** Among insertions at one offset: content after an element (0) before content before the next (1), then batch order. */
  rank: number;
  order: number;
}

/** The XML of the main part after `change`, made on `snapshot` (as read from `xml`). */
export function patchDocument(xml: string, snapshot: DocumentSnapshot, paragraphs: number[], change: DocxChange): string {
  const blocks = snapshot.blocks;
  const tree = parseTree(xml);
  const nodes = blockNodes(tree, paragraphs);
  const ops = new Map<number, TextOp[]>();
  const texts = blocks.map((b) => b.text);
  const splices: Splice[] = [];
  const addOp = (block: number, op: TextOp, now: string) => {
    ops.set(block, [...(ops.get(block) ?? []), op]);
    texts[block] = now;
  };
  if ('text' in change) {
    if (blocks[change.block]?.text !== change.was) throw cannot('the paragraph has changed', 'lõik on vahepeal muutunud');
    addOp(change.block, typed(change.was, change.text), change.text);
  } else {
    checkBasis(change.edits, texts);
    change.edits.forEach((edit, order) => {
      if (edit.kind === 'replace') {
        const text = texts[edit.block];
        const at = text === undefined || edit.find === '' ? -1 : text.indexOf(edit.find);
        if (at < 0) throw cannot(`"${edit.find}" is not in paragraph ${edit.block + 1}`, `„${edit.find}“ ei ole lõigus ${edit.block + 1}`);
        addOp(edit.block, { at, remove: edit.find.length, insert: edit.replace }, text.slice(0, at) + edit.replace + text.slice(at + edit.find.length));
      } else if (edit.kind === 'add-row') {
        const table = blocks[edit.block]?.kind === 'cell' ? outerTable(nodes[edit.block]) : undefined;
        const row = table && lastRow(table);
        if (!row) throw cannot(`paragraph ${edit.block + 1} is not in a table`, `lõik ${edit.block + 1} ei ole tabelis`);
        splices.push({ from: row.end, to: row.end, text: rowXml(xml, row, edit.cells), rank: 0, order });
      } else {
        const place = placeInsert(blocks, edit.at, edit.plan, change.selection);
        const content = new Formats(xml, blocks, nodes, place.slot ?? blocks.length - 1).plan(edit.plan);
        let at: number;
        if (place.slot === undefined) {
          const body = tree.children.find((c) => c.name === 'w:document')?.children.find((c) => c.name === 'w:body');
          if (!body) throw cannot('it has no document body', 'sellel ei ole dokumendi sisu');
          const last = body.children[body.children.length - 1];
          at = last?.name === 'w:sectPr' ? last.start : body.closeStart;
        } else {
          const element = beside(xml, nodes[place.slot], place.tags.length, blocks[place.slot].kind === 'cell');
          at = place.side === 'after' ? element.end : element.start;
        }
        splices.push({ from: at, to: at, text: content, rank: place.side === 'after' ? 0 : 1, order });
      }
    });
  }
  for (const [block, list] of ops) {
    const p = nodes[block];
    splices.push({ from: p.start, to: p.end, text: editParagraphText(xml, p, blocks[block].text, list), rank: 2, order: 0 });
  }
  splices.sort((a, b) => a.from - b.from || a.rank - b.rank || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const s of splices) {
    if (s.from < pos) throw cannot('two changes overlap', 'kaks muudatust kattuvad');
    out += xml.slice(pos, s.from) + s.text;
    pos = s.to;
  }
  return out + xml.slice(pos);
}
