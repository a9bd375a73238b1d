#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { loadProfile, profilesFor } from '../core/profiles';
import { allRules } from '../core/rules';
import { catalogueAddressProblem, downloadCatalogue, DownloadFailure, MAX_CATALOGUE_BYTES } from '../core/catalogue/download';
import { defaultCatalogue, loadCatalogue } from '../core/catalogue/load';
import type { Catalogue } from '../core/catalogue/types';
import type { StructureProfile } from '../core/profile-types';
import { parseJson } from '../core/schema';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args';
import { checkFile, type CheckFileOptions } from './check-file';
import { expandInput, InputError, readText } from './files';
import { DEFAULT_ISOLATION, IsolatedChecker, type IsolationLimits } from './isolate';
import { formatJson } from './format/json';
import { formatJunit } from './format/junit';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { isOk, type FileReport } from './format/types';
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

function render(args: CheckArgs, reports: FileReport[], io: Io, root: string): string {
  const options = { lang: args.lang, color: io.color, rules: allRules, version: version(root) };
  switch (args.format) {
    case 'json':
      return formatJson(reports, options);
    case 'junit':
      return formatJunit(reports, options);
    case 'sarif':
      return formatSarif(reports, { ...options, docsDir: path.join(root, 'docs', 'rules') });
    default:
      return formatText(reports, options);
  }
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
  const options: CheckFileOptions = { lang: args.lang, profiles, profileId: args.profile, catalogue };
  const inputs = args.files.flatMap(expandInput);
  const reports: FileReport[] = [];
  if (io.isolate) {
    const checker = new IsolatedChecker(options, io.isolate);
    try {
      for (const input of inputs) reports.push(await checker.check(input));
    } finally {
      await checker.close();
    }
  } else for (const input of inputs) reports.push(checkFile(input, options));
  const unreadable = reports.filter((r) => !r.result);
  for (const r of unreadable) io.stderr(`jd-check: ${oneLine(`${r.file}: ${r.error}`)}\n`);
  if (args.export) {
    const jds = reports.filter((r) => r.result).map((r) => r.result!.jd);
    if (jds.length > 0) io.stdout(JSON.stringify(inputs.length === 1 ? jds[0] : jds, null, 2) + '\n');
  } else {
    io.stdout(render(args, reports, io, root));
  }
  if (unreadable.length > 0) return 2;
  return reports.every(isOk) ? 0 : 1;
}

if (require.main === module) {
  const io: Io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    isolate: DEFAULT_ISOLATION,
  };
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
