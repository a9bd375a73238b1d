/** The parsed command line of jd-check. */
export interface CheckArgs {
  profile?: string;
  /** A profile file, or a folder of them, added to the shipped ones (another agency's structure). */
  profiles?: string;
  format: 'text' | 'json' | 'junit' | 'sarif' | 'html' | 'csv';
  catalogue?: string;
  /** The organisation's profile (its house rules), a JSON file. */
  organisation?: string;
  lang: 'et' | 'en';
  export: boolean;
  /** `--compare OLD NEW`: the changes between two versions instead of findings. */
  compare: boolean;
  /** --fix: apply the offered fixes and write the files (./fix.ts); --rule, --in-place and --out go with it. */
  fix: boolean;
  rules: string[];
  inPlace: boolean;
  out?: string;
  help: boolean;
  version: boolean;
  files: string[];
}

/** A wrong call: the message is printed above the usage text, exit code 2. */
export class UsageError extends Error {}

const CHOICES: Record<string, readonly string[]> = {
  format: ['text', 'json', 'junit', 'sarif', 'html', 'csv'],
  lang: ['et', 'en'],
};

const WITH_VALUE = ['profile', 'profiles', 'format', 'catalogue', 'organisation', 'lang', 'rule', 'out'];

export function parseArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { format: 'text', lang: 'et', export: false, compare: false, fix: false, rules: [], inPlace: false, help: false, version: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--version') args.version = true;
    else if (arg === '--export') args.export = true;
    else if (arg === '--compare') args.compare = true;
    else if (arg === '--fix') args.fix = true;
    else if (arg === '--in-place') args.inPlace = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!WITH_VALUE.includes(name)) throw new UsageError(`unknown option ${arg}`);
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
      if (CHOICES[name] && !CHOICES[name].includes(value)) {
        throw new UsageError(`--${name} must be one of ${CHOICES[name].join(', ')} (got "${value}")`);
      }
      if (name === 'rule') args.rules.push(...value.split(',').filter(Boolean));
      else (args as unknown as Record<string, string>)[name] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.help && !args.version && args.files.length === 0) throw new UsageError('no file given');
  checkFixArgs(args);
  if (args.compare && !args.help && !args.version) {
    if (args.files.length !== 2) throw new UsageError(`--compare needs two files, OLD and NEW (got ${args.files.length})`);
    if (!['text', 'json', 'html'].includes(args.format)) throw new UsageError(`--compare prints text, json or html (got "${args.format}")`);
    if (args.export || args.fix) throw new UsageError(`--compare and ${args.export ? '--export' : '--fix'} cannot go together`);
  }
  return args;
}

/** --rule, --in-place and --out belong to --fix, which prints what it changed (no --format, no --export). */
function checkFixArgs(args: CheckArgs): void {
  const fixOnly = [args.rules.length > 0 && '--rule', args.inPlace && '--in-place', args.out !== undefined && '--out'].filter(Boolean);
  if (!args.fix && fixOnly.length > 0) throw new UsageError(`${fixOnly[0]} goes with --fix`);
  if (!args.fix) return;
  if (args.inPlace && args.out !== undefined) throw new UsageError('--in-place and --out cannot go together');
  if (args.export || args.format !== 'text') throw new UsageError('--fix prints what it changed; --export and --format do not go with it');
}

export const USAGE = `Usage: jd-check [options] FILE.docx|FOLDER...
       jd-check --compare [--format text|json|html] OLD NEW

Checks job descriptions (ametijuhendid) in .docx files (a folder: every .docx in it and its subfolders).
With --compare, lists what changed from OLD to NEW, section by section; each is a .docx or a signed
container holding one (.asice, .sce, .bdoc), whose signatures are not validated (DigiDoc4 does that).

Options:
  --profile ametnik|tootaja   structure profile (default: detected from each document)
  --profiles FILE|DIR         more structure profiles (JSON, schema data/schemas/profile.schema.json);
                              one with a shipped profile's id replaces it
  --format text|json|junit|sarif|html|csv
                              output format (default: text); html: one self-contained report
                              for a folder (summary, then by structural unit); csv: its rows
  --catalogue FILE|URL        competency catalogue JSON (default: the shipped one)
  --organisation FILE         the organisation's profile: its house rules (schema
                              data/schemas/organisation.schema.json; default: those in the
                              catalogue, else none: only what every job description needs)
  --lang et|en                message language (default: et)
  --export                    print the structured job description (JSON) instead of findings
  --compare                   compare two versions, OLD and NEW (exit 0; 2 when one cannot be read)
  --fix                       apply the fixes the checks offer (each checked again in the file it
                              makes) and write name.fixed.docx beside each file; prints what changed
  --rule ID[,ID]              with --fix: only these rules' fixes (the option can repeat)
  --in-place                  with --fix: replace each file, keeping name.docx.bak first
  --out DIR                   with --fix: write the fixed files into DIR (a folder's layout kept)
  -h, --help                  show this help
  --version                   show the version

Exit status: 0 no errors, 1 some file has an error finding, 2 a file could not be read or the call is wrong.
With --fix: 0 everything that could be fixed was, 1 a file's fix failed (that file was not written),
2 a file could not be read or written, or the call is wrong. Signed containers (.asice, .bdoc,
.sce) and signed .docx files are never modified.
`;
