/**
 * Part-1 fields in the forms employers use: a label cell beside its value (two or three columns,
 * with or without a number column), labels in one row and values in the next, "Label: value",
 * "Label<TAB>value", a numbered "1.4. Allub direktorile", a label paragraph with its value in the
 * next one, and the manager in a sentence ("Õpetaja allub direktorile."). A label with no value is
 * read as an empty field, so that the rule can point at it.
 */
import type { Located } from '../model';
import type { FieldDef, FieldId, StructureProfile } from '../profile-types';
import { fold, foldLabel, splitNumber } from '../normalize';
import type { Block } from '../snapshot';
import { type Doc, MAX_HEADING_LENGTH, type Range, splitName } from './doc';

/** Labels that read as the start of a sentence, so "Allub direktorile" needs no colon. */
const SENTENCE_LABELS = /^(allub|kellele allub|asendab|asendaja|alluvad)$/;
/** "Õpetaja allub direktorile." — the manager in a sentence of part 1. */
const ALLUB = /(?:^|\s)allub\s+(.{2,120}?)[.;]?$/i;

interface LabelHit {
  field: FieldDef;
  /** The value in the same paragraph, when there is one. */
  value?: string;
}

export class FieldReader {
  private readonly labels = new Map<string, FieldDef>();
  /** Folded labels, longest first, for "Label value" without a separator. */
  private readonly sorted: string[];

  constructor(
    private readonly doc: Doc,
    profile: StructureProfile,
  ) {
    for (const field of profile.fields) {
      for (const label of [field.label, ...field.synonyms]) {
        const key = foldLabel(label);
        if (!this.labels.has(key)) this.labels.set(key, field);
      }
    }
    this.sorted = [...this.labels.keys()].sort((x, y) => y.length - x.length);
  }

  /** The field a paragraph labels ("1.1 Ametinimetus", "Asendaja:", "Allub: direktorile", "1.4. Allub direktorile"). */
  label(b: Block): LabelHit | undefined {
    const text = b.text.trim();
    if (!text || text.length > MAX_HEADING_LENGTH * 2) return undefined;
    const { number, rest } = splitNumber(text);
    const exact = this.labels.get(foldLabel(rest));
    if (exact) return { field: exact };
    const tab = rest.split(/\t+/);
    if (tab.length > 1) {
      const field = this.labels.get(foldLabel(tab[0]));
      if (field) return { field, value: tab.slice(1).join(' ').trim() || undefined };
    }
    const parts = splitName(rest);
    const named = parts && this.labels.get(foldLabel(parts.name));
    if (named && parts) return { field: named, value: parts.rest || undefined };
    const numbered = number !== undefined || b.number !== undefined;
    const key = fold(rest);
    const prefix = this.sorted.find((l) => key.startsWith(`${l} `) && (numbered || SENTENCE_LABELS.test(l)));
    if (!prefix) return undefined;
    const words = prefix.split(' ').length;
    return { field: this.labels.get(prefix)!, value: rest.split(/\s+/).slice(words).join(' ').trim() || undefined };
  }

  /** A label of part 1: a known one, or any numbered one ("1.6 Alluvad") that this profile does not read. */
  isLabel(b: Block): boolean {
    return this.label(b) !== undefined || /^\d+\.\d+\.?\s+\S/.test(b.text.trim());
  }

  /** The text of a table cell (its paragraphs joined). */
  private cellText(table: number, row: number, col: number): Located | undefined {
    const indexes = this.doc.cell(table, row, col).filter((i) => this.doc.text(i));
    if (indexes.length === 0) return undefined;
    return { value: indexes.map((i) => this.doc.text(i)).join(' '), block: indexes[0] };
  }

  private cellIsLabel(table: number, row: number, col: number): boolean {
    const first = this.doc.cell(table, row, col).find((i) => this.doc.text(i));
    return first !== undefined && this.isLabel(this.doc.blocks[first]);
  }

  /**
   * The value of a label cell: beside it in a form of label | value columns (even when the value
   * looks like a label, "Osakond"), else below it when the labels stand in one row with their values
   * in the next.
   */
  private tableValue(b: Block): Located {
    const { table, row, col } = b.table!;
    const besideExists = this.doc.hasCell(table, row, col + 1);
    let labelsInRow = 0;
    for (let c = 0; this.doc.hasCell(table, row, c); c++) if (this.cellIsLabel(table, row, c)) labelsInRow++;
    const headerRow = labelsInRow >= 2 && this.doc.hasCell(table, row + 1, col) && !this.cellIsLabel(table, row + 1, 0);
    if (besideExists && !headerRow) return this.cellText(table, row, col + 1) ?? { value: '', block: b.index };
    if (this.doc.hasCell(table, row + 1, col) && !this.cellIsLabel(table, row + 1, col)) {
      return this.cellText(table, row + 1, col) ?? { value: '', block: b.index };
    }
    return { value: '', block: b.index };
  }

  read(range: Range, stops: Set<number>): Partial<Record<FieldId, Located>> {
    const fields: Partial<Record<FieldId, Located>> = {};
    for (let i = range.start; i <= range.end; i++) {
      const b = this.doc.blocks[i];
      const hit = this.label(b);
      if (!hit) {
        const manager = b.kind === 'paragraph' && !fields.vahetu_juht ? ALLUB.exec(b.text.trim()) : null;
        if (manager && b.text.length < 200) fields.vahetu_juht = { value: manager[1].trim(), block: i };
        continue;
      }
      if (fields[hit.field.id]?.value) continue;
      let value: Located;
      if (hit.value) value = { value: hit.value, block: i };
      else if (b.kind === 'cell' && b.table) value = this.tableValue(b);
      else {
        const next = this.doc.nextText(i + 1, range.end, stops);
        const nb = next === undefined ? undefined : this.doc.blocks[next];
        value = nb && nb.kind !== 'cell' && !this.isLabel(nb) ? { value: nb.text.trim(), block: nb.index } : { value: '', block: i };
      }
      fields[hit.field.id] = value;
    }
    return fields;
  }
}
