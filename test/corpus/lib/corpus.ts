/**
 * The corpus of real job descriptions: each `test/corpus/<id>.docx` with its `<id>.expect.json`.
 * Checks a document as a user would (`jd-check` with the shipped defaults) and compares the
 * result with what a careful HR reviewer expects: the profile, the part-1 fields, the findings.
 */
import fs from 'fs';
import path from 'path';
import { checkDocument, findingKey, fixHolds, type CheckOptions, type CheckResult } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/findings';
import type { FieldId } from '../../../src/core/profile-types';
import type { DocumentSnapshot } from '../../../src/core/snapshot';
import { readDocx } from '../../../src/docx/read';
import { defaultCatalogue } from '../../../src/core/catalogue/load';
import { withoutInvisibles } from '../../../src/core/normalize';

export const CORPUS_DIR = path.join(__dirname, '..');

export interface ExpectedFinding {
  rule: string;
  /** The finding's subject (a field or section id, a competency name), when the rule gives one. */
  subject?: string;
  /** Text the finding points at: part of its location text or of its block's text (any case). */
  text?: string;
  /** A defect planted in the rebuilt document, and what it is. */
  planted?: string;
  /** Why a reviewer makes this finding. */
  note?: string;
}

export interface Source {
  /** Where the original was published (a document register entry, the employer's site). */
  url: string;
  /** The original's title as published, e.g. "Piirkonnapolitseiniku ametijuhend (lisa 3)". */
  title: string;
  /** When it was published or approved, as the source gives it. */
  date?: string;
}

export interface Expectation {
  /** The employer whose published layout the document follows. */
  employer: string;
  /** The kind of employer: ministry, agency, police-rescue, local-government, school, foundation, hospital, other. */
  kind: string;
  source: Source;
  /** The variant a reviewer would say it is; "unknown" when the document does not tell. */
  profile: 'ametnik' | 'tootaja' | 'unknown';
  /** Part-1 values as written (a blank or absent field is null). */
  fields: Partial<Record<FieldId, string | null>>;
  findings: ExpectedFinding[];
}

export interface FieldResult {
  field: FieldId;
  expected: string | null;
  actual: string | null;
  ok: boolean;
}

export interface DocResult {
  id: string;
  expectation: Expectation;
  profile: { expected: string; actual: string; ok: boolean };
  fields: FieldResult[];
  /** Reported findings that a reviewer expects. */
  matched: Finding[];
  /** Reported findings that a reviewer does not make. */
  falseAlarms: Finding[];
  /** Expected findings that were not reported. */
  missed: ExpectedFinding[];
  /** Offered fixes that, applied, did not pass the same check. */
  badFixes: string[];
  /** Offered fixes tried. */
  fixesTried: number;
}

/** The ids of the corpus documents (every `<id>.docx` with an `<id>.expect.json`), sorted. */
export function corpusIds(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.docx') && fs.existsSync(path.join(dir, f.replace(/\.docx$/, '.expect.json'))))
    .map((f) => f.replace(/\.docx$/, ''))
    .sort();
}

export function loadExpectation(id: string, dir = CORPUS_DIR): Expectation {
  return JSON.parse(fs.readFileSync(path.join(dir, `${id}.expect.json`), 'utf8')) as Expectation;
}

/** Compares field values as a reader sees them: case, spacing, quotes and final punctuation do not matter. */
export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) =>
    (s ?? '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[„“”"«»]/g, '')
      .replace(/[–—]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/[\s.,;:]+$/, '')
      .trim();
  return norm(a) === norm(b);
}

/** As a reviewer reads it: case, spacing and invisible characters (a soft hyphen) aside. */
const fold = (s: string) => withoutInvisibles(s.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');

/** The profile a check settled on, or "unknown" when it could not tell the variant. */
export function actualProfile(result: CheckResult): string {
  return result.variantKnown ? result.profile.id : 'unknown';
}

function matches(expected: ExpectedFinding, f: Finding, snapshot: DocumentSnapshot): boolean {
  if (f.rule !== expected.rule) return false;
  if (expected.subject !== undefined && fold(f.subject ?? '') !== fold(expected.subject)) return false;
  if (expected.text !== undefined) {
    const want = fold(expected.text);
    // The block as Word shows it: its automatic number too.
    const b = snapshot.blocks[f.location.block];
    const block = b ? `${b.number ?? ''} ${b.text}` : '';
    if (!fold(f.location.text).includes(want) && !fold(block).includes(want)) return false;
  }
  return true;
}

/** Every offered fix, applied, must pass the same check: its finding gone and nothing new (the engine's own test of a fix). */
export function checkFixes(snapshot: DocumentSnapshot, result: CheckResult, options: CheckOptions = {}): { tried: number; bad: string[] } {
  const offered = result.findings.filter((f) => f.fix);
  const bad = offered.filter((f) => !fixHolds(snapshot, f, result, options)).map((f) => `${findingKey(f)}: applied, it does not pass the check`);
  return { tried: offered.length, bad };
}

/**
 * Checks one corpus document against its expectation, with jd-check's defaults (the shipped
 * profiles and catalogue); `vary` changes the document as read (another employer's habits).
 */
export function runDocument(
  id: string,
  dir = CORPUS_DIR,
  options: CheckOptions = { catalogue: defaultCatalogue() },
  docxPath = path.join(dir, `${id}.docx`),
  vary: (s: DocumentSnapshot) => DocumentSnapshot = (s) => s,
): DocResult {
  const expectation = loadExpectation(id, dir);
  const snapshot = vary(readDocx(new Uint8Array(fs.readFileSync(docxPath))));
  const result = checkDocument(snapshot, options);
  const actual = actualProfile(result);
  const fields = (Object.keys(expectation.fields) as FieldId[]).map((field): FieldResult => {
    const expected = expectation.fields[field] ?? null;
    const value = result.jd.fields[field]?.value;
    const got = value !== undefined && value.trim() !== '' ? value.trim() : null;
    return { field, expected, actual: got, ok: expected === null ? got === null : sameValue(expected, got) };
  });
  const unmatched = [...result.findings];
  const matched: Finding[] = [];
  const missed: ExpectedFinding[] = [];
  for (const e of expectation.findings) {
    const k = unmatched.findIndex((f) => matches(e, f, snapshot));
    if (k < 0) missed.push(e);
    else matched.push(...unmatched.splice(k, 1));
  }
  const fixes = checkFixes(snapshot, result, options);
  return {
    id,
    expectation,
    profile: { expected: expectation.profile, actual, ok: actual === expectation.profile },
    fields,
    matched,
    falseAlarms: unmatched,
    missed,
    badFixes: fixes.bad,
    fixesTried: fixes.tried,
  };
}

export interface Totals {
  documents: number;
  employers: number;
  reported: number;
  matched: number;
  expected: number;
  fieldsRight: number;
  fields: number;
  profilesRight: number;
  fixesTried: number;
  badFixes: number;
}

export function totals(results: DocResult[]): Totals {
  const sum = (f: (r: DocResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    documents: results.length,
    employers: new Set(results.map((r) => r.expectation.employer)).size,
    reported: sum((r) => r.matched.length + r.falseAlarms.length),
    matched: sum((r) => r.matched.length),
    expected: sum((r) => r.expectation.findings.length),
    fieldsRight: sum((r) => r.fields.filter((f) => f.ok).length),
    fields: sum((r) => r.fields.length),
    profilesRight: sum((r) => (r.profile.ok ? 1 : 0)),
    fixesTried: sum((r) => r.fixesTried),
    badFixes: sum((r) => r.badFixes.length),
  };
}

/** Ratio as a percentage with one decimal; 100 % when there is nothing to count. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10;
}

/** What differs from the expectation, one line each (none when the document is read and judged as expected). */
export function problems(r: DocResult): string[] {
  return [
    ...(r.profile.ok ? [] : [`profile: expected ${r.profile.expected}, got ${r.profile.actual}`]),
    ...r.fields.filter((f) => !f.ok).map((f) => `field ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`),
    ...r.falseAlarms.map((f) => `false alarm ${f.rule} at block ${f.location.block} "${f.location.text.slice(0, 50)}": ${f.message.en}`),
    ...r.missed.map((e) => `missed ${e.rule}${e.subject ? ` (${e.subject})` : ''}${e.text ? ` "${e.text}"` : ''}`),
    ...r.badFixes.map((b) => `bad fix ${b}`),
  ];
}
