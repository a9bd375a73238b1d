#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, houseRulesOf, type CheckResult } from '../core/engine';
import { loadProfile, profilesFor } from '../core/profiles';
import { loadOrganisation, type HouseRules } from '../core/house-rules';
import { allRules } from '../core/rules';
import { defaultCatalogue, loadCatalogue } from '../core/catalogue/load';
import type { Catalogue } from '../core/catalogue/types';
import type { StructureProfile } from '../core/profile-types';
import type { DocumentSnapshot } from '../core/snapshot';
import { parseJson } from '../core/schema';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read';
import type { Language } from '../core/text';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { runCompare } from './compare';
import { runFix } from './fix';
import type { FileReport } from './format/types';
import { sinkFor, streamReports } from './stream';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Colours in text output. */
  color: boolean;
}

/** The package root (holds package.json and docs/), from src/cli or lib/src/cli. */
function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function version(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, ' ').trim();
}

async function readCatalogue(source: string): Promise<Catalogue> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = fs.readFileSync(source, 'utf8');
  }
  return loadCatalogue(parseJson(text, source), source);
}

export interface CheckFileOptions {
  /** Language of the reason given for an unreadable file. */
  lang: Language;
  profiles: StructureProfile[];
  profileId?: string;
  catalogue?: Catalogue;
  /** The organisation's house rules (else those of the catalogue's organisation, else none). */
  houseRules?: HouseRules;
}

/** Reads and checks one .docx (the work jd-check does per file). Throws DocxError when unreadable. */
export function checkBytes(bytes: Uint8Array, options: CheckFileOptions): CheckResult {
  return checkSnapshot(readDocx(bytes), options);
}

function checkSnapshot(snapshot: DocumentSnapshot, options: CheckFileOptions): CheckResult {
  return checkDocument(snapshot, {
    profiles: options.profiles,
    profileId: options.profileId,
    catalogue: options.catalogue,
    houseRules: options.houseRules,
    rules: allRules,
  });
}

/** The profiles plus those in a file or a folder of *.json files; an added profile replaces one with its id. */
function withProfiles(shipped: StructureProfile[], fileOrDir: string): StructureProfile[] {
  const files = fs.statSync(fileOrDir).isDirectory()
    ? fs.readdirSync(fileOrDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(fileOrDir, f))
    : [fileOrDir];
  if (files.length === 0) throw new Error(`${fileOrDir}: no .json profile files`);
  const added = files.map((file) => loadProfile(parseJson(fs.readFileSync(file, 'utf8'), file), file));
  return [...shipped.filter((p) => !added.some((a) => a.id === p.id)), ...added];
}

/**
 * A folder stands for the .docx files in it and its subfolders (sorted), so `jd-check kaust` works
 * where the shell does not expand `*.docx` (Windows). Word's lock files (~$…) are left out.
 */
function expandFolder(file: string): string[] {
  let isFolder = false;
  try {
    isFolder = fs.statSync(file).isDirectory();
  } catch {
    return [file]; // reported as unreadable by checkFile
  }
  if (!isFolder) return [file];
  const found = (fs.readdirSync(file, { recursive: true }) as string[])
    .filter((f) => /\.docx$/i.test(f) && !path.basename(f).startsWith('~$'))
    .sort()
    .map((f) => path.join(file, f));
  return found.length > 0 ? found : [file];
}

const NOT_FOUND = { et: 'faili ei ole', en: 'file not found' };
const DIRECTORY = { et: 'kaustas ei ole ühtegi .docx-faili', en: 'the folder has no .docx files' };

function checkFile(file: string, options: CheckFileOptions): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? NOT_FOUND[options.lang] : code === 'EISDIR' ? DIRECTORY[options.lang] : oneLine(e);
    return { file, error: reason };
  }
  try {
    return { file, result: checkBytes(bytes, options) };
  } catch (e) {
    return { file, error: e instanceof DocxError ? e.bilingual[options.lang] : oneLine(e) };
  }
}

/** Runs jd-check with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`jd-check: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const root = packageRoot();
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout(`${version(root)}\n`);
    return 0;
  }
  let catalogue: Catalogue;
  try {
    catalogue = args.catalogue ? await readCatalogue(args.catalogue) : defaultCatalogue();
  } catch (e) {
    io.stderr(`jd-check: cannot load the catalogue: ${oneLine(e)}\n`);
    return 2;
  }
  // Shipped profiles, the catalogue's own, then those given with --profiles.
  let profiles = profilesFor(catalogue);
  if (args.profiles) {
    try {
      profiles = withProfiles(profiles, args.profiles);
    } catch (e) {
      io.stderr(`jd-check: cannot load the profiles: ${oneLine(e)}\n`);
      return 2;
    }
  }
  if (args.profile && !profiles.some((p) => p.id === args.profile)) {
    io.stderr(`jd-check: unknown profile "${args.profile}" (known: ${profiles.map((p) => p.id).join(', ')})\n\n${USAGE}`);
    return 2;
  }
  let houseRules: HouseRules | undefined;
  if (args.organisation) {
    try {
      houseRules = loadOrganisation(parseJson(fs.readFileSync(args.organisation, 'utf8'), args.organisation), args.organisation).houseRules;
    } catch (e) {
      io.stderr(`jd-check: cannot load the organisation's profile: ${oneLine(e)}\n`);
      return 2;
    }
  }
  if (args.compare) return runCompare(args, io, profiles);
  const options: CheckFileOptions = { lang: args.lang, profiles, profileId: args.profile, catalogue, houseRules };
  if (args.fix) return runFix(args.files, { ...args, check: (s) => checkSnapshot(s, options), houseRules: houseRulesOf(options), expand: expandFolder }, io);
  const files = args.files.flatMap(expandFolder);
  const sink = sinkFor(args, { lang: args.lang, color: io.color, rules: allRules, version: version(root), root, catalogue }, files.length);
  // Each file is read and checked only when its turn comes, and its result is let go once written.
  const reports = function* () {
    for (const file of files) yield checkFile(file, options);
  };
  const { unreadable, ok } = streamReports(reports(), sink, io);
  if (unreadable > 0) return 2;
  return ok ? 0 : 1;
}

if (require.main === module) {
  const io: Io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  };
  // A reader that stops early (`jd-check … | head`) closes the pipe: stop there without a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`jd-check: ${oneLine(e)}\n`);
    process.exit(e.code === 'EPIPE' ? 0 : 2);
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`jd-check: ${oneLine(e)}\n`);
      process.exitCode = 2;
    },
  );
}
