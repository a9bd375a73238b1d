/**
 * Reads a document snapshot into a JobDescription, tolerant of the ways people lay one out:
 * typed or automatic numbers, fields in side-by-side tables or as paragraphs, duties as a table
 * or as numbered paragraphs, typed or real bullets. Every pass is linear in the number of blocks.
 */
import type { Block, DocumentSnapshot } from './snapshot';
import type {
  Competency,
  Duty,
  FoundSection,
  JobDescription,
  LanguageRequirement,
  Located,
  Requirements,
  Signature,
} from './model';
import type { FieldDef, FieldId, SectionDef, SectionId, StructureProfile } from './profile-types';
import { fold, foldLabel, hasTypedBullet, splitNumber, stripBullet } from './normalize';

/** How many paragraphs with text, from the top, may hold the title and the variant marker. */
const TITLE_WINDOW = 20;
/** Longer paragraphs are never headings or labels. */
const MAX_HEADING_LENGTH = 120;
/** Headings longer than a section name are accepted up to this length. */
const MAX_PREFIXED_HEADING = 60;
/** "Name:" of a competency: at most this many characters before the colon. */
const MAX_NAME_LENGTH = 100;

const SECTION_TAG = 'jd:section:';
const COMPETENCY_TAG = 'jd:competency:';

/** Header cells of a duties table, folded. */
const DUTY_HEADER_WORDS = new Set([
  'pohiulesanded', 'pohiulesanne', 'ulesanded', 'ulesanne', 'tooulesanded', 'teenistuskohustused',
  'tulemus', 'tulemused', 'oodatav tulemus', 'oodatavad tulemused', 'nr', 'jrk', 'jrk nr',
]);

interface Range {
  start: number;
  end: number;
}

const isBullet = (b: Block): boolean => b.bullet === true || hasTypedBullet(b.text);
const cellKey = (table: number, row: number, col: number): string => `${table}:${row}:${col}`;

/** "Name: description" → parts, when the part before the colon is short enough to be a name. */
function splitName(text: string): { name: string; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_NAME_LENGTH) return undefined;
  const name = text.slice(0, colon).trim();
  if (!name || name.split(/\s+/).length > 10) return undefined;
  return { name, rest: text.slice(colon + 1).trim() };
}

/** A sub-number such as "3.1" or "3.1." (not a section number "3."). */
const isSubNumber = (n: string | undefined): boolean => !!n && /^\d+\.\d+/.test(n);

class Reader {
  /** The blocks, with manual line breaks inside a paragraph read as spaces. */
  private readonly blocks: Block[];
  /** The blocks as given (signature lines may be separated by line breaks). */
  private readonly raw: Block[];
  private readonly last: number;
  /** Block indexes of each table cell, in order. */
  private readonly cells = new Map<string, number[]>();
  private readonly fieldLabels = new Map<string, FieldDef>();
  private readonly sectionHeadings = new Set<number>();

  constructor(
    snapshot: DocumentSnapshot,
    private readonly profile: StructureProfile,
  ) {
    this.raw = snapshot.blocks;
    this.blocks = snapshot.blocks.map((b) => (b.text.includes('\n') ? { ...b, text: b.text.replace(/\s*\n\s*/g, ' ') } : b));
    this.last = this.blocks.length - 1;
    for (const b of this.blocks) {
      if (b.kind !== 'cell' || !b.table) continue;
      const key = cellKey(b.table.table, b.table.row, b.table.col);
      const list = this.cells.get(key);
      if (list) list.push(b.index);
      else this.cells.set(key, [b.index]);
    }
    for (const field of profile.fields) {
      for (const label of [field.label, ...field.synonyms]) {
        const key = foldLabel(label);
        if (!this.fieldLabels.has(key)) this.fieldLabels.set(key, field);
      }
    }
  }

  read(): JobDescription {
    const sections = this.findSections();
    for (const s of sections) if (s.found) this.sectionHeadings.add(s.block!);
    const body = (id: SectionId): Range | undefined => {
      const s = sections.find((x) => x.id === id);
      return s?.found ? { start: s.block! + 1, end: s.endBlock! } : undefined;
    };
    const firstHeading = Math.min(...sections.filter((s) => s.found).map((s) => s.block!), this.blocks.length);
    const partOne = body('uldosa') ?? { start: 0, end: firstHeading - 1 };
    const requirements = this.readRequirements(body('nouded'));
    const changeRange = body('muutmine');
    const changeClause = changeRange ? this.readChangeClause(changeRange) : undefined;
    const lastFound = sections.filter((s) => s.found).sort((a, b) => b.block! - a.block!)[0];
    const signatureRange = changeRange ?? (lastFound ? { start: lastFound.block! + 1, end: this.last } : { start: 0, end: this.last });
    return {
      profile: this.profile.id,
      title: this.findTitle(),
      markers: this.findMarkers(),
      fields: this.readFields(partOne),
      sections,
      purpose: this.joined(body('eesmark')),
      duties: this.readDuties(body('ulesanded')),
      rights: this.readItems(body('oigused')),
      responsibilities: this.readItems(body('vastutus')),
      tools: this.joined(body('toovahendid')),
      requirements: requirements.requirements,
      competencies: requirements.competencies,
      changeClause,
      signatures: this.readSignatures(signatureRange, changeClause?.block),
    };
  }

  // ---- title, markers, sections -------------------------------------------------------------

  /** The first paragraphs with text, where the title and the variant marker sit. */
  private top(): Block[] {
    const top: Block[] = [];
    for (const b of this.blocks) {
      if (top.length >= TITLE_WINDOW) break;
      if (b.text.trim()) top.push(b);
    }
    return top;
  }

  private findTitle(): Located | undefined {
    const titles = new Set([this.profile.title, ...this.profile.titleSynonyms].map(foldLabel));
    const b = this.top().find((x) => x.text.length < MAX_HEADING_LENGTH && titles.has(foldLabel(x.text)));
    return b ? { value: b.text.trim(), block: b.index } : undefined;
  }

  private findMarkers(): Located[] {
    const found: Located[] = [];
    const top = this.top();
    for (const marker of this.profile.markers) {
      const key = fold(marker);
      const b = top.find((x) => fold(x.text).includes(key));
      if (b) found.push({ value: b.text.trim(), block: b.index });
    }
    return found;
  }

  private findSections(): FoundSection[] {
    const defs = new Map<SectionId, SectionDef>(this.profile.sections.map((s) => [s.id, s]));
    const byName = new Map<string, SectionDef>();
    for (const s of this.profile.sections) {
      for (const name of [s.title, ...s.synonyms]) if (!byName.has(foldLabel(name))) byName.set(foldLabel(name), s);
    }
    const at = new Map<SectionId, Block>();
    // Content-control tags from the skeleton are exact: the first non-empty tagged block is the heading.
    for (const b of this.blocks) {
      for (const tag of b.tags ?? []) {
        if (!tag.startsWith(SECTION_TAG)) continue;
        const id = tag.slice(SECTION_TAG.length) as SectionId;
        if (!defs.has(id)) continue;
        const seen = at.get(id);
        if (!seen || (!seen.text.trim() && b.text.trim())) at.set(id, b);
      }
    }
    // Longest first, so that "AMETIKOHA EESMÄRK JA …" is taken for the longer name.
    const names = [...byName.keys()].sort((x, y) => y.length - x.length);
    for (const b of this.blocks) {
      if (b.kind === 'cell' || !b.text.trim() || b.text.length > MAX_HEADING_LENGTH || isBullet(b)) continue;
      const { number, rest } = splitNumber(b.text);
      if (isSubNumber(number) || isSubNumber(b.number)) continue;
      const key = foldLabel(rest);
      let def = byName.get(key);
      // A heading with more words ("3. TEENISTUSKOHUSTUSED JA TULEMUSED"), when it looks like a heading.
      const headingLike = number !== undefined || b.number !== undefined || b.headingLevel !== undefined || rest === rest.toUpperCase();
      if (!def && headingLike && key.length <= MAX_PREFIXED_HEADING) {
        const name = names.find((n) => key.startsWith(`${n} `));
        if (name) def = byName.get(name);
      }
      if (def && !at.has(def.id)) at.set(def.id, b);
    }
    const starts = [...at.values()].map((b) => b.index).sort((x, y) => x - y);
    return this.profile.sections.map((def): FoundSection => {
      const b = at.get(def.id);
      if (!b) return { id: def.id, number: def.number, title: def.title, found: false };
      const next = starts.find((s) => s > b.index);
      return {
        id: def.id,
        number: def.number,
        title: def.title,
        found: true,
        block: b.index,
        heading: b.text.trim(),
        writtenNumber: splitNumber(b.text).number ?? b.number,
        endBlock: next === undefined ? this.last : next - 1,
      };
    });
  }

  // ---- part 1 fields ------------------------------------------------------------------------

  /** The field a label names ("1.1 Ametinimetus", "Asendaja:"), with an inline value ("Label: value"). */
  private fieldLabel(text: string): { field: FieldDef; value?: string } | undefined {
    if (!text.trim() || text.length > MAX_HEADING_LENGTH) return undefined;
    const { rest } = splitNumber(text);
    const exact = this.fieldLabels.get(foldLabel(rest));
    if (exact) return { field: exact };
    const parts = splitName(rest);
    const field = parts && this.fieldLabels.get(foldLabel(parts.name));
    return field ? { field, value: parts.rest || undefined } : undefined;
  }

  /** A label of part 1: a known one, or any numbered one ("1.6 Alluvad") that this profile does not read. */
  private isLabel(text: string): boolean {
    return this.fieldLabel(text) !== undefined || /^\d+\.\d+\.?\s+\S/.test(text.trim());
  }

  /** The text of a table cell (its paragraphs joined), unless it is empty or another label. */
  private cellValue(table: number, row: number, col: number): Located | undefined {
    const indexes = (this.cells.get(cellKey(table, row, col)) ?? []).filter((i) => this.blocks[i].text.trim());
    if (indexes.length === 0 || this.isLabel(this.blocks[indexes[0]].text)) return undefined;
    return { value: indexes.map((i) => this.blocks[i].text.trim()).join(' '), block: indexes[0] };
  }

  /**
   * The value of a label cell: beside it when the next cell in the row is not a label (a two-column
   * form, even when that value cell is still empty), else below it (labels in one row, values in the next).
   */
  private tableValue(table: number, row: number, col: number): Located | undefined {
    const beside = this.cells.get(cellKey(table, row, col + 1));
    const besideIsLabel = beside?.some((i) => this.blocks[i].text.trim() && this.isLabel(this.blocks[i].text));
    if (beside && !besideIsLabel) return this.cellValue(table, row, col + 1);
    return this.cellValue(table, row + 1, col);
  }

  private readFields(range: Range): Partial<Record<FieldId, Located>> {
    const fields: Partial<Record<FieldId, Located>> = {};
    for (let i = range.start; i <= range.end; i++) {
      const b = this.blocks[i];
      const label = this.fieldLabel(b.text);
      if (!label || fields[label.field.id]) continue;
      let value: Located | undefined;
      if (label.value) value = { value: label.value, block: i };
      else if (b.kind === 'cell' && b.table) value = this.tableValue(b.table.table, b.table.row, b.table.col);
      else {
        const next = this.nextText(i + 1, range.end);
        if (next !== undefined && this.blocks[next].kind !== 'cell' && !this.isLabel(this.blocks[next].text)) {
          value = { value: this.blocks[next].text.trim(), block: next };
        }
      }
      if (value) fields[label.field.id] = value;
    }
    return fields;
  }

  private nextText(from: number, end: number): number | undefined {
    for (let i = from; i <= end; i++) {
      if (this.sectionHeadings.has(i)) return undefined;
      if (this.blocks[i].text.trim()) return i;
    }
    return undefined;
  }

  // ---- plain sections -----------------------------------------------------------------------

  /** All text of a section joined into one value (purpose, tools). */
  private joined(range: Range | undefined): Located | undefined {
    if (!range) return undefined;
    const texts: string[] = [];
    let first: number | undefined;
    for (let i = range.start; i <= range.end; i++) {
      const text = this.blocks[i].text.trim();
      if (!text) continue;
      first ??= i;
      texts.push(stripBullet(text));
    }
    return first === undefined ? undefined : { value: texts.join(' '), block: first };
  }

  /** List items (rights, responsibilities) without the lead line ("Ametnikul on õigus:"). */
  private readItems(range: Range | undefined): Located[] {
    const items: Located[] = [];
    if (!range) return items;
    let bulleted = false;
    for (let i = range.start; i <= range.end; i++) {
      const b = this.blocks[i];
      const text = b.text.trim();
      if (!text) continue;
      const bullet = isBullet(b);
      if (!bullet && items.length === 0 && text.endsWith(':')) continue;
      const previous = items[items.length - 1];
      // A non-bullet line inside a bulleted list, after an unfinished item, continues that item.
      if (!bullet && bulleted && previous && !/[.;:!?]$/.test(previous.value)) {
        previous.value = `${previous.value} ${text}`;
        continue;
      }
      bulleted ||= bullet;
      items.push({ value: stripBullet(text), block: i });
    }
    return items;
  }

  // ---- duties -------------------------------------------------------------------------------

  private readDuties(range: Range | undefined): Duty[] {
    const duties: Duty[] = [];
    if (!range) return duties;
    let taskLevel: number | undefined;
    for (let i = range.start; i <= range.end; i++) {
      const b = this.blocks[i];
      if (b.kind === 'cell' && b.table) {
        let j = i;
        while (j < range.end && this.sameRow(this.blocks[j + 1], b)) j++;
        this.readDutyRow(this.blocks.slice(i, j + 1), duties);
        i = j;
        continue;
      }
      const text = b.text.trim();
      if (!text || this.isDutyHeader(text)) continue;
      const { number, rest } = splitNumber(text);
      const level = b.listLevel ?? 0;
      const numbered = !isBullet(b) && (number !== undefined || (b.number !== undefined && (taskLevel === undefined || level <= taskLevel)));
      if (numbered) {
        taskLevel ??= level;
        duties.push({ number: number ?? b.number!, task: rest, results: [], block: i });
      } else if (duties.length > 0) {
        const result = stripBullet(text).replace(/^(oodatav(ad)?\s+)?tulemus(ed)?\s*:\s*/i, '');
        if (result) duties[duties.length - 1].results.push(result);
      }
    }
    return duties;
  }

  private sameRow(a: Block | undefined, b: Block): boolean {
    return !!a && a.kind === 'cell' && !!a.table && a.table.table === b.table!.table && a.table.row === b.table!.row;
  }

  private isDutyHeader(text: string): boolean {
    const key = foldLabel(text);
    return DUTY_HEADER_WORDS.has(key) || key.startsWith('oodatavad tulemused');
  }

  /** One table row: the task cell (number + text), then the results cells; a row without a task continues the last duty. */
  private readDutyRow(row: Block[], duties: Duty[]): void {
    const byCol = new Map<number, Block[]>();
    for (const b of row) {
      if (!b.text.trim()) continue;
      const col = b.table!.col;
      const list = byCol.get(col);
      if (list) list.push(b);
      else byCol.set(col, [b]);
    }
    const cols = [...byCol.keys()].sort((x, y) => x - y);
    if (cols.length === 0) return;
    const firstCol = byCol.get(cols[0])!;
    if (cols.every((c) => byCol.get(c)!.every((b) => this.isDutyHeader(b.text)))) return;
    if (cols[0] !== 0 && duties.length > 0) {
      // Task cell empty: a row continued over a page break.
      for (const c of cols) duties[duties.length - 1].results.push(...byCol.get(c)!.map((b) => stripBullet(b.text)));
      return;
    }
    const head = firstCol[0];
    const typed = splitNumber(head.text);
    const number = typed.number ?? head.number ?? '';
    let taskBlocks = firstCol;
    let resultCols = cols.slice(1);
    let taskRest = typed.rest;
    // A number alone in the first cell: the task is in the next cell.
    if (!typed.rest && firstCol.length === 1 && cols.length > 2) {
      taskBlocks = byCol.get(cols[1])!;
      resultCols = cols.slice(2);
      taskRest = taskBlocks[0].text.trim();
    }
    const task = [taskRest, ...taskBlocks.slice(1).map((b) => b.text.trim())].filter(Boolean).join(' ');
    const results = resultCols.flatMap((c) => byCol.get(c)!.map((b) => stripBullet(b.text))).filter(Boolean);
    duties.push({ number, task, results, block: head.index });
  }

  // ---- requirements and competencies --------------------------------------------------------

  private readRequirements(range: Range | undefined): { requirements: Requirements; competencies: Competency[] } {
    const requirements: Requirements = { languages: [] };
    const competencies: Competency[] = [];
    if (!range) return { requirements, competencies };
    type Part = 'education' | 'experience' | 'languages' | 'computerSkills' | 'competencies' | 'additionalCompetencies';
    const labels = new Map<string, Part>();
    const labelled = this.profile.requirements;
    for (const part of Object.keys(labelled) as Part[]) for (const l of labelled[part]) labels.set(foldLabel(l), part);
    let part: Part | undefined;
    let current: Competency | undefined;

    const addValue = (key: 'education' | 'experience' | 'computerSkills', text: string, block: number) => {
      const existing = requirements[key];
      if (existing) existing.value = `${existing.value} ${text}`;
      else requirements[key] = { value: text, block };
    };

    for (let i = range.start; i <= range.end; i++) {
      const b = this.blocks[i];
      const text = b.text.trim();
      if (!text) continue;
      const bullet = isBullet(b);
      if (!bullet && text.length < MAX_HEADING_LENGTH) {
        const { rest } = splitNumber(text);
        const label = labels.get(foldLabel(rest));
        if (label) {
          part = label;
          current = undefined;
          continue;
        }
        const inline = splitName(rest);
        const inlineLabel = inline && labels.get(foldLabel(inline.name));
        if (inline && inlineLabel && inline.rest && inlineLabel !== 'competencies' && inlineLabel !== 'additionalCompetencies') {
          part = inlineLabel;
          if (part === 'languages') requirements.languages.push(...parseLanguages(inline.rest, i));
          else addValue(part, inline.rest, i);
          continue;
        }
      }
      if (!part) continue;
      if (part === 'languages') requirements.languages.push(...parseLanguages(text, i));
      else if (part === 'competencies' || part === 'additionalCompetencies') {
        current = this.readCompetencyLine(b, bullet, part === 'competencies' ? 'standard' : 'additional', current, competencies);
      } else addValue(part, stripBullet(text), i);
    }
    return { requirements, competencies };
  }

  /**
   * One paragraph of a competency group: "Name:" starts one (bullets follow), "Name: description"
   * is one, a bullet adds to the current one, other text continues it.
   */
  private readCompetencyLine(
    b: Block,
    bullet: boolean,
    group: Competency['group'],
    current: Competency | undefined,
    out: Competency[],
  ): Competency | undefined {
    const text = stripBullet(b.text);
    const tag = (b.tags ?? []).find((t) => t.startsWith(COMPETENCY_TAG));
    const parts = splitName(text);
    // In the standard group a bullet belongs to the competency above it, even if it has a colon
    // (unless it is only "Name:", a name written as a list item).
    const startsNew =
      parts && (!bullet || !parts.rest || group === 'additional' || !current || (tag !== undefined && tag !== current.tag));
    if (startsNew) {
      const competency: Competency = { name: parts.name, text: parts.rest, bullets: [], group, block: b.index };
      if (tag) competency.tag = tag;
      out.push(competency);
      return competency;
    }
    if (!current) return undefined;
    if (bullet && !current.text) current.bullets.push(text);
    else if (current.bullets.length > 0) current.bullets[current.bullets.length - 1] += ` ${text}`;
    else current.text = current.text ? `${current.text} ${text}` : text;
    return current;
  }

  // ---- change clause and signatures ---------------------------------------------------------

  private isSignatureLine(text: string): boolean {
    const key = foldLabel(text);
    const sig = this.profile.signature;
    return (
      sig.heading.some((h) => foldLabel(h) === key) ||
      key.includes(fold(sig.signedMarker)) ||
      sig.parties.some((p) => key === foldLabel(p) || key.startsWith(`${foldLabel(p)}:`))
    );
  }

  private readChangeClause(range: Range): Located | undefined {
    for (let i = range.start; i <= range.end; i++) {
      const text = this.blocks[i].text.trim();
      if (!text) continue;
      return this.isSignatureLine(text) ? undefined : { value: text, block: i };
    }
    return undefined;
  }

  private readSignatures(range: Range, after: number | undefined): Signature[] {
    const start = after === undefined ? range.start : after + 1;
    if (this.profile.signature.parties.length > 0) return this.readParties(start, range.end);
    return this.readSigner(start, range.end, after !== undefined);
  }

  /** Name and position from the lines under a signature label (line breaks split lines), skipping the "signed" marker. */
  private signer(lines: string[]): { name?: string; position?: string } {
    const marker = fold(this.profile.signature.signedMarker);
    const rest = lines.flatMap((l) => l.split('\n')).map((l) => l.trim()).filter((l) => l && !fold(l).includes(marker));
    return { name: rest[0], position: rest[1] };
  }

  /**
   * Signed by one person (the civil servant's): the marker line, then name and position. Without
   * the marker, one or two short lines right after the change clause are the name and position.
   */
  private readSigner(start: number, end: number, afterChangeClause: boolean): Signature[] {
    const marker = fold(this.profile.signature.signedMarker);
    const lines: { text: string; block: number }[] = [];
    for (let i = start; i <= end; i++) {
      for (const line of this.raw[i].text.split('\n')) if (line.trim()) lines.push({ text: line.trim(), block: i });
    }
    const at = lines.findIndex((l) => fold(l.text).includes(marker));
    const signerLines = at >= 0 ? lines.slice(at + 1, at + 3) : lines;
    const nameLike = (l: { text: string }) => l.text.length <= 60 && !/[.;]$/.test(l.text);
    if (at < 0 && !(afterChangeClause && signerLines.length > 0 && signerLines.length <= 2 && signerLines.every(nameLike))) return [];
    const { name, position } = this.signer(signerLines.map((l) => l.text));
    return [{ role: position ?? '', name, position, block: at >= 0 ? lines[at].block : signerLines[0].block }];
  }

  /** Signed by parties ("Tööandja:", "Töötaja:"): each label in its own cell, its own paragraph, or side by side in one line. */
  private readParties(start: number, end: number): Signature[] {
    const parties = this.profile.signature.parties;
    const partyAt = (text: string): number => {
      const key = foldLabel(text);
      return parties.findIndex((p) => key === foldLabel(p) || key.startsWith(`${foldLabel(p)}:`));
    };
    const signatures: Signature[] = [];
    const done = new Set<number>();
    for (let i = start; i <= end; i++) {
      const b = this.blocks[i];
      const text = b.text.trim();
      const p = text ? partyAt(text) : -1;
      if (p < 0 || done.has(p)) continue;
      const inColumns = parties.filter((party, k) => k !== p && fold(text).includes(`${foldLabel(party)}:`));
      if (inColumns.length > 0) {
        // "Tööandja:<tab>Töötaja:" – the following lines hold one column per party.
        const order = parties
          .map((party, k) => ({ k, at: fold(text).indexOf(`${foldLabel(party)}:`) }))
          .filter((x) => x.at >= 0)
          .sort((x, y) => x.at - y.at);
        const columns: string[][] = order.map(() => []);
        for (let j = i + 1; j <= end; j++) {
          for (const line of this.raw[j].text.split('\n')) {
            if (line.trim()) splitColumns(line, this.profile.signature.signedMarker, order.length).forEach((cell, c) => columns[c]?.push(cell));
          }
        }
        order.forEach(({ k }, c) => {
          done.add(k);
          signatures.push({ role: parties[k], ...this.signer(columns[c]), block: i });
        });
        continue;
      }
      done.add(p);
      const inline = splitName(this.raw[i].text.trim())?.rest;
      let lines: string[];
      if (b.kind === 'cell' && b.table) {
        lines = this.columnBelow(b);
      } else {
        lines = [];
        for (let j = i + 1; j <= end && lines.length < 6; j++) {
          if (partyAt(this.blocks[j].text.trim()) >= 0) break;
          lines.push(this.raw[j].text);
        }
      }
      signatures.push({ role: parties[p], ...this.signer(inline ? [inline, ...lines] : lines), block: i });
    }
    return signatures.sort((x, y) => parties.indexOf(x.role) - parties.indexOf(y.role));
  }

  /** The paragraphs after a cell's first one, then the same column's cells in the rows below. */
  private columnBelow(b: Block): string[] {
    const { table, row, col } = b.table!;
    const own = this.cells.get(cellKey(table, row, col)) ?? [];
    const lines = own.filter((i) => i > b.index).map((i) => this.raw[i].text);
    for (let r = row + 1; this.cells.has(cellKey(table, r, col)) || this.cells.has(cellKey(table, r, 0)); r++) {
      for (const i of this.cells.get(cellKey(table, r, col)) ?? []) lines.push(this.raw[i].text);
    }
    return lines;
  }
}

/** Splits a line of side-by-side signature columns (tabs, wide gaps, or a repeated marker). */
function splitColumns(line: string, marker: string, count: number): string[] {
  const parts = line.split(/\t+|\s{2,}/).map((s) => s.trim()).filter(Boolean);
  if (parts.length >= count) return parts;
  const markers = fold(line).split(fold(marker)).length - 1;
  if (markers >= count) return Array.from({ length: markers }, () => marker);
  return parts;
}

/** A CEFR-like level as written: "C1", also an invalid one like "C3" or "D1" so a rule can flag it. */
const LEVEL_RE = /(?<![\p{L}\d])([A-Fa-f][0-9])(?![\p{L}\d])/u;
const LANGUAGE_RE = /(\p{L}+)\s+keel/iu;

/** Language requirements from a paragraph: one per sentence that names a language or a level. */
export function parseLanguages(text: string, block: number): LanguageRequirement[] {
  const out: LanguageRequirement[] = [];
  const sentences = text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u).flatMap((sentence) => {
    // "Eesti keel C1, inglise keel B2": one requirement per part when every part has its level.
    const parts = sentence.split(/[,;]\s+/);
    return parts.length > 1 && parts.every((p) => LEVEL_RE.test(p)) ? parts : [sentence];
  });
  for (const sentence of sentences) {
    const s = stripBullet(sentence);
    if (!s) continue;
    const level = LEVEL_RE.exec(s)?.[1];
    const folded = fold(s);
    let language: string | undefined;
    if (folded.includes('voorkeel')) language = 'võõrkeel';
    else {
      const named = LANGUAGE_RE.exec(s)?.[1];
      if (named) language = named.toLowerCase();
    }
    if (!language && !level) continue;
    const requirement: LanguageRequirement = { language: language ?? '', text: s, block };
    if (level) requirement.level = level;
    out.push(requirement);
  }
  return out;
}

/** Reads the structured job description from a snapshot, using the profile's headings, labels and words. */
export function readJobDescription(snapshot: DocumentSnapshot, profile: StructureProfile): JobDescription {
  return new Reader(snapshot, profile).read();
}
