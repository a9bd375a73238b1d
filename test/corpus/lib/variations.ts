/**
 * The same document as another employer's habits would write it: typing and layout that change
 * nothing a reviewer would report. Each variation takes a document as read and gives it back
 * changed; the corpus must read and judge every variation as it does the original.
 */
import { checkDocument } from '../../../src/core/engine';
import type { Block, DocumentSnapshot } from '../../../src/core/snapshot';

/** A typed number in front of a line ("3.", "3.1", "3.1.") and the space after it. */
const TYPED_NUMBER = /^(\d+(?:\.\d+)*\.?) (?=\S)/;

function withBlocks(snapshot: DocumentSnapshot, blocks: Block[]): DocumentSnapshot {
  return { ...snapshot, blocks: blocks.map((b, index) => ({ ...b, index })) };
}

function mapText(snapshot: DocumentSnapshot, f: (text: string, block: Block) => string): DocumentSnapshot {
  return withBlocks(
    snapshot,
    snapshot.blocks.map((original) => {
      const b = { ...original };
      b.text = f(b.text, b);
      return b;
    }),
  );
}

/** The blocks that hold a section's heading, as the reader finds them in the original. */
function headingBlocks(snapshot: DocumentSnapshot): Set<number> {
  const { jd } = checkDocument(snapshot);
  return new Set(jd.sections.filter((s) => s.found && s.block !== undefined && s.heading).map((s) => s.block as number));
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('et') + s.slice(1).toLocaleLowerCase('et');

export const VARIATIONS: Record<string, (s: DocumentSnapshot) => DocumentSnapshot> = {
  /** A tab between a typed number and its text, and a space left at the end of every line. */
  'tab after numbers, trailing spaces': (s) => mapText(s, (t) => (t.trim() ? `${t.replace(TYPED_NUMBER, '$1\t')} ` : t)),
  /** A no-break space after typed numbers, two spaces after a full stop. */
  'no-break spaces, two spaces between sentences': (s) => mapText(s, (t) => t.replace(TYPED_NUMBER, '$1\u00a0').replace(/\. (?=\p{Lu})/gu, '.  ')),
  /** Section headings in capitals written in sentence case, and the other way round. */
  'headings recased': (s) => {
    const headings = headingBlocks(s);
    return mapText(s, (t, b) => {
      if (!headings.has(b.index)) return t;
      const m = /^(\S*\d\S*\s+)?(.*)$/su.exec(t)!;
      const rest = m[2];
      const upper = rest === rest.toLocaleUpperCase('et');
      return `${m[1] ?? ''}${upper ? capitalised(rest) : rest.toLocaleUpperCase('et')}`;
    });
  },
  /** An empty line before and after every section heading that is a paragraph of its own. */
  'blank lines around headings': (s) => {
    const headings = headingBlocks(s);
    const blank = (b: Block): Block => ({ index: 0, kind: 'paragraph', text: '', tags: b.tags });
    return withBlocks(
      s,
      s.blocks.flatMap((b) => (headings.has(b.index) && b.kind === 'paragraph' ? [blank(b), b, blank(b)] : [b])),
    );
  },
  /** No empty lines at all (between paragraphs, not in tables). */
  'no empty lines': (s) => withBlocks(s, s.blocks.filter((b) => b.kind !== 'paragraph' || b.text.trim() !== '')),
  /** Typographic quotes and dashes for straight ones; typed bullets swapped ("-" for "•", "–" for "-"). */
  'quotes, dashes and typed bullets': (s) =>
    mapText(s, (t) =>
      t
        .replace(/"([^"]*)"/g, '„$1“')
        .replace(/ - /g, ' – ')
        .replace(/^(\s*)([-•–])(\s)/, (_, a: string, bullet: string, c: string) => `${a}${bullet === '•' ? '-' : bullet === '-' ? '–' : '•'}${c}`),
    ),
  /** Section headings in Word's Heading 1 style where they were typed bold, and typed bold where they were styled. */
  'heading styles swapped': (s) => {
    const headings = headingBlocks(s);
    return withBlocks(
      s,
      s.blocks.map((b): Block => {
        if (!headings.has(b.index) || b.kind !== 'paragraph') return b;
        if (b.headingLevel === undefined) return { ...b, headingLevel: 1, style: 'Heading 1', bold: true };
        const { headingLevel: _, ...rest } = b;
        return { ...rest, style: 'Normal', bold: true };
      }),
    );
  },
  /** Word's automatic numbers typed out, and typed numbers made automatic. */
  'numbers automatic and typed swapped': (s) =>
    withBlocks(
      s,
      s.blocks.map((b): Block => {
        if (b.number !== undefined) {
          const { number, listLevel: _, ...rest } = b;
          return { ...rest, text: `${number} ${b.text}` };
        }
        const m = /^(\d+(?:\.\d+)*\.?)\s+(\S.*)$/su.exec(b.text);
        if (!m || b.bullet) return b;
        return { ...b, text: m[2], number: m[1], listLevel: m[1].replace(/\.$/, '').split('.').length - 1 };
      }),
    ),
  /** Headings in capitals typed in small letters and shown in capitals by Word's "All caps" format. */
  'capitals by formatting': (s) => {
    const headings = headingBlocks(s);
    return mapText(s, (t, b) => {
      if (!headings.has(b.index) || t !== t.toLocaleUpperCase('et') || !/\p{L}/u.test(t)) return t;
      b.allCaps = true;
      return t.toLocaleLowerCase('et');
    });
  },
};
