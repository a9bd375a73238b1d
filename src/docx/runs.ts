/**
 * Changes the text of one paragraph in place: only the characters that change are rewritten, in
 * the run that holds them, so the rest of the paragraph keeps its runs, formatting, bookmarks,
 * fields, comments and tracked changes exactly as they were.
 */
import { DocxError } from './errors';
import { child, escapeXml, paragraphPieces, type Piece, type XNode } from './locate';

/** Replace `remove` characters at `at` with `insert` (positions in the paragraph's text as it is then). */
export interface TextOp {
  at: number;
  remove: number;
  insert: string;
}

/** Characters XML 1.0 cannot hold. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text as the content of a w:t: tabs and line breaks become Word's own elements inside the run. */
export function runText(text: string): string {
  if (NOT_XML.test(text)) {
    throw new DocxError('the text holds control characters a .docx cannot store', 'tekstis on juhtmärke, mida .docx-fail ei saa hoida');
  }
  return escapeXml(text)
    .replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">')
    .replace(/\n/g, '</w:t><w:br/><w:t xml:space="preserve">');
}

const REVISION_MARKS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange']);

/** An element's XML without the descendants named in `drop` (formatting copied without its revision marks). */
export function copyWithout(xml: string, node: XNode, drop: ReadonlySet<string> = REVISION_MARKS): string {
  let out = '';
  let pos = node.start;
  const visit = (n: XNode) => {
    for (const c of n.children) {
      if (drop.has(c.name)) {
        out += xml.slice(pos, c.start);
        pos = c.end;
      } else visit(c);
    }
  };
  visit(node);
  return out + xml.slice(pos, node.end);
}

/** The run properties of a run, without revision marks ('' when it has none). */
export function runProperties(xml: string, run: XNode | undefined): string {
  const rPr = run && child(run, 'w:rPr');
  return rPr ? copyWithout(xml, rPr) : '';
}

/** A part of the paragraph's text while it is edited: a piece found in the XML, or a run to add. */
interface Part {
  piece?: Piece;
  text: string;
  changed: boolean;
  /** For a new run: where it goes and the properties it copies. */
  at?: number;
  rPr?: string;
}

const isText = (p: Part) => !p.piece || p.piece.kind === 'text';

/** Where inserted text goes: the text it replaces, else the text before it, else the text after it. */
function host(parts: Part[], starts: number[], a: number, b: number): { index: number; offset: number } | undefined {
  const len = (i: number) => parts[i].text.length;
  for (let i = 0; i < parts.length; i++) {
    if (isText(parts[i]) && starts[i] < b && starts[i] + len(i) > a) return { index: i, offset: Math.max(a, starts[i]) - starts[i] };
  }
  for (let i = parts.length - 1; i >= 0; i--) {
    if (isText(parts[i]) && len(i) > 0 && starts[i] < a && starts[i] + len(i) >= a) return { index: i, offset: a - starts[i] };
  }
  for (let i = 0; i < parts.length; i++) {
    if (isText(parts[i]) && len(i) > 0 && starts[i] === b) return { index: i, offset: 0 };
  }
  return undefined;
}

/**
 * The paragraph `p` of `xml` with `ops` applied to its text, `was` (the text the reader gave it;
 * refused when the XML holds another). New text goes into the run it replaces or continues; a
 * paragraph without text gets a run with its paragraph mark's formatting.
 */
export function editParagraphText(xml: string, p: XNode, was: string, ops: TextOp[]): string {
  const pieces = paragraphPieces(xml, p);
  if (pieces.map((x) => x.text).join('') !== was) {
    throw new DocxError('a paragraph holds other text than was read', 'lõigus on teine tekst kui loeti');
  }
  const parts: Part[] = pieces.map((piece) => ({ piece, text: piece.text, changed: false }));
  for (const op of ops) {
    const a = op.at;
    const b = op.at + op.remove;
    const starts: number[] = [];
    parts.reduce((n, part) => (starts.push(n), n + part.text.length), 0);
    const target = op.insert ? host(parts, starts, a, b) : undefined;
    parts.forEach((part, i) => {
      const from = Math.max(a, starts[i]) - starts[i];
      const to = Math.min(b, starts[i] + part.text.length) - starts[i];
      if (from >= to) return;
      part.text = part.text.slice(0, from) + part.text.slice(to);
      part.changed = true;
    });
    if (!op.insert) continue;
    if (target) {
      const part = parts[target.index];
      part.text = part.text.slice(0, target.offset) + op.insert + part.text.slice(target.offset);
      part.changed = true;
      continue;
    }
    // No text to join (an empty paragraph, or only tabs around): a run of its own beside the nearest one.
    const before = starts.reduce((k, s, i) => (s + parts[i].text.length <= a ? i : k), -1);
    const near = parts[before] ?? parts[before + 1];
    const run = near?.piece?.run;
    const at = run ? (near === parts[before] ? run.end : run.start) : near?.at ?? p.closeStart;
    const rPr = run ? runProperties(xml, run) : near?.rPr ?? markProperties(xml, p);
    parts.splice(before + 1, 0, { text: op.insert, changed: true, at, rPr });
  }
  return render(xml, p, parts);
}

/** The paragraph mark's run properties (what Word gives text typed into an empty paragraph). */
function markProperties(xml: string, p: XNode): string {
  const pPr = child(p, 'w:pPr');
  const rPr = pPr && child(pPr, 'w:rPr');
  return rPr ? copyWithout(xml, rPr) : '';
}

function render(xml: string, p: XNode, parts: Part[]): string {
  const splices: { from: number; to: number; text: string }[] = [];
  for (const part of parts) {
    if (!part.changed) continue;
    if (!part.piece) {
      splices.push({ from: part.at!, to: part.at!, text: `<w:r>${part.rPr}<w:t xml:space="preserve">${runText(part.text)}</w:t></w:r>` });
    } else if (part.piece.kind === 'text') {
      splices.push({ from: part.piece.node.start, to: part.piece.node.end, text: `<w:t xml:space="preserve">${runText(part.text)}</w:t>` });
    } else if (part.text === '') {
      splices.push({ from: part.piece.node.start, to: part.piece.node.end, text: '' });
    }
  }
  splices.sort((x, y) => x.from - y.from);
  let out = '';
  let pos = p.start;
  for (const s of splices) {
    out += xml.slice(pos, s.from) + s.text;
    pos = s.to;
  }
  out += xml.slice(pos, p.end);
  // A paragraph written <w:p/> that now holds a run opens and closes around it.
  if (p.openEnd === p.end && out.length > p.end - p.start) {
    const open = xml.slice(p.start, p.openEnd).replace(/\s*\/>$/, '>');
    out = open + out.slice(p.openEnd - p.start) + '</w:p>';
  }
  return out;
}
