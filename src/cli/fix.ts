/**
 * jd-check --fix: applies the fixes the engine offers (for the chosen rules) to .docx files and
 * writes them, one fix at a time, each written into the original package (src/docx/edit.ts) and
 * checked again in the file it made: its finding must be gone and no new one there
 * (`fixRemoved`, the comparison of the engine's own re-check). A file whose fix fails that, or
 * cannot be written exactly, is not written at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { withBasis } from '../core/apply';
import { fixRemoved, type CheckResult } from '../core/engine';
import type { Finding } from '../core/findings';
import { houseRuleOn, type HouseRules } from '../core/house-rules';
import { allRules } from '../core/rules';
import type { DocumentSnapshot } from '../core/snapshot';
import type { Language } from '../core/text';
import { editDocx, isSignedPackage } from '../docx/edit';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read';

export interface FixOptions {
  lang: Language;
  /** Only these rules' fixes (all rules' when empty). */
  rules: string[];
  /** Replace each file, keeping name.docx.bak first; else name.fixed.docx beside it, or the same name in `out`. */
  inPlace: boolean;
  out?: string;
  /** Checks a document as jd-check checks every file. */
  check(snapshot: DocumentSnapshot): CheckResult;
  /** The house rules the checks apply (for the note on a chosen rule that is switched off). */
  houseRules: HouseRules;
  /** The files a command-line argument stands for (a folder: the .docx files in it). */
  expand(arg: string): string[];
}

/** Digitally signed containers (ASiC-E, BDOC, the older DigiDoc-in-zip): never modified. */
const SIGNED = /\.(asice|asics|bdoc|sce|ddoc|edoc)$/i;

const T = {
  et: {
    fixed: 'parandatud',
    left: 'jäi alles',
    withheld: 'parandus ei pidanud kontrollile vastu',
    noFix: 'automaatset parandust ei ole',
    nothing: 'midagi parandada ei olnud',
    notFixed: 'midagi ei parandatud',
    signed: 'digitaalselt allkirjastatud fail: seda ei muudeta; jäeti vahele',
    unreadable: (why: string) => `ei saa lugeda: ${why}; jäeti vahele`,
    failedCheck: (rule: string) => `parandus (${rule}) ei pidanud kirjutatud failis kontrollile vastu; faili ei kirjutatud`,
    failedWrite: (rule: string, why: string) => `parandust (${rule}) ei saa kirjutada: ${why}; faili ei kirjutatud`,
    cannotSave: (why: string) => `faili ei saa salvestada: ${why}`,
    ruleOff: (rule: string, sw: string) => `märkus: ${rule} on asutuse reegel (${sw}) ja see on välja lülitatud; lülitage see sisse asutuse profiilis (--organisation FAIL või kataloogi organisation.houseRules)`,
    sameFile: 'väljundkaust on faili enda kaust; kasutage --in-place',
    twice: (other: string) => `sama väljundfail kui failil ${other}`,
    summary: (files: number, fixed: number, fixes: number, failed: number, skipped: number) =>
      `Kokku: ${files} faili, ${fixed} parandatud (${fixes} parandust), ${failed} ebaõnnestus, ${skipped} jäeti vahele.`,
  },
  en: {
    fixed: 'fixed',
    left: 'left',
    withheld: 'its fix did not hold the re-check',
    noFix: 'no mechanical fix',
    nothing: 'nothing to fix',
    notFixed: 'nothing fixed',
    signed: 'digitally signed file: never modified; skipped',
    unreadable: (why: string) => `cannot read: ${why}; skipped`,
    failedCheck: (rule: string) => `the fix (${rule}) did not hold the re-check in the written file; nothing written`,
    failedWrite: (rule: string, why: string) => `the fix (${rule}) cannot be written: ${why}; nothing written`,
    cannotSave: (why: string) => `cannot save the file: ${why}`,
    ruleOff: (rule: string, sw: string) => `note: ${rule} is a house rule (${sw}) and it is off; switch it on in the organisation's profile (--organisation FILE or the catalogue's organisation.houseRules)`,
    sameFile: "the output folder is the file's own folder; use --in-place",
    twice: (other: string) => `the same output file as ${other}`,
    summary: (files: number, fixed: number, fixes: number, failed: number, skipped: number) =>
      `Total: ${files} files, ${fixed} fixed (${fixes} fixes), ${failed} failed, ${skipped} skipped.`,
  },
};

/** Text from a document or a file name, safe to print: control characters (terminal escapes) become spaces. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

function reason(e: unknown, lang: Language): string {
  if (e instanceof DocxError) return e.bilingual[lang];
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return lang === 'et' ? 'faili ei ole' : 'file not found';
  if (code === 'EISDIR') return lang === 'et' ? 'kaustas ei ole ühtegi .docx-faili' : 'the folder has no .docx files';
  return String((e as Error).message ?? e);
}

/** " — <what the finding is about>", unless `said` names it already. */
function about(f: Finding, said: string): string {
  return f.subject && !said.toLowerCase().includes(f.subject.toLowerCase()) ? ` — ${printable(f.subject)}` : '';
}

type Outcome =
  | { kind: 'fixed'; bytes: Uint8Array; applied: Finding[]; left: Finding[] }
  | { kind: 'unchanged'; left: Finding[] }
  | { kind: 'failed'; message: string }
  | { kind: 'skipped'; message: string };

/** Fixes one file's bytes, one offered fix at a time, each checked again in the file it made. */
function fixBytes(bytes: Uint8Array, options: FixOptions): Outcome {
  const t = T[options.lang];
  const chosen = (f: Finding) => options.rules.length === 0 || options.rules.includes(f.rule);
  let snapshot = readDocx(bytes);
  let result = options.check(snapshot);
  let current = bytes;
  const applied: Finding[] = [];
  // Each fix that holds removes a finding and adds none, so this ends within the findings' count.
  for (let guard = result.findings.length; guard >= 0; guard--) {
    const finding = result.findings.find((f) => f.fix && chosen(f));
    if (!finding) break;
    let next: Uint8Array;
    try {
      next = editDocx(current, [{ edits: withBasis(finding.fix!.edits, snapshot) }]);
    } catch (e) {
      return { kind: 'failed', message: t.failedWrite(finding.rule, reason(e, options.lang)) };
    }
    const nextSnapshot = readDocx(next);
    const nextResult = options.check(nextSnapshot);
    if (!fixRemoved(finding, result.findings, nextResult.findings)) return { kind: 'failed', message: t.failedCheck(finding.rule) };
    applied.push(finding);
    [current, snapshot, result] = [next, nextSnapshot, nextResult];
  }
  const left = result.findings.filter(chosen);
  return applied.length > 0 ? { kind: 'fixed', bytes: current, applied, left } : { kind: 'unchanged', left };
}

/** Where a fixed file goes. `base` is the folder argument the file was found in, if any. */
function target(file: string, base: string | undefined, options: FixOptions): string {
  if (options.inPlace) return file;
  if (options.out) return path.join(options.out, base ? path.relative(base, file) : path.basename(file));
  return file.replace(/(\.docx)?$/i, '.fixed.docx');
}

/** Writes through a temporary file beside the target, so that a failed write leaves the old file whole. */
function writeFile(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Runs --fix over the arguments; resolves to the exit code (0 all that could be fixed was, 1 a file failed, 2 a file unreadable or unwritable). */
export function runFix(args: string[], options: FixOptions, io: { stdout(s: string): void; stderr(s: string): void }): number {
  const t = T[options.lang];
  const out = io.stdout;
  const unknown = options.rules.find((id) => !allRules.some((r) => r.id === id));
  if (unknown !== undefined) {
    io.stderr(`jd-check: unknown rule "${printable(unknown)}" (known: ${allRules.map((r) => r.id).join(', ')})\n`);
    return 2;
  }
  for (const id of options.rules) {
    const rule = allRules.find((r) => r.id === id);
    if (rule?.houseRule && !houseRuleOn(options.houseRules, rule.houseRule)) out(`${t.ruleOff(id, rule.houseRule)}\n`);
  }
  const written = new Map<string, string>();
  let [fixed, fixes, failed, skipped, total] = [0, 0, 0, 0, 0];
  let code = 0;
  const worst = (c: number) => (code = Math.max(code, c));
  for (const arg of args) {
    const isFolder = fs.existsSync(arg) && fs.statSync(arg).isDirectory();
    // name.fixed.docx in a folder is an earlier run's output, not a job description to fix again.
    const files = isFolder ? options.expand(arg).filter((f) => !/\.fixed\.docx$/i.test(f)) : [arg];
    for (const file of files) {
      total++;
      const name = printable(file);
      const line = (s: string) => out(`${name}: ${s}\n`);
      if (SIGNED.test(file)) {
        skipped++;
        line(t.signed);
        continue;
      }
      let bytes: Uint8Array;
      let outcome: Outcome;
      try {
        bytes = fs.readFileSync(file);
        outcome = isSignedPackage(bytes) ? { kind: 'skipped', message: t.signed } : fixBytes(bytes, options);
      } catch (e) {
        skipped++;
        worst(2);
        line(t.unreadable(printable(reason(e, options.lang))));
        continue;
      }
      if (outcome.kind === 'skipped') {
        skipped++;
        line(outcome.message);
        continue;
      }
      if (outcome.kind === 'failed') {
        failed++;
        worst(1);
        line(outcome.message);
        continue;
      }
      const leftLines = outcome.left.map((f) => `  ${t.left} (${f.rule}): ${f.fixWithheld ? t.withheld : t.noFix}${about(f, '')}\n`);
      if (outcome.kind === 'unchanged') {
        line(outcome.left.length > 0 ? t.notFixed : t.nothing);
        leftLines.forEach(out);
        continue;
      }
      const to = target(file, isFolder ? arg : undefined, options);
      const clash = !options.inPlace && path.resolve(to) === path.resolve(file) ? t.sameFile : written.has(path.resolve(to)) ? t.twice(printable(written.get(path.resolve(to))!)) : undefined;
      try {
        if (clash) throw new Error(clash);
        if (options.inPlace) fs.copyFileSync(file, `${file}.bak`);
        writeFile(to, outcome.bytes);
      } catch (e) {
        failed++;
        worst(2);
        line(t.cannotSave(printable(reason(e, options.lang))));
        continue;
      }
      written.set(path.resolve(to), file);
      fixed++;
      fixes += outcome.applied.length;
      out(`${name} → ${printable(to)}${options.inPlace ? ` (${printable(`${file}.bak`)})` : ''}\n`);
      for (const f of outcome.applied) {
        const description = printable(f.fix!.description[options.lang]);
        out(`  ${t.fixed} (${f.rule}): ${description}${about(f, description)}\n`);
      }
      leftLines.forEach(out);
    }
  }
  out(`${t.summary(total, fixed, fixes, failed, skipped)}\n`);
  return code;
}
