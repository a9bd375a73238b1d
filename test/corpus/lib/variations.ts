/**
 * The same document as another employer's habits would write it: typing and layout that change
 * nothing a reviewer would report. Each variation takes a document as read and gives it back
 * changed; the corpus must read and judge every variation as it does the original.
 */
import { checkDocument } from '../../../src/core/engine';
import type { Block, DocumentSnapshot } from '../../../src/core/snapshot';
import { splitNumber } from '../../../src/core/normalize';
import { defaultProfiles } from '../../../src/core/profiles';

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
  /** Section headings without their numbers (the duties keep theirs). */
  'section numbers removed': (s) => {
    const headings = headingBlocks(s);
    return withBlocks(
      s,
      s.blocks.map((b): Block => {
        if (!headings.has(b.index)) return b;
        const { number: _, listLevel: __, ...rest } = b;
        return { ...rest, text: b.text.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s*/, '') };
      }),
    );
  },
  /** The directive's approval lines above the document, as an agency's register publishes an annex. */
  'approval lines on top': (s) => {
    const lines = ['KINNITATUD', 'peadirektori 12.01.2026', 'käskkirjaga nr 1-1/26/4', 'Lisa 2', ''];
    return withBlocks(s, [...lines.map((text): Block => ({ index: 0, kind: 'paragraph', text, tags: [] })), ...s.blocks]);
  },
  /** The employee's acknowledgement at the end, with lines to sign on, as schools and municipalities add it. */
  'acknowledgement at the end': (s) => {
    const lines = ['', 'Ametijuhendiga tutvunud ja nõus:', '', 'Nimi: ______________________', 'Allkiri: ____________________', 'Kuupäev: „____“ ____________ 20__'];
    return withBlocks(s, [...s.blocks, ...lines.map((text): Block => ({ index: 0, kind: 'paragraph', text, tags: [] }))]);
  },
  /** Blanks to sign on with notes in brackets under them, and a place and date to fill in, at the end. */
  'signing blanks with notes, place and date': (s) => {
    const lines = ['', 'Olen ametijuhendiga tutvunud', '______________________   ______________', '(ees- ja perekonnanimi)  (allkiri)  (kuupäev)', 'Tallinn, „___“ ____________ 2026. a'];
    return withBlocks(s, [...s.blocks, ...lines.map((text): Block => ({ index: 0, kind: 'paragraph', text, tags: [] }))]);
  },
  /** A part-1 value cell written over two lines of the same cell (Word's Enter inside the cell). */
  'part-1 values over two lines': (s) => {
    const { jd } = checkDocument(s);
    const cell = (b: Block) => (b.table ? `${b.table.table}:${b.table.row}:${b.table.col}` : '');
    const lines = new Map<string, number>();
    for (const b of s.blocks) if (b.table && b.text.trim()) lines.set(cell(b), (lines.get(cell(b)) ?? 0) + 1);
    // A value alone in its cell (not one of several values stacked beside stacked labels).
    const values = new Set(
      Object.values(jd.fields)
        .map((f) => f?.block)
        .filter((b): b is number => b !== undefined && s.blocks[b]?.kind === 'cell' && lines.get(cell(s.blocks[b])) === 1),
    );
    return withBlocks(
      s,
      s.blocks.flatMap((b): Block[] => {
        const words = b.text.trim().split(/\s+/);
        if (!values.has(b.index) || words.length < 4) return [b];
        const half = Math.ceil(words.length / 2);
        return [{ ...b, text: words.slice(0, half).join(' ') }, { ...b, text: words.slice(half).join(' ') }];
      }),
    );
  },
  /** Part 1 written as "Label: value" lines where it was a two-column table. */
  'part-1 table as lines': (s) => {
    const { jd } = checkDocument(s);
    const valueBlocks = Object.values(jd.fields)
      .map((f) => (f ? s.blocks[f.block] : undefined))
      .filter((b): b is Block => b?.table !== undefined);
    // Tables of label | value rows (not labels in a header row with their values in the next).
    const labelBeside = (v: Block) => v.table!.col === 1 && !valueBlocks.some((o) => o.table!.table === v.table!.table && o.table!.row === v.table!.row && o.table!.col === 0);
    const tables = new Set(valueBlocks.filter(labelBeside).map((b) => b.table!.table));
    const twoColumns = [...tables].filter((t) => s.blocks.every((b) => b.table?.table !== t || b.table.col <= 1));
    const out: Block[] = [];
    for (const b of s.blocks) {
      if (!b.table || !twoColumns.includes(b.table.table)) {
        out.push(b);
        continue;
      }
      if (b.table.col === 1) continue; // written with its label
      const { table, row } = b.table;
      if (out.some((o) => o.kind === 'paragraph' && (o as Block & { from?: string }).from === `${table}:${row}`)) continue;
      const lines = (col: number) =>
        s.blocks.filter((c) => c.table?.table === table && c.table.row === row && c.table.col === col && c.text.trim()).map((c) => c.text.trim());
      const [labels, values] = [lines(0), lines(1)];
      // Labels stacked in one cell with their values stacked beside: a line each.
      const pairs = labels.length > 1 && labels.length === values.length ? labels.map((l, k) => [l, values[k]]) : [[labels.join(' '), values.join(' ')]];
      for (const [l, value] of pairs) {
        const label = l.replace(/:$/, '');
        out.push({ index: 0, kind: 'paragraph', text: value ? `${label}: ${value}` : label ? `${label}:` : '', tags: b.tags, from: `${table}:${row}` } as Block);
      }
    }
    return withBlocks(s, renumberTables(out.map(({ from: _, ...b }: Block & { from?: string }) => b)));
  },
  /** Part 1 as a two-column table where it was written as "Label: value" lines. */
  'part-1 lines as a table': (s) => {
    const { jd } = checkDocument(s);
    const LINE = /^([^:\t]{2,60}):\s+(\S.*)$/su;
    const fieldLines = new Set(
      Object.values(jd.fields)
        .map((f) => f?.block)
        .filter((i): i is number => i !== undefined && s.blocks[i].kind === 'paragraph' && LINE.test(s.blocks[i].text.trim())),
    );
    // Runs of "Label: value" lines that hold a field.
    const inRun = new Set<number>();
    for (const i of fieldLines) {
      for (let k = i; k >= 0 && s.blocks[k].kind === 'paragraph' && LINE.test(s.blocks[k].text.trim()); k--) inRun.add(k);
      for (let k = i; k < s.blocks.length && s.blocks[k].kind === 'paragraph' && LINE.test(s.blocks[k].text.trim()); k++) inRun.add(k);
    }
    let table = 1000;
    let row = 0;
    const out: Block[] = [];
    s.blocks.forEach((b, i) => {
      if (!inRun.has(i)) {
        out.push(b);
        return;
      }
      if (!inRun.has(i - 1)) {
        table++;
        row = 0;
      }
      const [, label, value] = LINE.exec(b.text.trim())!;
      const { number: _, listLevel: __, bullet: ___, ...rest } = b;
      out.push({ ...rest, kind: 'cell', text: label, table: { table, row, col: 0 } }, { ...rest, kind: 'cell', text: value, table: { table, row, col: 1 } });
      row++;
    });
    return withBlocks(s, renumberTables(out));
  },
  /** Requirements as a table of label | value rows ("Haridus | kõrgharidus", "Keeleoskus | eesti keel C1") where they were lines. */
  'requirements as a table': (s) => {
    const { jd, profile } = checkDocument(s);
    const section = jd.sections.find((x) => x.id === 'nouded' && x.found);
    if (!section || section.block === undefined || profile === undefined) return s;
    const labels = new Set(['education', 'experience', 'languages', 'computerSkills'].flatMap((k) => profile.requirements[k as 'education']).map((l) => l.toLowerCase()));
    const LINE = /^(?:\d+(?:\.\d+)*\.?\s+)?([^:\t]{2,40}):\s+(\S.*)$/su;
    const rows = new Set<number>();
    for (let i = section.block + 1; i <= section.endBlock!; i++) {
      const m = s.blocks[i].kind === 'paragraph' ? LINE.exec(s.blocks[i].text.trim()) : null;
      if (m && labels.has(m[1].trim().toLowerCase())) rows.add(i);
    }
    const out: Block[] = [];
    let row = 0;
    s.blocks.forEach((b, i) => {
      if (!rows.has(i)) return void out.push(b);
      const [, label, value] = LINE.exec(b.text.trim())!;
      const { number: _, listLevel: __, bullet: ___, ...rest } = b;
      out.push({ ...rest, kind: 'cell', text: label, table: { table: 2000, row, col: 0 } }, { ...rest, kind: 'cell', text: value, table: { table: 2000, row, col: 1 } });
      row++;
    });
    return withBlocks(s, renumberTables(out));
  },
  /** The whole document laid out in tables, as some employers do: every run of paragraphs a one-column table, a row each. */
  'paragraphs in one-column tables': (s) => {
    let table = 1000;
    let row = 0;
    const out = s.blocks.map((b, i): Block => {
      if (b.kind === 'cell') return b;
      if (i === 0 || s.blocks[i - 1].kind === 'cell') {
        table++;
        row = 0;
      }
      return { ...b, kind: 'cell', table: { table, row: row++, col: 0 } };
    });
    return withBlocks(s, renumberTables(out));
  },
  /** Each section one row of a two-column table: its heading on the left, its paragraphs on the right (a section that holds a table stays as it is: Word would nest it). */
  'sections as table rows': (s) => {
    // Every heading the reader finds, a section's or another numbered one ("3. AMETNIK JUHINDUB"): a row each.
    const headings = checkDocument(s).jd.headings.map((h) => h.block).filter((i) => s.blocks[i].kind === 'paragraph');
    const owner = (i: number) => headings.filter((h) => h <= i).pop();
    const hasTable = new Set(s.blocks.filter((b) => b.kind === 'cell').map((b) => owner(b.index)));
    let table = 1000;
    let row = -1;
    let open = false;
    const out = s.blocks.map((b): Block => {
      const h = owner(b.index);
      if (h === undefined || hasTable.has(h)) {
        open = false;
        return b;
      }
      if (h === b.index) {
        if (!open) [table, row, open] = [table + 1, -1, true];
        row++;
        return { ...b, kind: 'cell', table: { table, row, col: 0 } };
      }
      return { ...b, kind: 'cell', table: { table, row, col: 1 } };
    });
    return withBlocks(s, renumberTables(out));
  },
  /** Section numbers in Roman numerals ("III TEENISTUSKOHUSTUSED") where they were Arabic. */
  'Roman section numbers': (s) => {
    const headings = headingBlocks(s);
    const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    return mapText(s, (t, b) => (headings.has(b.index) ? t.replace(/^(\s*)(\d{1,2})\.?(?=\s)/, (m, sp: string, n: string) => (roman[Number(n)] ? `${sp}${roman[Number(n)]}.` : m)) : t));
  },
  /** Section headings ending in a colon ("ÕIGUSED:"). */
  'headings with a colon': (s) => {
    const headings = headingBlocks(s);
    return mapText(s, (t, b) => (headings.has(b.index) && !/[:.]\s*$/.test(t) && !t.includes(':') ? `${t.trimEnd()}:` : t));
  },
  /** The lines of a list (two or more numbered or bulleted paragraphs in a row) kept in one paragraph with Shift+Enter. */
  'list lines as line breaks': (s) => {
    const headings = new Set(checkDocument(s).jd.headings.map((h) => h.block));
    const listLine = (b: Block) => b.kind === 'paragraph' && !headings.has(b.index) && b.number === undefined && !b.bullet && /^\s*(?:\d+(?:\.\d+)+\.?\s|[-•▪–]\s)/.test(b.text);
    const out: Block[] = [];
    let joined = false;
    for (const b of s.blocks) {
      const last = out[out.length - 1];
      if (last && joined && listLine(b)) out[out.length - 1] = { ...last, text: `${last.text}\n${b.text}` };
      else out.push(b);
      joined = listLine(b);
    }
    return withBlocks(s, out);
  },
  /** Text pasted from a PDF or a web page: soft hyphens inside long words, zero-width spaces between words. */
  'soft hyphens and zero-width spaces': (s) =>
    mapText(s, (t) => t.replace(/(\p{L}{5})(\p{L}{4,})/gu, '$1\u00ad$2').replace(/ (?=\p{L}{6})/gu, ' \u200b')),
  /** The employer's name typed on a line of its own above everything else. */
  "the employer's name on top": (s) => {
    const first = Math.max(s.blocks.findIndex((b) => b.text.trim() !== ''), 0);
    const name: Block = { index: 0, kind: 'paragraph', text: 'Näidisasutus', tags: [] };
    return withBlocks(s, [...s.blocks.slice(0, first), name, ...s.blocks.slice(first)]);
  },
  /**
   * A title naming the position split over two lines: "PIIRKONNAPOLITSEINIKU" above "AMETIJUHEND" in capitals,
   * "Ametijuhend" above "Õpetaja" otherwise.
   */
  'the title over two lines': (s) => {
    const { title } = checkDocument(s).jd;
    const m = title && /^(.+?)\s+(ametijuhend|tööjuhend)$/iu.exec(title.value.trim());
    if (!title || !m || /\d/.test(m[1])) return s;
    const caps = m[0] === m[0].toUpperCase();
    const lines = caps ? [m[1], m[2]] : [capitalised(m[2]), m[1]];
    const at = title.block;
    const split = lines.map((text): Block => ({ ...s.blocks[at], text }));
    return withBlocks(s, [...s.blocks.slice(0, at), ...split, ...s.blocks.slice(at + 1)]);
  },
  /** The document's number after its title ("AMETIJUHEND nr 7", "Õpetaja ametijuhend nr 7"). */
  'the title with its number': (s) => {
    const { title } = checkDocument(s).jd;
    const at = title && /juhend|kirjeldus/i.test(title.value) ? title.block : undefined;
    return mapText(s, (t, b) => (b.index === at ? `${t.trimEnd()} nr 7` : t));
  },
  /**
   * Numbered section headings in an employer's own words, which the profiles do not list: the reader
   * tells the section by its text. The first heading of each section only, with nothing after the name
   * on its line and text (not a table) under it.
   */
  "numbered headings in the employer's own words": (s) => {
    const own: Record<string, string> = { eesmark: 'TEENISTUSKOHA PEAEESMÄRK', ulesanded: 'PEAMISED TEGEVUSED', oigused: 'ÕIGUSED JA VOLITUSED', nouded: 'HARIDUS JA TÖÖKOGEMUS' };
    const { jd } = checkDocument(s);
    const rename = new Map<number, string>();
    for (const section of jd.sections) {
      const b = section.found && section.block !== undefined && !section.inline ? s.blocks[section.block] : undefined;
      if (!b || !own[section.id] || b.index === jd.title?.block || s.blocks[b.index + 1]?.table) continue;
      const { number, rest } = splitNumber(b.text);
      if ((number ?? b.number) === undefined || /[:\t]/.test(b.text) || jd.headings.find((h) => h.block === b.index)?.sections.length !== 1) continue;
      const name = own[section.id];
      rename.set(b.index, `${number ? `${number} ` : ''}${rest === rest.toUpperCase() ? name : capitalised(name)}`);
    }
    return mapText(s, (t, b) => rename.get(b.index) ?? t);
  },
  /** Part-1 labels with a note after them ("Vahetu juht (ametikoht):", "Asendaja (ametikoht)" in its cell). */
  'labels with a note': (s) => {
    const labels = defaultProfiles()
      .flatMap((p) => p.fields.flatMap((f) => [f.label, ...f.synonyms]))
      .sort((a, b) => b.length - a.length);
    return mapText(s, (t, b) => {
      const { number, rest } = splitNumber(t);
      const label = labels.find((l) => rest.toLowerCase().startsWith(l.toLowerCase()) && /^\s*(?::|$)/.test(rest.slice(l.length)));
      if (!label || (b.kind === 'cell' && !rest.slice(label.length).includes(':') && b.table?.col !== 0)) return t;
      return `${number ? `${number} ` : ''}${rest.slice(0, label.length)} (ametikoht)${rest.slice(label.length)}`;
    });
  },
  /** Part-1 labels apart from their values as typed to line them up: dots, a dash or spaces instead of a colon. */
  'part-1 values lined up with dots, dashes, spaces': (s) => {
    const { jd } = checkDocument(s);
    const blocks = new Set(Object.values(jd.fields).map((f) => f?.block));
    const separators = [' ........ ', ' – ', '      '];
    let k = 0;
    return mapText(s, (t, b) => {
      if (!blocks.has(b.index) || b.kind !== 'paragraph') return t;
      const m = /^((?:\d+(?:\.\d+)*\.?\s+)?[^:\t]{2,40}?):\s+(\S.*)$/su.exec(t.trim());
      return m ? `${m[1]}${separators[k++ % separators.length]}${m[2]}` : t;
    });
  },
  /** The general part's items numbered "1)", "2)" instead of "1.1", "1.2". */
  'part-1 items numbered 1) 2)': (s) => mapText(s, (t) => t.replace(/^1\.(\d+)\.? (?=\S)/u, '$1) ')),
};

/** Tables numbered again in the order they appear, after some were taken out. */
function renumberTables(blocks: Block[]): Block[] {
  const order = new Map<number, number>();
  return blocks.map((b) => {
    if (!b.table) return b;
    if (!order.has(b.table.table)) order.set(b.table.table, order.size);
    return { ...b, table: { ...b.table, table: order.get(b.table.table)! } };
  });
}
