/**
 * Finds a snapshot's blocks in the XML of the main part, to the character: a light element tree
 * with each element's offsets, so that an edit rewrites only the elements it touches and copies
 * every other character as it was. The part has already been read (and so checked) by ./read.ts.
 */
import { DocxError } from './errors';
import { SKIPPED } from './read';

export interface XNode {
  name: string;
  /** Offsets in the part's text: the start tag's "<", after its ">", the end tag's "<", after its ">". */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  parent?: XNode;
  children: XNode[];
}

function unreadable(why: string): DocxError {
  return new DocxError(`word/document.xml cannot be edited (${why})`, `word/document.xml ei ole muudetav (${why})`);
}

/** Every element of `xml` with its offsets, under a root that stands for the whole text. */
export function parseTree(xml: string): XNode {
  const root: XNode = { name: '#root', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, children: [] };
  let current = root;
  let i = 0;
  const skipTo = (from: number, end: string) => {
    const at = xml.indexOf(end, from);
    if (at < 0) throw unreadable(`unterminated ${xml.slice(from - 2, from + 7)}`);
    return at + end.length;
  };
  for (let lt = xml.indexOf('<', i); lt >= 0; lt = xml.indexOf('<', i)) {
    if (xml.startsWith('<!--', lt)) i = skipTo(lt + 4, '-->');
    else if (xml.startsWith('<![CDATA[', lt)) i = skipTo(lt + 9, ']]>');
    else if (xml.startsWith('<?', lt)) i = skipTo(lt + 2, '?>');
    else if (xml.startsWith('<!', lt)) throw unreadable('a declaration inside the part');
    else {
      // The tag ends at the first ">" outside quotes ("<" cannot occur in an attribute value).
      let j = lt + 1;
      for (let quote = 0; j < xml.length; j++) {
        const c = xml.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (j >= xml.length) throw unreadable('an unterminated tag');
      if (xml[lt + 1] === '/') {
        if (xml.slice(lt + 2, j).trim() !== current.name || !current.parent) throw unreadable(`an unexpected end tag at ${lt}`);
        current.closeStart = lt;
        current.end = j + 1;
        current = current.parent;
      } else {
        const name = /^[^\s/>]+/.exec(xml.slice(lt + 1, j))?.[0] ?? '';
        const node: XNode = { name, start: lt, openEnd: j + 1, closeStart: j + 1, end: j + 1, parent: current, children: [] };
        current.children.push(node);
        if (xml[j - 1] !== '/') current = node;
      }
      i = j + 1;
    }
  }
  if (current !== root) throw unreadable(`<${current.name}> is not closed`);
  return root;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text as XML holds it (character data or an attribute value) back to characters, line ends as the parser reads them. */
export function unescapeXml(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An attribute of an element's start tag. */
export function attr(xml: string, node: XNode, name: string): string | undefined {
  const tag = xml.slice(node.start, node.openEnd);
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

export function child(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Every element named `name` under `node`, in document order. */
export function findAll(node: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** The nearest element named `name` around `node`. */
export function ancestor(node: XNode, name: string): XNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (n.name === name) return n;
  return undefined;
}

/** The tag of a content control (w:sdt), if it has one. */
export function sdtTag(xml: string, sdt: XNode): string | undefined {
  const pr = child(sdt, 'w:sdtPr');
  const tag = pr && child(pr, 'w:tag');
  return (tag && attr(xml, tag, 'w:val')) || undefined;
}

/** The w:p of each block: `paragraphs[i]` counts the block's w:p among all of the part's (see DocxLayout). */
export function blockNodes(tree: XNode, paragraphs: number[]): XNode[] {
  const all = findAll(tree, 'w:p');
  return paragraphs.map((n) => {
    const node = all[n];
    if (!node) throw unreadable(`paragraph ${n} is missing`);
    return node;
  });
}

/**
 * Where a paragraph's visible text sits: each w:t with its text, and each tab, line break and
 * non-breaking hyphen as one character, read as ./read.ts reads them (deleted text, drawings and
 * text boxes are not the paragraph's text).
 */
export interface Piece {
  kind: 'text' | 'char';
  node: XNode;
  text: string;
  /** The w:r the piece is in. */
  run: XNode;
}

const HIDDEN = new Set([...SKIPPED, 'w:del', 'w:moveFrom', 'w:p']);

export function paragraphPieces(xml: string, p: XNode): Piece[] {
  const pieces: Piece[] = [];
  const walk = (node: XNode) => {
    for (const c of node.children) {
      if (HIDDEN.has(c.name)) continue;
      if (node.name !== 'w:r') {
        walk(c);
        continue;
      }
      const type = c.name === 'w:br' ? (attr(xml, c, 'w:type') ?? 'textWrapping') : '';
      if (c.name === 'w:t') {
        const raw = xml.slice(c.openEnd, c.closeStart);
        if (raw.includes('<')) throw unreadable('markup inside a text element');
        pieces.push({ kind: 'text', node: c, text: unescapeXml(raw), run: node });
      } else if (c.name === 'w:tab' || c.name === 'w:ptab') pieces.push({ kind: 'char', node: c, text: '\t', run: node });
      else if ((c.name === 'w:br' && type === 'textWrapping') || c.name === 'w:cr') pieces.push({ kind: 'char', node: c, text: '\n', run: node });
      else if (c.name === 'w:noBreakHyphen') pieces.push({ kind: 'char', node: c, text: '-', run: node });
    }
  };
  walk(p);
  return pieces;
}
