/** The top of the document: the title (and the position it may name), the variant markers, the approval line. */
import type { Located } from '../model';
import type { StructureProfile } from '../profile-types';
import { fold, foldLabel } from '../normalize';
import { type Doc, MAX_HEADING_LENGTH, onlyQualifiers } from './doc';

/** How many paragraphs with text, from the top, may hold the title, the marker and the approval line. */
const TITLE_WINDOW = 20;
/** Words before the title word ("PIIRKONNAPOLITSEINIKU AMETIJUHEND") are the position when this short. */
const MAX_POSITION_LENGTH = 80;

const isCaps = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();

/** The words that name the position: after an employer's name in mixed case, the capitals at the end ("VILJANDI Kesklinna Kooli RAAMATUKOGUHOIDJA"). */
function positionWords(words: string[]): string {
  let start = words.length;
  while (start > 0 && isCaps(words[start - 1])) start--;
  const mixed = words.slice(0, start).some((w) => !isCaps(w) && /\p{Lu}/u.test(w));
  return (start < words.length && mixed ? words.slice(start) : words).join(' ');
}

/** The first blocks with text, where the title and the variant marker sit. */
export function topBlocks(doc: Doc): number[] {
  const top: number[] = [];
  for (let i = 0; i <= doc.last && top.length < TITLE_WINDOW; i++) if (doc.text(i)) top.push(i);
  return top;
}

/**
 * The title: a paragraph that is the title word ("AMETIJUHEND", "Tööjuhend") or ends with it after
 * the position's name ("PIIRKONNAPOLITSEINIKU AMETIJUHEND", "Õpetaja ametijuhend"); that name is the
 * position when no field gives one. `beside`: what may name the position on a line of its own by a title standing alone.
 */
export function findTitle(doc: Doc, profile: StructureProfile, headings: Set<number> = new Set()): { title?: Located; position?: Located; beside?: Located } {
  const words = [profile.title, ...profile.titleSynonyms].map(foldLabel);
  const top = topBlocks(doc);
  for (const i of top) {
    const written = doc.text(i);
    if (written.length > MAX_HEADING_LENGTH) continue;
    const title = { value: written, block: i };
    const text = withoutSuffix(written);
    // "a m e t i j u h e n d": letters spaced out for emphasis.
    const key = /^(?:\p{L} )+\p{L}$/u.test(text) ? foldLabel(text.replace(/ /g, '')) : foldLabel(text);
    if (words.includes(key)) {
      // The title alone on its line, the position on the line below ("AMETIJUHEND" / "Arendusosakonna nõunik"), or
      // above it in the genitive, in capitals like the title ("NÕUNIKU" / "AMETIJUHEND"): a paragraph, not a heading
      // or a label. Above, the employer's name stands more often, so only a genitive in capitals is read there.
      const k = top.indexOf(i);
      const labels = new Set(profile.fields.flatMap((f) => [f.label, ...f.synonyms]).map(foldLabel));
      const beside = (x: number | undefined) =>
        x !== undefined && doc.blocks[x].kind === 'paragraph' && !headings.has(x) && !labels.has(foldLabel(doc.text(x))) && isPositionLine(doc.text(x));
      const above = top[k - 1];
      const capitals = isCaps(text) && above !== undefined && isCaps(doc.text(above)) && /[AEIOUÕÄÖÜ]$/.test(doc.text(above));
      const at = capitals && beside(above) ? above : beside(top[k + 1]) ? top[k + 1] : undefined;
      return at === undefined ? { title } : { title, beside: { value: doc.text(at), block: at } };
    }
    // "AMETIJUHEND Andmekaitse Inspektsiooni jurist": the title word first, then the position.
    const first = words.find((w) => key.startsWith(`${w} `));
    if (first) {
      const after = text.split(/\s+/).slice(first.split(' ').length).join(' ');
      if (after.length <= MAX_POSITION_LENGTH && !/\d/.test(after)) return { title, position: { value: after, block: i } };
    }
    const word = words.find((w) => key.endsWith(` ${w}`));
    if (!word) continue;
    const tokens = text.replace(/[\s:.]+$/, '').split(/\s+/);
    const before = positionWords(tokens.slice(0, tokens.length - word.split(' ').length));
    if (before.length <= MAX_POSITION_LENGTH && !/\d/.test(before)) {
      return { title, position: { value: before, block: i } };
    }
  }
  return dutiesTitle(doc, profile);
}

/** Words of an employer's name ("Sotsiaalkindlustusamet", "Kuusalu Keskkool", "Valga Linnavalitsus"), folded. */
const EMPLOYER = /(?:amet|ameti|inspektsioon|inspektsiooni|ministeerium|ministeeriumi|valitsus|valitsuse|kool|kooli|gumnaasium|gumnaasiumi|lasteaed|lasteaia|keskus|keskuse|sihtasutus|sihtasutuse|ulikool|ulikooli|kantselei|prefektuur|instituut|instituudi|muuseum|haigla|teater|uhing|uhistu|tooleping\S*)$/;

/** A line that may name the position under a title standing alone: short, no number, no colon, no employer, no approval. */
function isPositionLine(text: string): boolean {
  // "(teenuse omanik)" under the title is a note to it; "II Ülesanded" a heading.
  if (!text || text.length > MAX_POSITION_LENGTH || /[\d:\t;.!?]|^\(|^[IVX]+\s/.test(text) || PREAMBLE.test(fold(text))) return false;
  const words = fold(text).split(/[\s,]+/);
  return words.length <= 8 && !words.some((w) => EMPLOYER.test(w)) && !onlyQualifiers(words);
}

/**
 * What may follow the title on its line: the document's number ("nr 7", "nr 1-2/15"), a year or a
 * date, a note in brackets on its state or date ("(projekt)", "(kinnitatud 01.09.2025)"), its translation
 * after a slash ("AMETIJUHEND / JOB DESCRIPTION"); a name in
 * brackets ("ekspert (suurkriisid)") is the position's and stays.
 */
const TITLE_SUFFIX = /(?:\s+\/\s+[^/]+|\s*\((?=[^()]*(?:\d|projekt|kavand|eeln|muudet|redaktsioon|kinnita))[^()]*\)|[\s,]+(?:nr\.?|no\.?|№)\s*[\p{L}\d./-]*\d[\p{L}\d./-]*|[\s,]+(?:\d{1,2}\.\s?\d{1,2}\.\s?)?\d{4}(?:\.?\s*a\.?)?)\s*$/iu;

function withoutSuffix(text: string): string {
  let rest = text;
  for (let m = TITLE_SUFFIX.exec(rest); m && m.index > 0; m = TITLE_SUFFIX.exec(rest)) rest = rest.slice(0, m.index).trimEnd();
  return rest;
}

/**
 * A duty list that opens with "<position> tööülesanded" ("Majahoidja-koristaja tööülesanded."), as small
 * employers and vacancy notices write one: that first line is its title. Only the first line (below
 * approval lines, or below the employer's name), and only a one-word name of the duties section, so
 * that a section heading further down is never taken for a title.
 */
function dutiesTitle(doc: Doc, profile: StructureProfile): { title?: Located; position?: Located } {
  const duties = profile.sections.find((s) => s.id === 'ulesanded');
  if (!duties) return {};
  const names = [duties.title, ...duties.synonyms].map(foldLabel).filter((n) => !n.includes(' '));
  const [first, second] = topBlocks(doc).filter((x) => !PREAMBLE.test(fold(doc.text(x))));
  // The employer's name may stand above it, on a short line of its own ("Tammsaare 61 korteriühistu").
  const employerLine = first !== undefined && doc.text(first).length <= MAX_EMPLOYER_LENGTH && !/[.:;]$/.test(doc.text(first));
  for (const i of employerLine ? [first, second] : [first]) {
    const text = i === undefined ? '' : doc.text(i);
    if (!text || text.length > MAX_HEADING_LENGTH || /\d/.test(text)) continue;
    const key = foldLabel(text);
    if (!names.some((n) => key.endsWith(` ${n}`))) continue;
    const position = text.replace(/[\s:.]+$/, '').split(/\s+/).slice(0, -1).join(' ');
    // "Peamised tööülesanded" is a heading, not a position's duty list.
    if (onlyQualifiers(position.split(/\s+/))) continue;
    if (position.length <= MAX_POSITION_LENGTH) return { title: { value: text, block: i }, position: { value: position, block: i } };
  }
  return {};
}

/** An employer's name on the line above the title is at most this long. */
const MAX_EMPLOYER_LENGTH = 60;

export function findMarkers(doc: Doc, profile: StructureProfile): Located[] {
  const found: Located[] = [];
  const top = topBlocks(doc);
  for (const marker of profile.markers) {
    const key = fold(marker);
    const i = top.find((x) => fold(doc.text(x)).includes(key));
    if (i !== undefined) found.push({ value: doc.text(i), block: i });
  }
  return found;
}

/** Lines above a document's own first line: its approval ("KINNITATUD", "käskkirjaga nr 4", a date), "Lisa 2". */
const PREAMBLE = /kinnita|kaskkir|^lisa\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\bnr\b/;

/** The first `count` lines of the text (as written) that are not approval lines, with the approval lines among them. */
export function topLines(texts: string[], count: number): string[] {
  let own = 0;
  let n = 0;
  while (n < texts.length && own < count) if (!PREAMBLE.test(fold(texts[n++]))) own++;
  return texts.slice(0, n);
}

/** "Kinnitatud … käskkirjaga nr …" or "Lisa 1 … käskkirjale": approved by a directive, which stands for signatures. */
export function findApproval(doc: Doc): Located | undefined {
  const i = topBlocks(doc).find((x) => /\bkaskkirja(ga|le|s)?\b/.test(fold(doc.text(x))) && doc.text(x).length <= 300);
  return i === undefined ? undefined : { value: doc.text(i), block: i };
}
