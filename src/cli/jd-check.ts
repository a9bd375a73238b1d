#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { loadProfile, profilesFor } from '../core/profiles';
import { loadOrganisation, type HouseRules } from '../core/house-rules';
import { houseRulesOf } from '../core/engine';
import { allRules } from '../core/rules';
import { catalogueAddressProblem, downloadCatalogue, DownloadFailure, MAX_CATALOGUE_BYTES } from '../core/catalogue/download';
import { defaultCatalogue, loadCatalogue } from '../core/catalogue/load';
import type { Catalogue } from '../core/catalogue/types';
import type { StructureProfile } from '../core/profile-types';
import { parseJson } from '../core/schema';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { checkFile, checkSnapshot, type CheckFileOptions } from './check-file';
import { runCompare } from './compare';
import { expandInput, InputError, readText } from './files';
import { runFix } from './fix';
import type { FileReport } from './format/types';
import { DEFAULT_ISOLATION, IsolatedChecker, type IsolationLimits } from './isolate';
import { sinkFor, streamReports } from './stream';
import { oneLine } from './terminal';

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Colours in text output. */
  color: boolean;
  /** Check each file in a thread of its own with these limits (the command line does; tests may not). */
  isolate?: IsolationLimits;
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

const CATALOGUE_TIMEOUT_MS = 30_000;

/** The catalogue from a file or an https address (http only to this computer), read within bounds. */
async function readCatalogue(source: string): Promise<Catalogue> {
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(source)) return loadCatalogue(parseJson(readText(source, MAX_CATALOGUE_BYTES), source), source);
  const problem = catalogueAddressProblem(source);
  if (problem) throw new DownloadFailure(problem);
  const answer = await downloadCatalogue(fetch, source, { timeoutMs: CATALOGUE_TIMEOUT_MS });
  if (answer.status < 200 || answer.status > 299) throw new DownloadFailure({ et: `server vastas koodiga ${answer.status}`, en: `the server answered ${answer.status}` });
  return loadCatalogue(parseJson(answer.body, source), source);
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

/** Runs jd-check with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`jd-check: ${oneLine(e)}\n\n${USAGE}`);
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
    // A DataError names the file itself.
    const reason = e instanceof DownloadFailure || e instanceof InputError ? `${args.catalogue}: ${e.reason[args.lang]}` : oneLine(e);
    const prefix = args.lang === 'et' ? 'kataloogi ei saa laadida' : 'cannot load the catalogue';
    io.stderr(`jd-check: ${oneLine(`${prefix}: ${reason}`)}\n`);
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
    io.stderr(`jd-check: ${oneLine(`unknown profile "${args.profile}" (known: ${profiles.map((p) => p.id).join(', ')})`)}\n\n${USAGE}`);
    return 2;
  }
  let houseRules: HouseRules | undefined;
  if (args.organisation) {
    try {
      houseRules = loadOrganisation(parseJson(readText(args.organisation, MAX_CATALOGUE_BYTES), args.organisation), args.organisation).houseRules;
    } catch (e) {
      const reason = e instanceof InputError ? `${args.organisation}: ${e.reason[args.lang]}` : oneLine(e);
      io.stderr(`jd-check: ${oneLine(`cannot load the organisation's profile: ${reason}`)}\n`);
      return 2;
    }
  }
  if (args.compare) return runCompare(args, io, profiles);
  const options: CheckFileOptions = { lang: args.lang, profiles, profileId: args.profile, catalogue, houseRules };
  if (args.fix) {
    const expand = (input: string) => expandInput(input).map((i) => i.file);
    return runFix(args.files, { ...args, check: (s) => checkSnapshot(s, options), houseRules: houseRulesOf(options), expand }, io);
  }
  const inputs = args.files.flatMap(expandInput);
  const sink = sinkFor(args, { lang: args.lang, color: io.color, rules: allRules, version: version(root), root, catalogue }, inputs.length);
  const checker = io.isolate ? new IsolatedChecker(options, io.isolate) : undefined;
  // Each file is read and checked only when its turn comes (in a thread of its own on the command line), and its result is let go once written.
  async function* reports(): AsyncGenerator<FileReport> {
    for (const input of inputs) yield checker ? await checker.check(input) : checkFile(input, options);
  }
  try {
    const { unreadable, ok } = await streamReports(reports(), sink, io);
    if (unreadable > 0) return 2;
    return ok ? 0 : 1;
  } finally {
    await checker?.close();
  }
}

if (require.main === module) {
  const io: Io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    isolate: DEFAULT_ISOLATION,
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
