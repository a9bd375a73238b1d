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
import { type Doc, isBullet, linesOf, MAX_HEADING_LENGTH, type Range, splitName } from './doc';

/** Labels that read as the start of a sentence, so "Allub direktorile" needs no colon. */
const SENTENCE_LABELS = /^(allub|kellele allub|asendab|asendaja|alluvad)$/;

/**
 * Part 1 written as sentences: the manager ("Õpetaja allub direktorile.", "… ja allub vallasekretärile.",
 * "… annab tööülesandeid vallavanem", "Koristaja juhindub oma töös rahvamaja juhataja korraldustest").
 */
const MANAGER = [
  // The manager's words end at a full stop, or where the sentence goes on ("… kontrollile ning täidab …", "… ja on aruandekohustuslik …").
  /^(?:\S+\s+){0,3}allub(?:\s+otseselt|\s+vahetult|\s+oma\s+töös|\s+tööalaselt)*\s+([^.;,]{2,120}?)(?:[.;,](?!\d)|\s+ning\s|\s+ja\s+(?:on|täidab|vastutab)\s|$)/iu,
  // "Teenistuja vahetu juht on osakonna juhataja", "Vahetuks juhiks on …"
  /\bvahetu(?:ks)?\s+(?:juht|juhiks|ülem|ülemaks)\s+on\s+([^.;,]{2,80}?)(?:[.;,](?!\d)|\s+ning\s|$)/iu,
  // "Ametnik on vahetult alluv osakonna juhatajale" (the dative: to whom)
  /\bon\s+(?:vahetult\s+|otseselt\s+)?alluv\s+([^.;,]{2,120}?(?:le|lle))(?=[\s.;,]|$)/iu,
  /\bja allub\s+([^.;,]{2,120}?)(?:[.;,](?!\d)|$)/iu,
  /^(?:\S+\s+){0,2}annab (?:töö)?ülesand\S*(?: ja kontrollib (?:nende|selle) täitmist)?\s+(.{2,80}?)[.;]?$/iu,
  /\bjuhindub(?: oma töös)?\s+(.{2,80}?)\s+korraldustest\b/iu,
  // "Vanemteaduri vahetuks töökorraldajaks on sektorijuhataja", "Tema töö korraldaja on …"
  /\btöö\s*korraldaja(?:ks)?\s+on\s+([^.;,]{2,80}?)(?:[.;,](?!\d)|\s+ning\s|$)/iu,
];
/** "Pearaamatupidajale allub nooremraamatupidaja": the one named after the verb is a subordinate, not the manager. */
const SUBORDINATE = /^(?:\S+\s+){0,2}\S+(?:le|lle)\s+allub\s+(.{2,120}?)[.;]?$/iu;
/** "Koristajad asendavad vajadusel üksteist": colleagues who stand in for each other. */
const EACH_OTHER = /^(\S+(?:\s\S+)?)\s+asendavad\s+(?:vajadusel\s+|teineteist|üksteist)*(üksteist|teineteist)\b/iu;
/** "<A> asendab <B>": B substitutes A when A is in the partitive ("Töötajat asendab …", "… äraolekul asendab teda …"), else A substitutes B. */
const SUBSTITUTE = /^(.{0,60}?)\s*\basendab\s+((?:(?:teda|tema|puhkuse|ajal|äraolekul|puudumisel|vajadusel|ajutiselt)\s+)*)(.{2,120}?)[.;]?$/iu;
const PARTITIVE = /(?:[aeiouõäöü]t|kku|ttu|^teda)$/u;
/**
 * A word that can only be a nominative: it ends in a consonant a partitive never ends in
 * ("vallasekretär", "nõunik"). After "asendab" it is who substitutes, whatever the order:
 * "nooremraamatupidaja asendab vallasekretär" (the secretary substitutes the clerk).
 */
const NOMINATIVE_ONLY = /[bcfghjklmnpqrsšzžvwx]$/iu;

/** The last word of the first one named ("vallasekretär" of "vallasekretär või vallavanem"). */
function headWord(named: string): string {
  const first = named.split(/,|\s+(?:või|ja|ning)\s+|\s+\(/u)[0].trim();
  return fold(first.split(/\s+/).pop() ?? '').replace(/[^\p{L}]+$/u, '');
}
/** "… on vallavalitsuse kantselei koosseisus …": the unit. */
const UNIT = /\bon\s+(.{3,80}?)\s+koosseisus\b/iu;
/** Sentences outside part 1 are read only when they start with the subject: a few words, then the verb. */
const SUBJECT_FIRST = /^(?:\S+\s+){1,3}(?:allub|äraolekul|puudumisel|asendab|töö\s*korraldaja(?:ks)?\s+on|vahetu(?:ks)?\s+(?:juht|juhiks)\s+on)\b/iu;
/** A numbered item whose subject is the position itself: "Allub …", "Asendab …". */
const VERB_FIRST = /^(?:allub|asendab)\b/iu;

/** Fields a sentence gives. */
function fromSentence(text: string): Partial<Record<FieldId, string>> {
  const found: Partial<Record<FieldId, string>> = {};
  const subordinate = SUBORDINATE.exec(text);
  if (subordinate) found.alluvad = subordinate[1].trim();
  const manager = subordinate ? undefined : MANAGER.map((re) => re.exec(text)).find((m) => m);
  if (manager) found.vahetu_juht = manager[1].trim();
  const each = EACH_OTHER.exec(text);
  if (each) {
    found.asendaja = each[1].trim();
    found.asendatav = each[2];
  }
  const sub = SUBSTITUTE.exec(text);
  if (sub) {
    const before = sub[1].trim();
    const last = fold(before).split(/[\s-]+/).pop() ?? '';
    const partitive = PARTITIVE.test(last) || /araolekul|puudumisel|ajal/.test(fold(`${before} ${sub[2]}`)) || /\bteda\b/.test(fold(sub[2]));
    found[partitive || NOMINATIVE_ONLY.test(headWord(sub[3])) ? 'asendaja' : 'asendatav'] = sub[3].trim();
  }
  const unit = UNIT.exec(text);
  if (unit) found.struktuuriuksus = unit[1].trim();
  return found;
}

/** What separates a label from its value besides a colon: a tab, spaces, a dash, dots. */
const SEPARATOR = /\t+| {2,}|\s+[–—-]\s+|\s*(?:\.{3,}|…+)\s*/;
/** The same left at the start of a value. */
const LEADER = /^(?:[–—-]|\.{3,}|…+)\s*/;

/** Words that open a value but say how or when, not who: "on" ("Asendaja on …"), "vahetult", "oma töös", "tema äraolekul", "vajadusel". */
const WHEN = /^(?:(?:on|vahetult|otseselt|oma\s+töös|tööalaselt|tema|teda|äraolekul|puudumisel|puudumise\s+ajal|vajadusel|ajutiselt)\s+)+/iu;

/** A note after a label: "(ametinimetus)", "/talitus", "/ Line manager" (a translation). */
const NOTE = String.raw`^\s*(?:\([^()]*\)|\/\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2})$`;
/** A note, or words that only say more of the label ("eemalolekul", "ja nimi"). */
const QUALIFIER = new RegExp(String.raw`${NOTE}|^(?:\s+(?:eemalolekul|puudumisel|araolekul|ajal|vahetult|ametikoht|ametikohad|ametinimetus|nimetus|nimi|ja))+$`, 'u');
/** A note, or any one or two words. */
const QUALIFIER_OR_WORDS = new RegExp(String.raw`${NOTE}|^(?:\s+[\p{L}-]+){1,2}$`, 'u');

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
    // A label cell with its value in the cell beside is separated from it as by a colon.
    const beside = b.kind === 'cell' && b.table !== undefined && this.doc.hasCell(b.table.table, b.table.row, b.table.col + 1);
    const exact = this.qualified(rest, beside);
    if (exact) return { field: exact };
    // "Label<TAB>value", and as typed to line values up: "Label      value", "Label – value", "Label ...... value".
    const separator = SEPARATOR.exec(rest);
    if (separator && separator.index > 0) {
      const field = this.qualified(rest.slice(0, separator.index), true);
      const value = rest.slice(separator.index + separator[0].length).replace(/\t+/g, ' ').trim();
      if (field) return { field, value: value || undefined };
    }
    const parts = splitName(rest);
    const named = parts && this.qualified(parts.name, true);
    if (named && parts) return { field: named, value: parts.rest || undefined };
    const numbered = number !== undefined || b.number !== undefined;
    const key = fold(rest);
    const prefix = this.sorted.find((l) => key.startsWith(`${l} `) && (numbered || SENTENCE_LABELS.test(l)));
    if (!prefix) return undefined;
    const words = prefix.split(' ').length;
    // "1.3 Teenistujat asendab tema äraolekul nõunik.": the words before the one named say when, not who.
    const value = rest.split(/\s+/).slice(words).join(' ').replace(LEADER, '').replace(WHEN, '').replace(/[.;]\s*$/, '').trim();
    return { field: this.labels.get(prefix)!, value: value || undefined };
  }

  /**
   * The field a label names: a known label, or one with a note after it ("Vahetu juht (ametinimetus)",
   * "Osakond/talitus") or, when a colon, a tab or a cell's border ends it, a word or two more ("Asendaja eemalolekul:").
   * Without a separator those words may be the value ("Allub direktorile"), so they are not taken.
   */
  private qualified(name: string, separated: boolean): FieldDef | undefined {
    const key = foldLabel(name);
    const exact = this.labels.get(key);
    if (exact) return exact;
    const qualifier = separated ? QUALIFIER_OR_WORDS : QUALIFIER;
    const label = this.sorted.find((l) => key.startsWith(l) && qualifier.test(key.slice(l.length)));
    return label === undefined ? undefined : this.labels.get(label);
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
    // Labels stacked in one cell ("1.5. Alluvad / 1.6. Asendaja / 1.7. Asendab") with their values stacked beside, paragraph for paragraph.
    const labels = this.doc.cell(table, row, col).filter((i) => this.doc.text(i));
    const values = this.doc.cell(table, row, col + 1).filter((i) => this.doc.text(i));
    if (labels.length > 1 && labels.length === values.length && labels.every((i) => this.label(this.doc.blocks[i]))) {
      const k = labels.indexOf(b.index);
      return { value: this.doc.text(values[k]), block: values[k] };
    }
    const besideExists = this.doc.hasCell(table, row, col + 1);
    // Label and value as paragraphs of one cell, with nothing beside ("1.2 Ametikoha nimetus / Juhataja" in a form's right cell).
    const next = labels[labels.indexOf(b.index) + 1];
    if (!besideExists && next !== undefined) {
      return this.isLabel(this.doc.blocks[next]) ? { value: '', block: b.index } : { value: this.doc.text(next), block: next };
    }
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
    const take = (found: Partial<Record<FieldId, string>>, block: number) => {
      for (const [id, value] of Object.entries(found) as [FieldId, string][]) if (!fields[id]?.value && value) fields[id] = { value, block };
    };
    for (let i = range.start; i <= range.end; i++) {
      for (const line of linesOf(this.doc, i)) {
        const b = line.block;
        const hit = this.label(b);
        if (!hit) {
          if (b.text.length < 250) take(fromSentence(splitNumber(b.text).rest), i); // a paragraph, or a form's cell
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
        // A value written as sentences ("Alluvus: Koristaja allub X. Koristajad asendavad üksteist."): what they say.
        if (/\b(allub|asendab|asendavad)\b/i.test(value.value)) {
          for (const sentence of value.value.split(/(?<=[a-zõäöü])\.(?=\s*\p{Lu})/u)) {
            const said = fromSentence(sentence.trim());
            if (said[hit.field.id]) fields[hit.field.id] = { value: said[hit.field.id]!, block: value.block };
            take(said, value.block);
          }
        }
      }
    }
    // The manager and the substitute in a sentence elsewhere ("Hooldustöötaja allub … juhatajale."), when part 1 has none.
    if (!fields.vahetu_juht?.value || !fields.asendaja?.value) {
      for (let i = range.end + 1; i <= this.doc.last; i++) {
        // Numbered items kept in one paragraph with line breaks are read one by one.
        for (const { block: b } of linesOf(this.doc, i)) {
          if (isBullet(b) || b.text.length >= 250) continue;
          // A numbered item may leave the subject out ("1.4. Allub kooli direktorile."), its number typed or Word's.
          const { number, rest } = splitNumber(b.text.trim());
          const numbered = number !== undefined || b.number !== undefined;
          if (!SUBJECT_FIRST.test(rest) && !(numbered && VERB_FIRST.test(rest))) continue;
          const found = fromSentence(rest);
          take({ vahetu_juht: found.vahetu_juht, asendaja: found.asendaja } as Partial<Record<FieldId, string>>, i);
        }
      }
    }
    return fields;
  }
}
